// Makes sure the Electron runtime is on this machine before `npm start`.
// electron@45 has no postinstall, and electron-vite only reads node_modules/electron/path.txt,
// so on a fresh clone nothing would ever download it. This step does, once.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const electronDir = dirname(require.resolve('electron/package.json'))
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'))

function installedBinary() {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

if (installedBinary()) process.exit(0)

console.log(`Says Who? needs the Electron ${version} runtime (about 100 MB); downloading it once…`)
const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
  stdio: ['ignore', 'inherit', 'pipe'],
  encoding: 'utf8',
  timeout: 10 * 60 * 1000
})

if (result.status === 0 && installedBinary()) {
  console.log('Electron is ready.')
  process.exit(0)
}

const reason = (result.stderr || result.error?.message || 'unknown error').trim().split('\n')[0]
console.error(`
Could not download Electron ${version}, which Says Who? runs on.
  Reason: ${reason}

What to do:
  - Check that this computer can reach the internet, then run "npm start" again.
  - Behind a proxy or mirror, set ELECTRON_MIRROR (see https://www.electronjs.org/docs/latest/tutorial/installation).
  - Offline, copy electron-v${version}-${process.platform}-${process.arch}.zip into the Electron cache
    (or set electron_config_cache to its folder) and run "npm start" again.

The tests ("npm test") do not need Electron and still run.`)
process.exit(1)

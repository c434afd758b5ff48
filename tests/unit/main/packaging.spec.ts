// The installers cannot be built here (electron-builder needs Electron's binary), so this checks
// what can be: electron-builder's own loader and schema accept electron-builder.yml, the
// configuration ships what the app reads at run time, and the fuses the afterPack hook flips.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import type { Configuration } from 'app-builder-lib'
import { DebugLogger } from 'builder-util'
import { describe, expect, it } from 'vitest'
import afterPack, { fuseConfig } from '../../../scripts/after-pack.mjs'

const root = join(import.meta.dirname, '../../..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string
  version: string
  scripts: Record<string, string>
  dependencies: Record<string, string>
}

async function loadConfig(): Promise<Configuration> {
  return getConfig(root, null, null)
}

/** An artifact name as electron-builder expands it. */
function expand(template: string | null | undefined, arch: string, ext: string): string {
  return String(template)
    .replaceAll('${version}', pkg.version)
    .replaceAll('${arch}', arch)
    .replaceAll('${ext}', ext)
}

describe('electron-builder.yml', () => {
  it("loads with electron-builder's loader and passes its schema", async () => {
    const config = await loadConfig()
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
    // The schema is real: a misspelt option is refused.
    await expect(
      validateConfiguration({ ...config, fileAsociations: [] } as Configuration, new DebugLogger())
    ).rejects.toThrow(/fileAsociations/)
  })

  it('names the app and builds AppImage and deb, NSIS and dmg, with these file names', async () => {
    const config = await loadConfig()
    expect(config.appId).toBe('org.sayswho.app')
    expect(config.productName).toBe('Says Who?')
    expect(config.directories).toMatchObject({ buildResources: 'resources', output: 'dist' })
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }])
    expect(expand(config.appImage?.artifactName, 'x86_64', 'AppImage')).toBe(
      `says-who-${pkg.version}-x86_64.AppImage`
    )
    expect(expand(config.deb?.artifactName, 'amd64', 'deb')).toBe(
      `says-who_${pkg.version}_amd64.deb`
    )
    expect(expand(config.nsis?.artifactName, 'x64', 'exe')).toBe(
      `says-who-${pkg.version}-setup.exe`
    )
    expect(expand(config.dmg?.artifactName, 'arm64', 'dmg')).toBe(
      `says-who-${pkg.version}-arm64.dmg`
    )
    // No "?" in an executable's name: Windows refuses it.
    expect(config.win?.executableName).toBe('says-who')
    expect(config.linux?.executableName).toBe('says-who')
  })

  it('ships the built app and the quizzes, not the sources or the tests', async () => {
    const config = await loadConfig()
    const files = config.files as { filter: string[] }[]
    const patterns = files.flatMap((entry) => entry.filter)
    expect(patterns).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', '!**/*.map'])
    expect(patterns.some((p) => /^(src|tests|docs|scripts|quizzes)\b/.test(p))).toBe(false)
    // The packaged app reads process.resourcesPath/quizzes (src/main/index.ts).
    expect(config.extraResources).toEqual([
      { from: 'quizzes', to: 'quizzes', filter: ['*.quiz.json', 'quiz.schema.json'] }
    ])
    expect(readFileSync(join(root, 'src/main/index.ts'), 'utf8')).toContain(
      "join(process.resourcesPath, 'quizzes')"
    )
    expect(config.asar).toBe(true)
    expect(config.npmRebuild).toBe(false)
  })

  it('opens .quiz.json and .result.json files', async () => {
    const config = await loadConfig()
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'quiz.json', name: 'Says Who? quiz', role: 'Viewer' }),
      expect.objectContaining({ ext: 'result.json', name: 'Says Who? result', role: 'Viewer' })
    ])
  })

  it("packs only what main requires at run time; the renderer's libraries are bundled", () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual([
      'fflate',
      'html-to-text',
      'intl-messageformat',
      'uuid',
      'zod'
    ])
    for (const rendererOnly of ['chart.js', 'compromise', 'chrono-node', 'papaparse', 'vue-i18n'])
      expect(pkg.dependencies[rendererOnly]).toBeUndefined()
    expect(pkg.scripts['dist']).toBe('electron-vite build && electron-builder')
    expect(pkg.scripts['dist:dir']).toBe('electron-vite build && electron-builder --dir')
  })

  it('flips the fuses in the afterPack hook', async () => {
    const config = await loadConfig()
    expect(config.afterPack).toBe('./scripts/after-pack.mjs')
    const common = {
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false
    }
    const ARM64 = 3
    const X64 = 1
    expect(fuseConfig('darwin', ARM64)).toEqual({
      ...common,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      resetAdHocDarwinSignature: true
    })
    expect(fuseConfig('win32', X64)).toEqual({
      ...common,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      resetAdHocDarwinSignature: false
    })
    // Electron checks asar integrity on macOS and Windows only.
    expect(fuseConfig('linux', X64)).toEqual({
      ...common,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: false,
      resetAdHocDarwinSignature: false
    })
    const applied: unknown[] = []
    const context = {
      electronPlatformName: 'linux',
      arch: X64,
      packager: {
        addElectronFuses: async (_context: unknown, fuses: unknown) => applied.push(fuses)
      }
    }
    await afterPack(context)
    expect(applied).toEqual([fuseConfig('linux', X64)])
  })
})

describe('the release workflow', () => {
  it('builds on Linux, Windows and macOS for a version tag and uploads the files the config names', () => {
    const workflow = readFileSync(join(root, '.github/workflows/release.yml'), 'utf8')
    expect(workflow).toMatch(/tags:\s*\n\s*- 'v\*\.\*\.\*'/)
    for (const os of ['ubuntu-latest', 'windows-latest', 'macos-latest'])
      expect(workflow).toContain(`os: ${os}`)
    // Each glob matches the artifact name electron-builder.yml gives.
    for (const glob of ['dist/*.AppImage', 'dist/*.deb', 'dist/*-setup.exe', 'dist/*.dmg'])
      expect(workflow).toContain(glob)
    expect(workflow).toContain('npm ci')
    expect(workflow).toContain('electron-builder --publish never')
  })
})

/** The Electron binary, when this machine has it; never downloads. */
function electronDist(): string | null {
  const folder = join(root, 'node_modules/electron')
  const pathFile = join(folder, 'path.txt')
  if (!existsSync(pathFile)) return null
  return existsSync(join(folder, 'dist', readFileSync(pathFile, 'utf8').trim()))
    ? join(folder, 'dist')
    : null
}

describe('npm run dist:dir', () => {
  it('packs an unpacked app with the quizzes beside it and the fuses flipped', async (context) => {
    const dist = electronDist()
    if (dist === null)
      return context.skip(
        'The Electron binary is not installed here (node_modules/electron/path.txt is missing), and electron-builder would download it: the release workflow builds the installers.'
      )
    const output = await mkdtemp(join(tmpdir(), 'says-who-dist-'))
    try {
      // Builds out/ first, as the release workflow does.
      execFileSync(
        'npm',
        ['run', 'dist:dir', '--', `-c.electronDist=${dist}`, `-c.directories.output=${output}`],
        { cwd: root, stdio: 'pipe', timeout: 600_000 }
      )
      const unpacked = (await readdir(output)).find((name) => name.endsWith('-unpacked'))
      expect(unpacked).toBeDefined()
      const resources = join(output, unpacked!, 'resources')
      expect(existsSync(join(resources, 'app.asar'))).toBe(true)
      expect(existsSync(join(resources, 'quizzes/taliban-isis-k.quiz.json'))).toBe(true)
      const wire = await getCurrentFuseWire(join(output, unpacked!, 'says-who'))
      expect(wire[FuseV1Options.RunAsNode]).toBe('0'.charCodeAt(0))
    } finally {
      await rm(output, { recursive: true, force: true })
    }
  }, 600_000)
})

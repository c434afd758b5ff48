import { spawn } from 'node:child_process'
import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AttemptStore } from '../../../src/main/services/attempt-store'
import { ProfileStore } from '../../../src/main/services/profile-store'
import { tempApp, type TempApp } from '../../fixtures/temp-data'

const KILLS = 200
const projectRoot = join(import.meta.dirname, '../../..')
const childScript = join(projectRoot, 'node_modules/.cache/says-who/save-loop.mjs')

let app: TempApp

beforeAll(async () => {
  app = await tempApp()
  await mkdir(join(childScript, '..'), { recursive: true })
  // Bundled once so each of the 200 children starts in milliseconds rather than compiling TypeScript.
  await build({
    entryPoints: [join(projectRoot, 'tests/fixtures/save-loop.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent'
  })
})
afterAll(() => app.cleanup())

interface Acknowledged {
  attemptId: string
  answers: number
}

/** Runs the child until a random moment after it starts saving, then SIGKILLs it. */
function runAndKill(delayMs: number): Promise<Acknowledged | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, app.dataDir, app.bundledDir], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    let errors = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (!timer && output.includes('ready\n'))
        timer = setTimeout(() => child.kill('SIGKILL'), delayMs)
    })
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`child ended by itself: ${errors}`))
      const saved = output.split('\n').filter((line) => line.startsWith('saved '))
      const last = saved.at(-1)?.split(' ')
      resolve(last ? { attemptId: last[1] as string, answers: Number(last[2]) } : null)
    })
  })
}

describe('killing the app while it saves', () => {
  it(
    `never leaves a torn or empty file and never loses an acknowledged answer (${KILLS} SIGKILLs)`,
    { timeout: 240_000 },
    async () => {
      const store = new AttemptStore(app.dataDir)
      let acknowledgedAnswers = 0
      let tempFilesSeen = 0
      for (let kill = 0; kill < KILLS; kill++) {
        const acknowledged = await runAndKill(Math.random() * 80)
        const { profiles, notices: profileNotices } = await new ProfileStore(
          app.dataDir,
          () => 'unused'
        ).list()
        expect(profileNotices).toEqual([])
        const profileId = profiles[0]?.id
        if (!profileId) continue
        const { attempts, notices } = await store.list(profileId)
        expect(notices, `kill ${kill}: a damaged file`).toEqual([])
        if (acknowledged) {
          acknowledgedAnswers += 1
          const attempt = attempts.find((a) => a.id === acknowledged.attemptId)
          expect(attempt, `kill ${kill}: acknowledged attempt missing`).toBeDefined()
          expect(
            attempt!.answers.length,
            `kill ${kill}: lost an acknowledged answer`
          ).toBeGreaterThanOrEqual(acknowledged.answers)
        }
        const names = await readdir(join(app.dataDir, 'attempts', profileId)).catch(() => [])
        tempFilesSeen = names.filter((name) => !name.endsWith('.json')).length
      }
      const { profiles } = await new ProfileStore(app.dataDir, () => 'unused').list()
      const { attempts } = await store.list(profiles[0]!.id)
      const totalAnswers = attempts.reduce((sum, a) => sum + a.answers.length, 0)
      console.log(
        `kill test: ${KILLS} kills, ${acknowledgedAnswers} with a save acknowledged, ${attempts.length} attempts and ${totalAnswers} answers on disk, ${tempFilesSeen} temp files left by kills mid-write`
      )
      expect(totalAnswers).toBeGreaterThan(KILLS)
    }
  )
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSaveLoop, killRepeatedly } from '../../fixtures/kill-loop'
import { tempApp, type TempApp } from '../../fixtures/temp-data'

const KILLS = 200
let app: TempApp
let childScript: string

beforeAll(async () => {
  app = await tempApp()
  childScript = await buildSaveLoop('test')
})
afterAll(() => app.cleanup())

describe('killing the app while it saves', () => {
  it(
    `never leaves a torn or empty file and never loses an acknowledged answer (${KILLS} SIGKILLs)`,
    { timeout: 300_000 },
    async () => {
      const stats = await killRepeatedly(childScript, app.dataDir, app.bundledDir, KILLS)
      console.log(
        `kill test: ${stats.kills} kills, ${stats.afterAcknowledgedSave} after an acknowledged save, ${stats.attempts} attempts and ${stats.answersOnDisk} answers on disk, ${stats.tempFilesRemoved} temp files left by kills mid-write and removed at start, ${stats.losses.length} losses`
      )
      expect(stats.losses).toEqual([])
      // The timer starts at the first acknowledged save, so (nearly) every kill follows one.
      expect(stats.afterAcknowledgedSave).toBeGreaterThan(KILLS * 0.9)
      expect(stats.answersOnDisk).toBeGreaterThan(KILLS)
    }
  )
})

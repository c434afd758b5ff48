// A real small disk: a 256 KB tmpfs mounted over the data folder, filled up and then made
// read-only. Mounting needs root (CI and the developer machines run as root); elsewhere the
// test reports itself skipped with the reason. tests/unit/main/full-disk.spec.ts simulates
// the same failures everywhere.
import { execFileSync } from 'node:child_process'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempApp, type TempApp } from '../../fixtures/temp-data'

let app: TempApp
let mounted = false
let reason = ''

beforeAll(async () => {
  app = await tempApp()
  await mkdir(app.dataDir, { recursive: true })
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', app.dataDir], {
      stdio: 'pipe'
    })
    mounted = true
  } catch (error) {
    reason = `cannot mount a tmpfs here (${String((error as Error).message).split('\n')[0]})`
  }
})
afterAll(async () => {
  if (mounted) execFileSync('umount', ['-l', app.dataDir])
  await app.cleanup()
})

/** Fills what is left of the disk with one file, so the next write has no room. */
async function fillDisk(folder: string): Promise<void> {
  const chunk = Buffer.alloc(4096, 120)
  for (let i = 0; ; i++) {
    try {
      await writeFile(join(folder, `filler-${i}`), chunk)
    } catch {
      return
    }
  }
}

describe('a real small disk', () => {
  it('full, then read-only: every refusal names the file, and the saved answers stay', async (context) => {
    if (!mounted) context.skip(reason)
    // The teacher's PIN file was written before the mount hid it; the learner journey needs none.
    const { id: profileId } = await app.handlers.createProfile({ name: 'Amira' })
    const attempt = await app.handlers.startAttempt({
      profileId,
      quizKey: 'bundled:small.quiz.json'
    })
    const answer = (itemId: string, label: string) =>
      app.dispatch('answerItem', {
        profileId,
        attemptId: attempt.id,
        itemId,
        response: { type: 'classify', label }
      })
    expect((await answer(attempt.itemIds[0] as string, 'allegation')).ok).toBe(true)

    const folder = join(app.dataDir, 'attempts', profileId)
    await writeFile(join(folder, 'torn.json'), '{"format": "says-who/att')
    await fillDisk(app.dataDir)
    const full = await answer(attempt.itemIds[1] as string, 'fact')
    expect(full).toMatchObject({
      ok: false,
      error: { message: `Could not save ${attempt.id}.json: the disk is full.` }
    })
    expect((await readdir(folder)).sort()).toEqual([`${attempt.id}.json`, 'torn.json'].sort())
    const saved = JSON.parse(await readFile(join(folder, `${attempt.id}.json`), 'utf8'))
    expect(saved.answers).toHaveLength(1)

    execFileSync('mount', ['-o', 'remount,ro', app.dataDir])
    const readOnly = await app.dispatch('createProfile', { name: 'Ben' })
    expect(readOnly).toMatchObject({
      ok: false,
      error: { message: 'Could not save profiles.json: the disk is read-only.' }
    })
    const { profiles } = await app.handlers.listProfiles()
    expect(profiles.map((p) => p.name)).toEqual(['Amira'])
    // A damaged file on a read-only disk cannot be set aside: it is named and skipped.
    const { attempts, notices } = await app.handlers.listAttempts({ profileId })
    expect(attempts[0]?.answers).toHaveLength(1)
    expect(notices).toHaveLength(1)
    expect(notices[0]?.message).toMatch(
      /^torn\.json was damaged \(.+\) and could not be set aside \(the disk is read-only\), so it is skipped\.$/
    )
  })
})

import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { tempApp, type TempApp } from '../../fixtures/temp-data'

const disk = vi.hoisted(() => ({ full: false }))

// The disk fills up when the write opens its temp file: what ENOSPC looks like to writeFileDurably.
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>()
  const open: typeof original.open = (path, flags, mode) =>
    disk.full && flags === 'w'
      ? Promise.reject(
          Object.assign(new Error('ENOSPC: no space left on device, open'), { code: 'ENOSPC' })
        )
      : original.open(path, flags, mode)
  return { ...original, default: { ...original, open }, open }
})

let app: TempApp
beforeEach(async () => {
  disk.full = false
  app = await tempApp()
})
afterEach(() => app.cleanup())

describe('a full disk', () => {
  it('reports the file and the reason, and keeps the answers already saved', async () => {
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
    expect((await answer('bridge-safe', 'allegation')).ok).toBe(true)

    disk.full = true
    const refused = await answer('bridge-opened', 'fact')
    expect(refused).toEqual({
      ok: false,
      error: {
        message: `Could not save ${attempt.id}.json: the disk is full.`,
        file: `${attempt.id}.json`
      }
    })

    const folder = join(app.dataDir, 'attempts', profileId)
    expect(await readdir(folder)).toEqual([`${attempt.id}.json`])
    const saved = JSON.parse(await readFile(join(folder, `${attempt.id}.json`), 'utf8'))
    expect(saved.answers.map((a: { itemId: string }) => a.itemId)).toEqual(['bridge-safe'])

    disk.full = false
    expect((await answer('bridge-opened', 'fact')).ok).toBe(true)
  })

  it('refuses a new learner without touching the existing list', async () => {
    await app.handlers.createProfile({ name: 'Amira' })
    disk.full = true
    const refused = await app.dispatch('createProfile', { name: 'Ben' })
    expect(refused).toMatchObject({
      ok: false,
      error: { message: 'Could not save profiles.json: the disk is full.' }
    })
    disk.full = false
    const { profiles } = await app.handlers.listProfiles()
    expect(profiles.map((p) => p.name)).toEqual(['Amira'])
  })
})

import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { attemptSchema, type Attempt } from '../../../src/shared/attempt-format'
import { tempApp, type TempApp } from '../../fixtures/temp-data'

// Main keeps the attempt in progress in memory between answers. These are the ways the file
// can change behind its back; each time the file on disk must win over the copy in memory.

let app: TempApp
let profileId: string
let attempt: Attempt
const SMALL = 'bundled:small.quiz.json'
const classify = (label: string) => ({ type: 'classify' as const, label })

beforeEach(async () => {
  app = await tempApp()
  profileId = (await app.handlers.createProfile({ name: 'Amira' })).id
  attempt = await app.handlers.startAttempt({ profileId, quizKey: SMALL })
})
afterEach(() => app.cleanup())

const file = () => join(app.dataDir, 'attempts', profileId, `${attempt.id}.json`)
const onDisk = async () => attemptSchema.parse(JSON.parse(await readFile(file(), 'utf8')))
const answer = (index: number, label = 'fact') =>
  app.handlers.answerItem({
    profileId,
    attemptId: attempt.id,
    itemId: attempt.itemIds[index] as string,
    response: classify(label)
  })

describe('the attempt held in memory', () => {
  it('answers with only what changed, and the file holds every answer', async () => {
    const first = await answer(0, 'allegation')
    expect(first).toEqual({
      answer: expect.objectContaining({ itemId: 'bridge-safe', correct: true })
    })
    await answer(1)
    expect((await onDisk()).answers.map((a) => a.itemId)).toEqual(['bridge-safe', 'bridge-opened'])
  })

  it('writes the file as JSON.stringify would, though only the new answer is serialised', async () => {
    for (let i = 0; i < attempt.itemIds.length; i++) {
      await answer(i, i === 0 ? 'allegation' : 'fact')
      const text = await readFile(file(), 'utf8')
      expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2))
      expect(JSON.parse(text).answers).toHaveLength(i + 1)
    }
    expect((await onDisk()).finishedAt).toBeDefined()
  })

  it('is read again when another program rewrote the file, and its answers are kept', async () => {
    await answer(0)
    // Written from elsewhere: the second item answered too (as another copy of the app would).
    const changed = await onDisk()
    changed.answers.push({
      itemId: 'bridge-opened',
      response: classify('fact'),
      correct: true,
      answeredAt: '2024-03-25T10:05:00.000Z'
    })
    await writeFile(file(), JSON.stringify(changed))
    // The memory copy would have taken this answer; the file says it is already given.
    await expect(answer(1, 'date')).rejects.toThrow(/cannot be changed/)
    await answer(2, 'date')
    expect((await onDisk()).answers).toHaveLength(3)
    expect((await onDisk()).answers[1]?.answeredAt).toBe('2024-03-25T10:05:00.000Z')
  })

  it('is read again after a backup is restored, so the restored file is not written over', async () => {
    await answer(0)
    const zipFile = join(app.root, 'backup.zip')
    app.chooseNext(zipFile)
    await app.handlers.backUp()
    await answer(1)
    app.chooseNext(zipFile)
    const opened = await app.handlers.openBackupFile()
    if (opened.status !== 'opened') throw new Error('the backup did not open')
    await app.handlers.restoreBackup({ id: opened.backup.id })
    expect((await onDisk()).answers).toHaveLength(1)
    // The memory copy had two answers; the restored file has one, and the answer is saved again.
    await answer(1)
    expect((await onDisk()).answers.map((a) => a.itemId)).toEqual(['bridge-safe', 'bridge-opened'])
  })

  it('is not answered while its learner is archived, and goes on after the restore', async () => {
    await answer(0)
    const archived = await app.handlers.archiveLearner({ profileId })
    await expect(answer(1)).rejects.toThrow(/not found/)
    await app.handlers.restoreLearner({ archiveId: archived.archiveId })
    await answer(1)
    expect((await onDisk()).answers).toHaveLength(2)
  })

  it('refuses an answer to an attempt abandoned on disk since it was last answered', async () => {
    await answer(0)
    await writeFile(
      file(),
      JSON.stringify({ ...(await onDisk()), abandonedAt: '2024-03-25T10:09:00.000Z' })
    )
    await expect(answer(1)).rejects.toThrow(/This attempt is abandoned/)
    expect((await onDisk()).answers).toHaveLength(1)
  })
})

import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { validateResultText } from '../../../src/shared/result-format'
import { classic } from '../../fixtures/quizzes'
import { tempApp, type TempApp } from '../../fixtures/temp-data'

/** Writes into a folder named "full-disk" fail as a full disk does, after the first one. */
const disk = vi.hoisted(() => ({ writes: 0 }))
vi.mock('../../../src/main/services/durable-file', async (original) => {
  const real = await original<typeof import('../../../src/main/services/durable-file')>()
  return {
    ...real,
    writeFileDurably: async (file: string, text: string | Uint8Array) => {
      if (file.includes('full-disk') && ++disk.writes > 1)
        throw Object.assign(new Error(`ENOSPC: no space left on device, open '${file}'`), {
          code: 'ENOSPC'
        })
      return real.writeFileDurably(file, text)
    }
  }
})

let app: TempApp
beforeEach(async () => {
  app = await tempApp()
  disk.writes = 0
})
afterEach(() => app.cleanup())

const QUIZ_KEY = 'bundled:small.quiz.json'

async function learner(name: string, answered: 'all' | 'some' | 'none'): Promise<void> {
  const profile = await app.handlers.createProfile({ name })
  if (answered === 'none') return
  const quiz = classic((await app.handlers.loadQuiz({ key: QUIZ_KEY })).quiz)
  const attempt = await app.handlers.startAttempt({ profileId: profile.id, quizKey: QUIZ_KEY })
  const items = answered === 'all' ? quiz.items : quiz.items.slice(0, 1)
  for (const item of items)
    await app.handlers.answerItem({
      profileId: profile.id,
      attemptId: attempt.id,
      itemId: item.id,
      response: { type: 'classify', label: item.answer }
    })
  if (answered === 'all')
    await app.handlers.finishAttempt({ profileId: profile.id, attemptId: attempt.id })
}

describe("exporting every learner's results", () => {
  it('writes one file per learner with an attempt, and never replaces a file when run twice', async () => {
    await learner('Amira', 'all')
    await learner('Ben', 'some')
    await learner('Chen', 'none')
    const folder = join(app.root, 'class')
    await mkdir(folder)
    app.chooseNext(folder)
    const first = await app.handlers.collectResults({ quizId: 'small-quiz' })
    if (first.status !== 'opened') throw new Error('cancelled')
    expect(first.files.map((f) => f.fileName)).toEqual([
      'Amira-small-quiz.result.json',
      'Ben-small-quiz.result.json'
    ])
    const ben = validateResultText(
      await readFile(join(folder, 'Ben-small-quiz.result.json'), 'utf8')
    )
    if (!ben.ok) throw new Error('unreadable')
    // An unfinished attempt is handed over as it is: the class report flags it unfinished.
    expect(ben.result.attempts.map((a) => [a.finishedAt, a.answers.length])).toEqual([
      [undefined, 1]
    ])
    const before = await readFile(join(folder, 'Amira-small-quiz.result.json'), 'utf8')
    app.chooseNext(folder)
    await app.handlers.collectResults({ quizId: 'small-quiz' })
    expect((await readdir(folder)).sort()).toEqual([
      'Amira-small-quiz-2.result.json',
      'Amira-small-quiz.result.json',
      'Ben-small-quiz-2.result.json',
      'Ben-small-quiz.result.json'
    ])
    expect(await readFile(join(folder, 'Amira-small-quiz.result.json'), 'utf8')).toBe(before)
  })

  it('says which file a full disk stopped, and how many were written before', async () => {
    await learner('Amira', 'all')
    await learner('Ben', 'all')
    const folder = join(app.root, 'full-disk')
    await mkdir(folder)
    app.chooseNext(folder)
    const outcome = await app.dispatch('collectResults', { quizId: 'small-quiz' })
    expect(outcome).toEqual({
      ok: false,
      error: {
        message:
          'Could not write Ben-small-quiz.result.json in the chosen folder: the disk is full. 1 file was written before it.',
        file: 'Ben-small-quiz.result.json'
      }
    })
    expect(await readdir(folder)).toEqual(['Amira-small-quiz.result.json'])
  })
})

describe('the class list with student ids', () => {
  it('keeps each name’s id, through a rename, and reads an old class list without ids', async () => {
    await app.handlers.importRoster({ names: ['Amira', 'Ben'], studentIds: ['S-01', ''] })
    expect(await app.handlers.getRoster()).toEqual({
      names: ['Amira', 'Ben'],
      studentIds: ['S-01', '']
    })
    const amira = (await app.handlers.listProfiles()).profiles.find((p) => p.name === 'Amira')
    if (!amira) throw new Error('no profile')
    await app.handlers.renameLearner({ profileId: amira.id, name: 'Amira K' })
    expect(await app.handlers.getRoster()).toEqual({
      names: ['Amira K', 'Ben'],
      studentIds: ['S-01', '']
    })
    await app.handlers.importRoster({ names: ['Chen'] })
    expect(await app.handlers.getRoster()).toEqual({ names: ['Chen'] })
    await writeFile(
      join(app.dataDir, 'roster.json'),
      JSON.stringify({ format: 'says-who/roster@1', names: ['Dana'] })
    )
    expect(await app.handlers.getRoster()).toEqual({ names: ['Dana'] })
  })

  it('refuses ids that do not pair with the names', async () => {
    expect(
      await app.dispatch('importRoster', { names: ['Amira', 'Ben'], studentIds: ['S-01'] })
    ).toMatchObject({ ok: false, error: { message: /one student id per name/ } })
  })
})

describe('saving xAPI statements', () => {
  it('writes the text where the teacher chose, and only in teacher mode', async () => {
    const file = join(app.root, 'statements.json')
    app.chooseNext(file)
    expect(await app.handlers.saveXapiFile({ suggestedName: 'x-xapi.json', text: '[]\n' })).toEqual(
      { status: 'saved', fileName: 'statements.json' }
    )
    expect(await readFile(file, 'utf8')).toBe('[]\n')
    await app.handlers.lockTeacher()
    expect(
      await app.dispatch('saveXapiFile', { suggestedName: 'x.json', text: '[]' })
    ).toMatchObject({ ok: false })
  })
})

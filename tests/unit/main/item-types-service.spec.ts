import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { QuizResponse } from '../../../src/shared/attempt-format'
import { cueWordIndexes } from '../../../src/shared/clue-words'
import type { FindClueItem } from '../../../src/shared/quiz-format'
import { buildClassReport } from '../../../src/shared/report/class-report'
import { answersCsv } from '../../../src/shared/report/report-export'
import { tempApp, type TempApp } from '../../fixtures/temp-data'

const MIXED = join(import.meta.dirname, '../../fixtures/quizzes/mixed-types.quiz.json')

let app: TempApp
beforeEach(async () => {
  app = await tempApp()
})
afterEach(() => app.cleanup())

async function startMixed(): Promise<{ profileId: string; attemptId: string; quizKey: string }> {
  const imported = await app.handlers.importQuizText({
    fileName: 'mixed-types.quiz.json',
    text: await readFile(MIXED, 'utf8')
  })
  if (imported.status !== 'imported') throw new Error(JSON.stringify(imported))
  const { id: profileId } = await app.handlers.createProfile({ name: 'Mira' })
  const quizKey = imported.entry.key
  const attempt = await app.handlers.startAttempt({ profileId, quizKey })
  return { profileId, attemptId: attempt.id, quizKey }
}

describe('main scores every item type', () => {
  it('refuses an answer that does not fit the item, then takes one that does', async () => {
    const { profileId, attemptId } = await startMixed()
    const answer = (itemId: string, response: QuizResponse) =>
      app.handlers.answerItem({ profileId, attemptId, itemId, response })
    await answer('bridge-safe', { type: 'classify', label: 'allegation' })
    await expect(answer('who-repairs', { type: 'when', choice: 'fri-22' })).rejects.toThrow(
      /does not fit this item/
    )
    await expect(answer('who-repairs', { type: 'who-says', choice: 'nobody' })).rejects.toThrow(
      /not one of this item's choices/
    )
    await answer('who-repairs', { type: 'who-says', choice: 'hale' })
    const attempt = await app.handlers.getAttempt({ profileId, attemptId })
    expect(attempt.answers.map((a) => [a.itemId, a.correct])).toEqual([
      ['bridge-safe', true],
      ['who-repairs', false]
    ])
  })

  it('carries each response in the result file, and the class report re-scores them by skill', async () => {
    const { profileId, attemptId, quizKey } = await startMixed()
    const { quiz, hash } = await app.handlers.loadQuiz({ key: quizKey })
    const clue = quiz.items.find((i) => i.type === 'find-clue') as FindClueItem
    const responses: QuizResponse[] = [
      { type: 'classify', label: 'allegation' },
      { type: 'who-says', choice: 'engineers' },
      { type: 'find-clue', words: cueWordIndexes(clue)[0] ?? [] },
      { type: 'frame', stance: 'neutral' },
      { type: 'when', choice: 'fri-22' },
      { type: 'timeline', order: ['opened', 'safe', 'closed'] }
    ]
    for (const [i, response] of responses.entries())
      await app.handlers.answerItem({ profileId, attemptId, itemId: quiz.items[i]!.id, response })
    const file = join(app.root, 'mira.result.json')
    app.chooseNext(file)
    await app.handlers.exportResults({ profileId, attemptIds: [attemptId] })
    const text = await readFile(file, 'utf8')
    expect(
      JSON.parse(text).attempts[0].answers.map((a: { response: unknown }) => a.response)
    ).toEqual(responses)
    const report = buildClassReport(quiz, hash, [{ fileName: 'mira.result.json', text }])
    const [record] = report.counted
    expect(record?.flags).toEqual([])
    expect(record?.correct).toBe(5)
    expect(record?.bySkill['read-verb']).toEqual({ correct: 0, total: 1 })
    expect(record?.bySkill['find-source']).toEqual({ correct: 1, total: 1 })
    expect(report.items.map((row) => [row.type, row.facility])).toEqual([
      ['classify', 1],
      ['who-says', 1],
      ['find-clue', 1],
      ['frame', 0],
      ['when', 1],
      ['timeline', 1]
    ])
    expect(answersCsv(report, quiz)).toContain('Distancing or doubtful')
  })

  it('flags a result file whose answer was doctored to a choice the item does not have', async () => {
    const { profileId, attemptId, quizKey } = await startMixed()
    const { quiz, hash } = await app.handlers.loadQuiz({ key: quizKey })
    await app.handlers.answerItem({
      profileId,
      attemptId,
      itemId: 'bridge-safe',
      response: { type: 'classify', label: 'fact' }
    })
    const file = join(app.root, 'mira.result.json')
    app.chooseNext(file)
    await app.handlers.exportResults({ profileId, attemptIds: [attemptId] })
    const doctored = JSON.parse(await readFile(file, 'utf8'))
    doctored.attempts[0].answers.push({
      itemId: 'who-repairs',
      response: { type: 'who-says', choice: 'constructor' },
      answeredAt: doctored.attempts[0].answers[0].answeredAt
    })
    const report = buildClassReport(quiz, hash, [
      { fileName: 'd.result.json', text: JSON.stringify(doctored) }
    ])
    expect(report.records[0]?.flags.map((f) => f.kind)).toContain('modified')
    expect(report.records[0]?.flags.find((f) => f.kind === 'modified')?.detail).toMatch(
      /not one of this item's choices/
    )
  })
})

describe('the primer', () => {
  it('is remembered per learner, from the first time, in the learners file', async () => {
    const { id } = await app.handlers.createProfile({ name: 'Mira' })
    const other = await app.handlers.createProfile({ name: 'Ben' })
    const first = await app.handlers.markPrimerSeen({ profileId: id })
    expect(first.primerSeenAt).toMatch(/^\d{4}-/)
    expect((await app.handlers.markPrimerSeen({ profileId: id })).primerSeenAt).toBe(
      first.primerSeenAt
    )
    const { profiles } = await app.handlers.listProfiles()
    expect(profiles.find((p) => p.id === id)?.primerSeenAt).toBe(first.primerSeenAt)
    expect(profiles.find((p) => p.id === other.id)?.primerSeenAt).toBeUndefined()
    await expect(app.handlers.markPrimerSeen({ profileId: 'nobody' })).rejects.toThrow(
      /not on this computer/
    )
  })
})

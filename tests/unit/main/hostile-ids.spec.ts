// Ids and labels that name Object.prototype's members ("constructor", "tostring", "valueof",
// "hasownproperty") are valid slugs. They must behave as any other id: through validation,
// answering in main, scoring, the result file and the class report.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { answersCsv, studentsCsv } from '../../../src/shared/report/report-export'
import { buildClassReport } from '../../../src/shared/report/class-report'
import { validateQuizValue } from '../../../src/shared/quiz-validation'
import { scoreAttempt } from '../../../src/shared/scoring'
import { quizHash } from '../../../src/main/services/quiz-library'
import { resultFor, seededRandom } from '../../fixtures/results'
import { classic, smallQuizInput } from '../../fixtures/quizzes'
import { tempApp, type TempApp } from '../../fixtures/temp-data'

const HOSTILE = ['constructor', 'tostring', 'valueof', 'hasownproperty']

function hostileQuiz() {
  const input = smallQuizInput()
  input.id = 'constructor'
  input.labels = [
    { id: 'constructor', name: 'Attributed allegation', description: 'Someone claims it.' },
    { id: 'prototype', name: 'Reported fact', description: 'The reporter states it.' },
    { id: 'valueof', name: 'Date or time', description: 'When.' }
  ]
  const answers = ['constructor', 'prototype', 'valueof', 'constructor']
  input.items.forEach((item, i) => {
    ;(item as { id: string }).id = HOSTILE[i] as string
    ;(item as { answer: string }).answer = answers[i] as string
  })
  const checked = validateQuizValue(input)
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues))
  return classic(checked.quiz)
}

let app: TempApp
beforeEach(async () => {
  app = await tempApp()
})
afterEach(() => app.cleanup())

describe('ids and labels named like Object.prototype members', () => {
  it('are answered, scored, exported and counted like any others', async () => {
    const quiz = hostileQuiz()
    const imported = await app.handlers.importQuizText({
      fileName: 'hostile.quiz.json',
      text: JSON.stringify(quiz)
    })
    expect(imported.status).toBe('imported')
    if (imported.status !== 'imported') return
    const { id: profileId } = await app.handlers.createProfile({ name: 'Amira' })
    const started = await app.handlers.startAttempt({ profileId, quizKey: imported.entry.key })
    for (const item of quiz.items)
      await app.handlers.answerItem({
        profileId,
        attemptId: started.id,
        itemId: item.id,
        response: { type: 'classify', label: item.answer }
      })
    const attempt = await app.handlers.getAttempt({ profileId, attemptId: started.id })
    expect(attempt.finishedAt).toBeDefined()
    expect(scoreAttempt(quiz, attempt)).toMatchObject({ correct: 4, total: 4 })

    const hash = quizHash(quiz)
    const honest = resultFor(quiz, { name: 'Ben', ability: 1 }, seededRandom(3), hash)
    const report = buildClassReport(quiz, hash, [
      { fileName: 'ben.result.json', text: JSON.stringify(honest) }
    ])
    expect(report.records[0]?.flags).toEqual([])
    expect(report.records[0]?.counted).toBe(true)
    expect(report.items.map((row) => row.facility)).toEqual([1, 1, 1, 1])
    expect(studentsCsv(report)).not.toMatch(/function|native code|\[object/)
    expect(answersCsv(report, quiz)).not.toMatch(/function|native code|\[object/)
  })
})

import { describe, expect, it } from 'vitest'
import { quizHash } from '../../../../src/main/services/quiz-library'
import type { Quiz } from '../../../../src/shared/quiz-format'
import { validateQuizValue } from '../../../../src/shared/quiz-validation'
import { buildClassReport, type ImportedFile } from '../../../../src/shared/report/class-report'
import type { ResultFile } from '../../../../src/shared/result-format'
import {
  classic,
  smallQuizInput,
  type ClassicQuiz,
  type ClassicQuizInput
} from '../../../fixtures/quizzes'
import { resultFor, seededRandom } from '../../../fixtures/results'

function quizOf(change: (input: ClassicQuizInput) => void = () => undefined): ClassicQuiz {
  const input = smallQuizInput()
  change(input)
  const checked = validateQuizValue(input)
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues))
  return classic(checked.quiz)
}

const original = quizOf()
/** A learner's file made with the original version, with the answer keys the app records. */
function taken(name: string, ability: number, seed: number): ImportedFile {
  const result: ResultFile = resultFor(
    original,
    { name, ability, attemptId: `a-${name}` },
    seededRandom(seed),
    quizHash(original)
  )
  return { fileName: `${name}.result.json`, text: JSON.stringify(result) }
}
const report = (quiz: Quiz, files: ImportedFile[]) => buildClassReport(quiz, quizHash(quiz), files)

describe('results made with another version of the quiz', () => {
  it('count in full when only the wording changed, and say which version they came from', () => {
    const corrected = quizOf((q) => {
      q.items[0]!.explanation = 'The minister "said" so; nobody else confirms it.'
      q.title = 'A small quiz (corrected)'
      q.article.source = 'Test fixture, second edition'
    })
    expect(quizHash(corrected)).not.toBe(quizHash(original))
    const r = report(corrected, [taken('ann', 1, 1), taken('bob', 0.5, 2)])
    expect(r.counted.map((x) => [x.learner, x.total, x.flags])).toEqual([
      ['ann', 4, []],
      ['bob', 4, []]
    ])
    expect(r.counted[0]?.version).toMatchObject({
      kind: 'other',
      note: 'another version of this quiz, with the same answer key: every item scored'
    })
    expect(r.versions).toEqual([
      { quizHash: quizHash(original), attempts: 2, changed: [], removed: [] }
    ])
  })

  it('count on the unchanged items when two keys changed, and list the changed ones', () => {
    const rekeyed = quizOf((q) => {
      q.items[0]!.answer = 'fact'
      q.items[1]!.target = { exact: 'The bridge opened in 1998' }
    })
    const r = report(rekeyed, [taken('ann', 1, 1), taken('bob', 0, 2)])
    expect(r.counted.map((x) => [x.learner, x.correct, x.total])).toEqual([
      ['ann', 2, 2],
      ['bob', 0, 2]
    ])
    expect(r.counted[0]?.version.note).toBe(
      'another version of this quiz: 2 items changed, not scored'
    )
    expect(r.versions[0]?.changed).toEqual(['bridge-safe', 'bridge-opened'])
    // Statistics per item only over the attempts that have it scored.
    expect(r.items.map((i) => i.attempts)).toEqual([0, 0, 2, 2])
    expect(r.items[0]?.facility).toBeNull()
    expect(r.items[2]?.facility).toBe(0.5)
    expect(r.meanScore).toBe(0.5)
  })

  it('set a file apart, saying what to do, when it has no answer keys and another hash', () => {
    const corrected = quizOf((q) => (q.items[0]!.explanation = 'Reworded.'))
    const old = JSON.parse(taken('cid', 1, 3).text) as ResultFile
    delete old.attempts[0]!.itemKeys
    delete old.attempts[0]!.labelSet
    const r = report(corrected, [{ fileName: 'cid.result.json', text: JSON.stringify(old) }])
    expect(r.records[0]).toMatchObject({ apart: true, counted: false })
    expect(r.records[0]?.flags[0]).toMatchObject({
      kind: 'other-version',
      detail: expect.stringMatching(
        /cannot be matched item by item: ask the learner to export it again from Says Who\? \(version [\d.]+ or later\), or open the quiz version it was made with/
      )
    })
  })

  it('set apart a file for another quiz, or for a version with other labels', () => {
    const other = quizOf((q) => (q.id = 'another-quiz'))
    expect(report(other, [taken('dan', 1, 4)]).records[0]?.flags[0]).toMatchObject({
      kind: 'other-quiz',
      detail: expect.stringContaining('import it into the report of that quiz')
    })
    const relabelled = quizOf((q) => {
      q.labels = [
        { id: 'allegation', name: 'Claim', description: 'Said by someone.' },
        { id: 'fact', name: 'Fact', description: 'Reported.' },
        { id: 'date', name: 'Date', description: 'When.' },
        { id: 'opinion', name: 'Opinion', description: 'A view.' }
      ]
    })
    const r = report(relabelled, [taken('eve', 1, 5)])
    expect(r.records[0]).toMatchObject({ apart: true, flags: [{ kind: 'other-labels' }] })
  })

  it('flag a full attempt of another version that lists fewer items than others of that version', () => {
    const corrected = quizOf((q) => (q.items[0]!.explanation = 'Reworded.'))
    const short = JSON.parse(taken('fay', 1, 6).text) as ResultFile
    const attempt = short.attempts[0]!
    attempt.itemIds = attempt.itemIds.slice(1)
    attempt.itemKeys = attempt.itemKeys!.slice(1)
    attempt.answers = attempt.answers.slice(1)
    attempt.storedScore = { correct: 3, answered: 3 }
    const r = report(corrected, [
      taken('ann', 1, 1),
      { fileName: 'fay.result.json', text: JSON.stringify(short) }
    ])
    expect(r.records.find((x) => x.learner === 'fay')?.flags[0]?.detail).toContain(
      'a full attempt of its version lists 3 items; other attempts of that version list 4'
    )
    expect(r.counted.map((x) => x.learner)).toEqual(['ann'])
  })
})

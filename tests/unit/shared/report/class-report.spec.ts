import { describe, expect, it } from 'vitest'
import { quizHash } from '../../../../src/main/services/quiz-library'
import { buildClassReport, type ImportedFile } from '../../../../src/shared/report/class-report'
import { answersCsv, reportJson, studentsCsv } from '../../../../src/shared/report/report-export'
import type { ResultFile } from '../../../../src/shared/result-format'
import { validateQuizValue } from '../../../../src/shared/quiz-validation'
import { classic, smallQuizInput } from '../../../fixtures/quizzes'
import { resultFor, seededRandom } from '../../../fixtures/results'
import Papa from 'papaparse'

const quiz = (() => {
  const result = validateQuizValue(smallQuizInput())
  if (!result.ok) throw new Error('fixture')
  return classic(result.quiz)
})()
const hash = quizHash(quiz)
const ids = quiz.items.map((i) => i.id)

/** A result whose answers are given label by label, in item order. */
function result(
  name: string,
  labels: string[],
  overrides: Partial<ResultFile['attempts'][number]> = {}
): ResultFile {
  const base = resultFor(
    quiz,
    { name, ability: 1, attemptId: `a-${name.replace(/\W/g, '')}` },
    seededRandom(1),
    hash
  )
  const attempt = base.attempts[0]!
  attempt.answers = attempt.answers.map((a, i) => ({
    ...a,
    response: { type: 'classify', label: labels[i]! }
  }))
  attempt.storedScore = {
    correct: labels.filter((l, i) => quiz.items[i]!.answer === l).length,
    answered: labels.length
  }
  Object.assign(attempt, overrides)
  return base
}

const file = (name: string, value: unknown): ImportedFile => ({
  fileName: name,
  text: JSON.stringify(value)
})
const key = quiz.items.map((i) => i.answer)

describe('buildClassReport', () => {
  it('re-scores every attempt from the quiz and counts label confusions', () => {
    // The small quiz's answers, then a learner who takes the first allegation for a fact.
    const wrong = [...key]
    const allegationAt = key.indexOf('allegation')
    wrong[allegationAt] = 'fact'
    const report = buildClassReport(quiz, hash, [
      file('a.json', result('Ann', key)),
      file('b.json', result('Bob', wrong))
    ])
    expect(report.counted.map((r) => [r.learner, r.correct, r.total])).toEqual([
      ['Ann', 4, 4],
      ['Bob', 3, 4]
    ])
    const a = report.labels.findIndex((l) => l.id === 'allegation')
    const f = report.labels.findIndex((l) => l.id === 'fact')
    expect(report.confusion[a]![f]).toBe(1)
    expect(report.counted[1]!.confusion[a]![f]).toBe(1)
    const item = report.items[allegationAt]!
    expect(item.facility).toBe(0.5)
    expect(item.missedBy).toEqual([{ key: expect.any(String), learner: 'Bob', chose: 'fact' }])
    expect(report.allegationsTakenForFacts).toEqual({ times: 1, learners: 1 })
    expect(report.counted.map((r) => r.allegationsTakenForFacts)).toEqual([0, 1])
    expect(item.chosen).toMatchObject({ allegation: 1, fact: 1 })
  })

  it('flags a result whose stored score was edited, and leaves it out of the statistics', () => {
    const tampered = result(
      'Tess',
      key.map(() => 'fact')
    )
    tampered.attempts[0]!.storedScore.correct = 4
    const report = buildClassReport(quiz, hash, [file('t.json', tampered)])
    const [record] = report.records
    expect(record?.flags).toContainEqual(
      expect.objectContaining({
        kind: 'modified',
        detail: expect.stringContaining('the file says 4 right; re-scored from the quiz it is')
      })
    )
    expect(record?.counted).toBe(false)
  })

  it('keeps results for another version or another quiz apart', () => {
    // A file from before answer keys: it cannot be matched item by item.
    const otherVersion = result('Vic', key, {
      quizHash: 'f'.repeat(64),
      itemKeys: undefined,
      labelSet: undefined
    })
    const otherQuiz = result('Quin', key, { quizId: 'another-quiz' })
    const report = buildClassReport(quiz, hash, [
      file('v.json', otherVersion),
      file('q.json', otherQuiz)
    ])
    expect(report.records.map((r) => [r.learner, r.apart, r.flags[0]?.kind])).toEqual([
      ['Vic', true, 'other-version'],
      ['Quin', true, 'other-quiz']
    ])
    expect(report.counted).toEqual([])
    expect(report.items[0]?.facility).toBeNull()
  })

  it('shows a duplicate once, flagged, even under different file names', () => {
    const once = result('Dee', key)
    const report = buildClassReport(quiz, hash, [
      file('dee.json', once),
      file('dee (copy).json', once)
    ])
    expect(report.records).toHaveLength(1)
    expect(report.records[0]?.flags).toMatchObject([
      { kind: 'duplicate', detail: 'also in dee (copy).json' }
    ])
    expect(report.counted).toHaveLength(1)
  })

  it('lists a broken file with its error and imports the rest', () => {
    const report = buildClassReport(quiz, hash, [
      { fileName: 'torn.result.json', text: '{"format": "says-who/result@1", "learner":' },
      file('wrong.result.json', { format: 'says-who/result@9' }),
      file('ok.json', result('Ok', key))
    ])
    expect(report.broken.map((b) => b.fileName)).toEqual(['torn.result.json', 'wrong.result.json'])
    expect(report.broken[1]?.message).toContain('says-who/result@9')
    expect(report.counted).toHaveLength(1)
  })

  it("counts each learner's first finished attempt by default, or all of them", () => {
    // Both attempts in one file, as My history exports them; the later one listed first.
    const first = resultFor(
      quiz,
      { name: 'Flo', ability: 0, attemptId: 'first', startedAt: '2026-11-20T09:00:00.000Z' },
      seededRandom(2),
      hash
    )
    const second = resultFor(
      quiz,
      { name: 'Flo', ability: 1, attemptId: 'second', startedAt: '2026-11-21T09:00:00.000Z' },
      seededRandom(3),
      hash
    )
    second.attempts.push(first.attempts[0]!)
    second.exportedAt = '2026-11-22T09:00:00.000Z'
    const files = [file('flo.json', second)]
    const firstOnly = buildClassReport(quiz, hash, files)
    expect(firstOnly.counted.map((r) => r.attemptId)).toEqual(['first'])
    expect(firstOnly.records.find((r) => r.attemptId === 'second')?.flags).toContainEqual(
      expect.objectContaining({
        kind: 'later-attempt',
        detail: 'not the first attempt'
      })
    )
    const all = buildClassReport(quiz, hash, files, { attempts: 'all' })
    expect(all.counted.map((r) => r.attemptId).sort()).toEqual(['first', 'second'])
  })

  it('renders sensibly with no results at all', () => {
    const report = buildClassReport(quiz, hash, [])
    expect(report.meanScore).toBeNull()
    expect(report.items.every((i) => i.facility === null && i.discrimination === null)).toBe(true)
    expect(report.confusion.flat().every((n) => n === 0)).toBe(true)
  })
})

describe('CSV and JSON export', () => {
  const names = ['Smith, Jr. "Ace"', 'Nguyễn Thị Ánh', '=HYPERLINK("x")']
  const report = buildClassReport(
    quiz,
    hash,
    names.map((n, i) => file(`${i}.json`, result(n, key)))
  )

  it('quotes commas and quotes, keeps any script, and defuses formulas', () => {
    const text = studentsCsv(report)
    expect(text.startsWith('\uFEFF')).toBe(true)
    const rows = Papa.parse<string[]>(text.slice(1).trim()).data
    expect(rows[0]?.slice(0, 5)).toEqual(['Learner', 'Counted', 'Score', 'Out of', 'Percent'])
    expect(rows.slice(1).map((r) => r[0])).toEqual([names[0], names[1], `'${names[2]}`])
    expect(rows[1]?.slice(1, 5)).toEqual(['yes', '4', '4', '100'])
  })

  it('writes one row per answer against the key', () => {
    const rows = Papa.parse<string[]>(answersCsv(report, quiz).slice(1).trim()).data
    expect(rows).toHaveLength(1 + names.length * ids.length)
    expect(rows[1]?.slice(3, 9)).toEqual([
      '1',
      ids[0],
      quiz.items[0]!.target.exact,
      expect.any(String),
      expect.any(String),
      '1'
    ])
  })

  it('gives the JSON of the command line', () => {
    const json = reportJson(report) as {
      items: { facilityPercent: number | null }[]
      students: unknown[]
    }
    expect(json.students).toHaveLength(3)
    expect(json.items[0]?.facilityPercent).toBe(100)
  })
})

import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { quizHash } from '../../../../src/main/services/quiz-library'
import type { Quiz } from '../../../../src/shared/quiz-format'
import { validateQuizValue } from '../../../../src/shared/quiz-validation'
import { buildClassReport, type ImportedFile } from '../../../../src/shared/report/class-report'
import {
  answerText,
  choiceCounts,
  commonWrongAnswers
} from '../../../../src/shared/report/item-answers'
import { answersCsv, reportJson, studentsCsv } from '../../../../src/shared/report/report-export'
import type { ResultFile } from '../../../../src/shared/result-format'
import { classic, smallQuizInput, mixedTypesQuiz } from '../../../fixtures/quizzes'
import { resultFor, seededRandom } from '../../../fixtures/results'

const mixed: Quiz = mixedTypesQuiz()
const hash = quizHash(mixed)

const file = (result: ResultFile): ImportedFile => ({
  fileName: `${result.learner.name}.result.json`,
  text: JSON.stringify(result)
})
const learner = (name: string, ability: number): ResultFile =>
  resultFor(mixed, { name, ability }, seededRandom(7), hash)

/** Every answer right but the timeline's: the events reversed, the stored score agreeing. */
function allButTheOrder(name: string): ResultFile {
  const result = learner(name, 1)
  const attempt = result.attempts[0]!
  for (const answer of attempt.answers)
    if (answer.response.type === 'timeline') answer.response.order.reverse()
  attempt.storedScore.correct--
  return result
}

describe('the class report by skill', () => {
  const report = buildClassReport(mixed, hash, [
    file(learner('Ann', 1)),
    file(learner('Bo', 0)),
    file(allButTheOrder('Cy'))
  ])

  it('lists the skills the quiz teaches, in order, and sums right answers per skill over the counted attempts', () => {
    expect(report.counted).toHaveLength(3)
    expect(report.counted.every((r) => r.flags.length === 0)).toBe(true)
    expect(report.skills.map((s) => s.name)).toEqual([
      'Spotting claims',
      'Finding the source',
      'Reading the verb',
      'Working out when'
    ])
    // Spotting claims: the label and the clue items; working out when: the date and the order.
    expect({ ...report.skillAccuracy }).toEqual({
      'spot-claims': { correct: 4, total: 6 },
      'find-source': { correct: 2, total: 3 },
      'read-verb': { correct: 2, total: 3 },
      'work-out-when': { correct: 3, total: 6 }
    })
    const cy = report.counted.find((r) => r.learner === 'Cy')!
    expect(cy.bySkill['work-out-when']).toEqual({ correct: 1, total: 2 })
    expect(cy.bySkill['spot-claims']).toEqual({ correct: 2, total: 2 })
  })

  it('leaves out attempts that do not count', () => {
    const other = learner('Dee', 1)
    other.attempts[0]!.quizId = 'another-quiz'
    const withOther = buildClassReport(mixed, hash, [file(learner('Bo', 0)), file(other)])
    expect(withOther.counted.map((r) => r.learner)).toEqual(['Bo'])
    expect(withOther.skillAccuracy['find-source']).toEqual({ correct: 0, total: 1 })
  })

  it('gives a quiz of "Which label?" items one skill, the same as its score', () => {
    const checked = validateQuizValue(smallQuizInput())
    if (!checked.ok) throw new Error('fixture')
    const small = classic(checked.quiz)
    const smallHash = quizHash(small)
    const classicReport = buildClassReport(small, smallHash, [
      file(resultFor(small, { name: 'Eve', ability: 1 }, seededRandom(3), smallHash))
    ])
    expect(classicReport.skills).toEqual([{ id: 'spot-claims', name: 'Spotting claims' }])
    expect(classicReport.skillAccuracy['spot-claims']).toEqual({
      correct: small.items.length,
      total: small.items.length
    })
  })

  it('gives each item its type, skill and right answer as people read it', () => {
    expect(report.items.map((row) => [row.type, row.skill, row.answerText])).toEqual([
      ['classify', 'spot-claims', 'Attributed allegation'],
      ['who-says', 'find-source', 'Engineers from the city council'],
      ['find-clue', 'spot-claims', '“according to”'],
      ['frame', 'read-verb', 'Distancing or doubtful'],
      ['when', 'work-out-when', 'Friday 22 March 2024'],
      [
        'timeline',
        'work-out-when',
        'The bridge opened in 1998 → said the bridge is safe → the bridge was closed'
      ]
    ])
  })

  it('counts every choice of an item with choices, and the wrong answers most given', () => {
    const who = mixed.items[1]!
    const counts = choiceCounts(mixed, who, report.items[1]!)
    expect(counts.map((c) => c.text)).toEqual([
      'Engineers from the city council',
      'Ana Ruiz, the transport minister',
      'Tom Hale, the mayor',
      'Not named (an unnamed source)'
    ])
    expect(counts[0]).toMatchObject({ count: 2, right: true })
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(3)
    const order = mixed.items[5]!
    expect(commonWrongAnswers(mixed, order, report.items[5]!)).toEqual([
      {
        key: 'closed>safe>opened',
        text: 'the bridge was closed → said the bridge is safe → The bridge opened in 1998',
        count: 2,
        right: false
      }
    ])
  })

  it('reads a clue made of digits as the words it is, not as word numbers', () => {
    const clue = { ...mixed.items[2]!, cues: [{ exact: '1998' }] } as Quiz['items'][number]
    expect(answerText(mixed, clue)).toBe('“1998”')
  })
})

describe('exports of a quiz of every item type', () => {
  const report = buildClassReport(mixed, hash, [
    file(learner('Ann', 1)),
    file(allButTheOrder('Cy'))
  ])

  it('gives the students CSV a right and an out-of column per skill', () => {
    const rows = Papa.parse<string[]>(studentsCsv(report).slice(1).trim()).data
    const at = rows[0]!.indexOf('Working out when: right')
    expect(rows[0]![at + 1]).toBe('Working out when: of')
    expect(rows.find((r) => r[0] === 'Cy')?.slice(at, at + 2)).toEqual(['1', '2'])
  })

  it('gives the answers CSV the item type and skill of every answer', () => {
    const rows = Papa.parse<string[]>(answersCsv(report, mixed).slice(1).trim()).data
    const header = rows[0]!
    const cy = rows.filter((r) => r[0] === 'Cy')
    expect(cy.map((r) => r[header.indexOf('Item type')])).toEqual([
      'Which label?',
      'Who says it?',
      'Find the clue',
      'How does the reporter frame it?',
      'When?',
      'Put in order'
    ])
    expect(cy.map((r) => r[header.indexOf('Skill')])[3]).toBe('Reading the verb')
    expect(cy[5]?.[header.indexOf('Correct')]).toBe('0')
  })

  it('gives the JSON the skills per learner, per item and for the class', () => {
    const json = reportJson(report) as {
      students: { learner: string; bySkill: Record<string, unknown> }[]
      items: { type: string; skill: string; answerText: string }[]
      skillAccuracy: Record<string, unknown>
    }
    expect(json.items[3]).toMatchObject({
      type: 'frame',
      skill: 'read-verb',
      answerText: 'Distancing or doubtful'
    })
    expect(json.students[1]?.bySkill['work-out-when']).toEqual({ correct: 1, total: 2 })
    expect(json.skillAccuracy['find-source']).toEqual({ correct: 2, total: 2 })
  })
})

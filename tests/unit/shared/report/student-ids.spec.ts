import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { quizHash } from '../../../../src/main/services/quiz-library'
import { buildClassReport } from '../../../../src/shared/report/class-report'
import { learnerKey } from '../../../../src/shared/report/identity'
import { studentsCsv } from '../../../../src/shared/report/report-export'
import { classic, smallQuizInput } from '../../../fixtures/quizzes'
import { resultFor, seededRandom } from '../../../fixtures/results'
import { validateQuizValue } from '../../../../src/shared/quiz-validation'

const checked = validateQuizValue(smallQuizInput())
if (!checked.ok) throw new Error('fixture')
const quiz = classic(checked.quiz)
const hash = quizHash(quiz)
const files = ['Amira', 'Ben'].map((name) => ({
  fileName: `${name}.result.json`,
  text: JSON.stringify(resultFor(quiz, { name, ability: 1 }, seededRandom(1), hash))
}))
const report = buildClassReport(quiz, hash, files)
const rows = (text: string): string[][] =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data

describe('the Students CSV with student ids', () => {
  it('has a Student id column after the name only when the class list has ids', () => {
    const ids = new Map([[learnerKey('Amira'), '=S-01']])
    const withIds = rows(studentsCsv(report, ids))
    expect(withIds[0]?.slice(0, 3)).toEqual(['Learner', 'Student id', 'Counted'])
    // An id is a cell like any other: a leading = cannot become a formula.
    expect(withIds.slice(1).map((row) => row.slice(0, 2))).toEqual([
      ['Amira', "'=S-01"],
      ['Ben', '']
    ])
    const without = rows(studentsCsv(report))
    expect(without[0]?.slice(0, 2)).toEqual(['Learner', 'Counted'])
    expect(rows(studentsCsv(report, new Map()))[0]).toEqual(without[0])
  })
})

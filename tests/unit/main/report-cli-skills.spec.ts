import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { quizHash } from '../../../src/main/services/quiz-library'
import { validateQuizText } from '../../../src/shared/quiz-validation'
import { npmRun } from '../../fixtures/npm-run'
import { resultFor, seededRandom } from '../../fixtures/results'

const MIXED = join(import.meta.dirname, '../../fixtures/quizzes/mixed-types.quiz.json')
const mixed = (() => {
  const checked = validateQuizText(readFileSync(MIXED, 'utf8'))
  if (!checked.ok) throw new Error('fixture')
  return checked.quiz
})()

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'says-who-report-cli-'))
  for (const [name, ability] of [
    ['Ann', 1],
    ['Bo', 0]
  ] as const) {
    const result = resultFor(mixed, { name, ability }, seededRandom(2), quizHash(mixed))
    await writeFile(join(folder, `${name}.result.json`), JSON.stringify(result))
  }
})
afterEach(() => rm(folder, { recursive: true, force: true }))

describe('npm run report of a quiz of every item type', () => {
  it('prints the per-skill line and each item type, and exports them', async () => {
    const text = await npmRun('report', MIXED, folder)
    expect([text.code, text.stderr]).toEqual([0, ''])
    expect(text.stdout).toContain(
      'By skill: Spotting claims 50% (2/4) · Finding the source 50% (1/2) · Reading the verb 50% (1/2) · Working out when 50% (2/4)'
    )
    expect(text.stdout).toMatch(/^\s+2\s+50%.*Who says it\?\s+the bridge needs repairs$/m)
    expect(text.stdout).toMatch(/^\s+6\s+50%.*Put in order\s+The bridge opened in 1998$/m)

    const csvDir = join(folder, 'csv')
    const json = await npmRun('report', MIXED, folder, '--json', '--csv', csvDir)
    expect(json.code).toBe(0)
    const parsed = JSON.parse(json.stdout) as {
      skillAccuracy: Record<string, { correct: number; total: number }>
      items: { type: string; typeName: string }[]
    }
    expect(parsed.skillAccuracy['work-out-when']).toEqual({ correct: 2, total: 4 })
    expect(parsed.items.map((i) => i.typeName)[2]).toBe('Find the clue')
    const students = await readFile(join(csvDir, 'mixed-types-students.csv'), 'utf8')
    expect(students).toContain('Reading the verb: right,Reading the verb: of')
    const answers = await readFile(join(csvDir, 'mixed-types-answers.csv'), 'utf8')
    expect(answers.split('\r\n')[0]).toMatch(/,Item type,Skill$/)
  }, 60_000)
})

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateQuizText } from '../../../src/shared/quiz-validation'
import { npmRun } from '../../fixtures/npm-run'
import { classic } from '../../fixtures/quizzes'

const root = join(import.meta.dirname, '../../..')
const ARTICLE = join(root, 'tests/fixtures/articles/voa-pentagon-gunship-2002.txt')
let folder: string

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'says-who-draft-'))
})
afterAll(() => rm(folder, { recursive: true, force: true }))

describe('npm run draft', () => {
  it('writes a draft quiz that validates, with the dateline resolving weekdays', async () => {
    const out = join(folder, 'pentagon.quiz.json')
    const result = await npmRun('draft', ARTICLE, '--out', out, '--dateline', '2002-07-15')
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(
      /^Wrote .*pentagon\.quiz\.json: 19 items \(8 allegations, 4 facts, 7 dates\)\./
    )
    const checked = validateQuizText(await readFile(out, 'utf8'))
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues))
    const items = classic(checked.quiz).items
    expect(checked.quiz.article.headline).toBe(
      'Pentagon Official Says US Gunship May Not Have Been Fired On - 2002-07-15'
    )
    const monday = items.find((i) => i.target.exact === 'Monday')
    expect(monday?.explanation).toContain('2002-07-15')
    const rosa = items.find((i) => i.target.exact.startsWith('General Rosa said'))
    // The speaker gets the full name the article gave him first.
    expect(rosa?.speaker?.name).toMatch(/General John Rosa$/)
  }, 30_000)

  it('drafts a valid quiz from a long article, keeping the most confident items within the limit', async () => {
    const article = join(folder, 'long.txt')
    const paragraph =
      'The mayor said the plan will cost more in 2031. "We cannot wait any longer for this," she said. The hall was built in 1931 on the river bank.\n\n'
    await writeFile(article, `A long article\n\n${paragraph.repeat(200)}`)
    const out = join(folder, 'long.quiz.json')
    const result = await npmRun('draft', article, '--out', out)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/: 500 items /)
    expect(result.stdout).toMatch(
      /\d+ more suggestions were left out: a quiz holds at most 500 items/
    )
    expect(validateQuizText(await readFile(out, 'utf8')).ok).toBe(true)
  }, 120_000)

  it('refuses to overwrite a file unless told to, and leaves it as it was', async () => {
    const out = join(folder, 'taken.quiz.json')
    await writeFile(out, 'teacher work')
    const result = await npmRun('draft', ARTICLE, '--out', out)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('already exists')
    expect(await readFile(out, 'utf8')).toBe('teacher work')
  }, 30_000)

  it('names a missing article and a malformed dateline', async () => {
    const missing = await npmRun('draft', join(folder, 'nope.txt'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('nope.txt')
    const badDate = await npmRun('draft', ARTICLE, '--dateline', '15/07/2002')
    expect(badDate.code).toBe(2)
    expect(badDate.stderr).toContain('--dateline "15/07/2002"')
  }, 30_000)
})

describe('npm run validate warnings', () => {
  it('lists weak items of a valid file without failing it', async () => {
    const file = join(folder, 'weak.quiz.json')
    const quiz = JSON.parse(await readFile(join(root, 'quizzes/taliban-isis-k.quiz.json'), 'utf8'))
    delete quiz.items[0].speaker
    delete quiz.items[1].explanation
    await writeFile(file, JSON.stringify(quiz))
    const result = await npmRun('validate', file)
    expect(result.code).toBe(0)
    const lines = result.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/valid, 59 items .*, 2 warnings$/)
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}warning Item 1 \(items\[0\]\.speaker\): .*without a speaker/),
      expect.stringMatching(/^ {2}warning Item 2 \(items\[1\]\.explanation\): .*no explanation/)
    ])
  }, 30_000)
})

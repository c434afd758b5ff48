import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { npmRun, type CommandResult } from '../../fixtures/npm-run'
import { smallQuizInput } from '../../fixtures/quizzes'

let folder: string

const validate = (...files: string[]): Promise<CommandResult> => npmRun('validate', ...files)

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'says-who-validate-'))
  await writeFile(join(folder, 'good.quiz.json'), JSON.stringify(smallQuizInput()))
  const bad = smallQuizInput()
  bad.items[1]!.target = { exact: 'The tunnel opened' }
  ;(bad.items[2] as { answer: string }).answer = 'opinion'
  await writeFile(join(folder, 'bad.quiz.json'), JSON.stringify(bad))
  await writeFile(join(folder, 'torn.quiz.json'), '{"format": ')
})
afterAll(() => rm(folder, { recursive: true, force: true }))

describe('npm run validate', () => {
  it('prints one line per valid file with its item count and exits 0', async () => {
    const result = await validate(
      join(folder, 'good.quiz.json'),
      'quizzes/taliban-isis-k.quiz.json'
    )
    expect(result.code).toBe(0)
    expect(result.stdout.trim().split('\n')).toEqual([
      `${join(folder, 'good.quiz.json')}: valid, 4 items ("A small quiz")`,
      'quizzes/taliban-isis-k.quiz.json: valid, 59 items ("The Taliban, ISIS-K and the Moscow attack")'
    ])
  }, 30_000)

  it('names the file, the JSON path and what was expected, and exits non-zero', async () => {
    const bad = join(folder, 'bad.quiz.json')
    const torn = join(folder, 'torn.quiz.json')
    const result = await validate(join(folder, 'good.quiz.json'), bad, torn)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${bad}: invalid (2 problems)`)
    expect(result.stderr).toContain(
      '  Item 2 (items[1].target): Item "bridge-opened": The quote "The tunnel opened" is not in the article text.'
    )
    expect(result.stderr).toContain(
      '  Item 3 (items[2].answer): Item "in-1998": the answer "opinion" is not one of the labels (allegation, fact, date).'
    )
    expect(result.stderr).toMatch(
      new RegExp(
        `${torn.replace(/[.]/g, '\\.')}: invalid \\(1 problem\\)\\n  \\(file\\): The file is not valid JSON`
      )
    )
    expect(result.stderr).toContain('2 of 3 files invalid.')
    expect(result.stdout).toContain('good.quiz.json: valid')
  }, 30_000)

  it('prints text from the file with terminal controls spelled out, so a file cannot drive the terminal', async () => {
    const hostile = smallQuizInput()
    hostile.title = 'Quiz \u001b]0;owned\u0007 \u009b2J \u202eevil'
    hostile.items[1]!.target = { exact: 'gone \u001b[31m red' }
    const file = join(folder, 'hostile.quiz.json')
    await writeFile(file, JSON.stringify(hostile))
    const result = await validate(file)
    const printed = result.stdout + result.stderr
    expect(printed).not.toMatch(/[\u001b\u0007\u009b\u202e]/)
    expect(printed).toContain('\\u001b[31m red')
  }, 30_000)
})

import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { npmRun } from '../../fixtures/npm-run'

const root = join(import.meta.dirname, '../../..')
let folder: string

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'says-who-draft-lang-'))
})
afterAll(() => rm(folder, { recursive: true, force: true }))

/** The article text of a test quiz, headline first, as a teacher would save it. */
async function articleOf(quizFile: string, name: string): Promise<string> {
  const quiz = JSON.parse(await readFile(join(root, 'tests/fixtures/quizzes', quizFile), 'utf8'))
  const file = join(folder, name)
  await writeFile(file, `${quiz.article.headline}\n\n${quiz.article.text}\n`)
  return file
}

const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false
  )

describe('npm run draft on an article that is not in English', () => {
  it('says drafting is English-only for an Arabic article and writes nothing', async () => {
    const article = await articleOf('afghans-deny-agent-ar.quiz.json', 'arabic.txt')
    const out = join(folder, 'arabic.quiz.json')
    const result = await npmRun('draft', article, '--out', out)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(
      'drafting suggestions work only for English articles; this article is written in Arabic script.'
    )
    expect(await exists(out)).toBe(false)
  }, 30_000)

  it('goes by --language too: a Greek article named as such is refused by its language', async () => {
    const article = await articleOf('pentagon-gunship-el.quiz.json', 'greek.txt')
    const out = join(folder, 'greek.quiz.json')
    const result = await npmRun('draft', article, '--out', out, '--language', 'el')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('this article is in Greek (--language el)')
    expect(await exists(out)).toBe(false)
    const wrongTag = await npmRun('draft', article, '--language', 'Greek')
    expect(wrongTag.code).toBe(2)
    expect(wrongTag.stderr).toContain('--language "Greek" is not a language tag')
  }, 30_000)

  it('drafts an English article tagged en-GB, keeping the tag', async () => {
    const article = join(folder, 'english.txt')
    await writeFile(
      article,
      'Bridge is safe\n\nThe minister said on Friday that the bridge is safe.\n'
    )
    const out = join(folder, 'english.quiz.json')
    const result = await npmRun('draft', article, '--out', out, '--language', 'en-GB')
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(JSON.parse(await readFile(out, 'utf8')).language).toBe('en-GB')
  }, 30_000)
})

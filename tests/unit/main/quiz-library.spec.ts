import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { smallQuizInput } from '../../fixtures/quizzes'
import { tempApp, type TempApp } from '../../fixtures/temp-data'

let app: TempApp
beforeEach(async () => {
  app = await tempApp()
})
afterEach(() => app.cleanup())

function otherQuizText(): string {
  return JSON.stringify({ ...smallQuizInput(), id: 'other-quiz', title: 'Another quiz' })
}

describe('the quiz library', () => {
  it('lists the shipped quizzes with their item counts', async () => {
    const { entries, notices } = await app.handlers.listLibrary()
    expect(entries.map((e) => [e.title, e.itemCount, e.origin])).toEqual([
      ['A small quiz', 4, 'bundled'],
      ['The Taliban, ISIS-K and the Moscow attack', 59, 'bundled']
    ])
    // The card's topic, article length and level come with the entry.
    expect(entries[1]).toMatchObject({
      topic: 'Terrorism and the Moscow attack',
      level: 'advanced',
      wordCount: expect.any(Number)
    })
    expect(entries[1]!.wordCount).toBeGreaterThan(300)
    expect(entries[0]!.topic).toBeUndefined()
    expect(notices).toEqual([])
  })

  it('adds a valid quiz file and keeps a copy in the data folder', async () => {
    const outcome = await app.handlers.importQuizText({
      fileName: 'other.quiz.json',
      text: otherQuizText()
    })
    expect(outcome).toMatchObject({
      status: 'imported',
      alreadyPresent: false,
      entry: { title: 'Another quiz', origin: 'imported' }
    })
    const files = await readdir(join(app.dataDir, 'library'))
    expect(files.filter((name) => name.endsWith('.quiz.json'))).toHaveLength(1)
    const { entries } = await app.handlers.listLibrary()
    expect(entries.map((e) => e.title)).toContain('Another quiz')
  })

  it('recognises a quiz it already has, however the file is formatted', async () => {
    const outcome = await app.handlers.importQuizText({
      fileName: 'copy.json',
      text: JSON.stringify(smallQuizInput(), null, 8)
    })
    expect(outcome).toMatchObject({
      status: 'imported',
      alreadyPresent: true,
      entry: { key: 'bundled:small.quiz.json' }
    })
    expect((await app.handlers.listLibrary()).entries).toHaveLength(2)
  })

  it('refuses an invalid file with its problems and changes nothing', async () => {
    const broken = JSON.stringify({
      ...smallQuizInput(),
      items: [
        {
          type: 'classify',
          id: 'x',
          target: { exact: 'nowhere' },
          answer: 'fact',
          explanation: 'e'
        }
      ]
    })
    const outcome = await app.handlers.importQuizText({
      fileName: 'broken.quiz.json',
      text: broken
    })
    expect(outcome).toEqual({
      status: 'invalid',
      fileName: 'broken.quiz.json',
      issues: [
        {
          path: 'items[0].target',
          message: 'Item "x": The quote "nowhere" is not in the article text.'
        }
      ]
    })
    expect((await app.handlers.listLibrary()).entries).toHaveLength(2)
  })

  it('opens the file the person picks, and does nothing when they cancel', async () => {
    const file = join(app.root, 'picked.quiz.json')
    await writeFile(file, otherQuizText())
    app.chooseNext(file)
    expect(await app.handlers.openQuizFile()).toMatchObject({
      status: 'imported',
      entry: { title: 'Another quiz' }
    })
    app.chooseNext(null)
    expect(await app.handlers.openQuizFile()).toEqual({ status: 'cancelled' })
  })

  it('refuses a picked file over 2 MB before reading it', async () => {
    const file = join(app.root, 'huge.quiz.json')
    await writeFile(file, ' '.repeat(2_500_000))
    app.chooseNext(file)
    await expect(app.handlers.openQuizFile()).rejects.toThrow(
      'Could not read huge.quiz.json: it is 2.5 MB, more than the 2 MB allowed.'
    )
  })

  it('opens a quiz file saved with a UTF-8 byte-order mark, as Windows Notepad writes it', async () => {
    const outcome = await app.handlers.importQuizText({
      fileName: 'notepad.quiz.json',
      text: `\uFEFF${otherQuizText()}`
    })
    expect(outcome).toMatchObject({ status: 'imported', entry: { title: 'Another quiz' } })
    // The copy kept in the library reads back too.
    const { entries, notices } = await app.handlers.listLibrary()
    expect(entries.map((e) => e.title)).toContain('Another quiz')
    expect(notices).toEqual([])
  })

  it('tells a result file apart from a broken quiz, and adds nothing', async () => {
    const outcome = await app.handlers.importQuizText({
      fileName: 'amira.result.json',
      text: JSON.stringify({ format: 'says-who/result@1', attempts: [] })
    })
    expect(outcome).toEqual({ status: 'result-file', fileName: 'amira.result.json' })
    expect((await app.handlers.listLibrary()).entries).toHaveLength(2)
  })

  it('reports a broken shipped quiz by name and lists the others', async () => {
    await writeFile(join(app.bundledDir, 'broken.quiz.json'), '{"format": "says-who/quiz@1"')
    const { entries, notices } = await app.handlers.listLibrary()
    expect(entries).toHaveLength(2)
    expect(notices).toEqual([
      {
        file: 'broken.quiz.json',
        message: expect.stringMatching(
          /^broken\.quiz\.json is not a valid quiz \(file: The file is not valid JSON/
        )
      }
    ])
  })
})

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DOMParser } from '@xmldom/xmldom'
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import type { FileRequest } from '../../../src/main/services/file-dialog'
import { quizExportHandlers } from '../../../src/main/services/quiz-export'
import { QuizLibrary } from '../../../src/main/services/quiz-library'
import { TEACHER_LOCKED_MESSAGE } from '../../../src/shared/teacher-mode'
import { hostileQuiz } from '../../fixtures/export-quizzes'
import { tempApp, type TempApp } from '../../fixtures/temp-data'

let app: TempApp | null = null
afterEach(async () => {
  await app?.cleanup()
  app = null
})

async function setUp() {
  app = await tempApp()
  const requests: FileRequest[] = []
  let answer: string | null = null
  const handlers = quizExportHandlers({
    library: new QuizLibrary(app.bundledDir, app.dataDir),
    chooseFile: async (request) => {
      requests.push(request)
      return answer
    }
  })
  const { entries } = await app.handlers.listLibrary()
  const key = (title: string) => entries.find((entry) => entry.title.includes(title))?.key ?? ''
  return { app, handlers, requests, answerWith: (path: string | null) => (answer = path), key }
}

const xmlRoot = (text: string) =>
  new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`)
    }
  }).parseFromString(text, 'text/xml').documentElement

describe('exporting a library quiz', () => {
  it('writes Moodle XML where the teacher chose, saying what was left out', async () => {
    const { app, handlers, requests, answerWith, key } = await setUp()
    const path = join(app.root, 'week 3.xml')
    answerWith(path)
    const outcome = await handlers.exportQuiz({ key: key('Taliban'), format: 'moodle-xml' })
    expect(requests).toEqual([
      { purpose: 'save-moodle-xml', suggestedName: 'taliban-isis-k.moodle.xml' }
    ])
    expect(outcome).toEqual({
      status: 'saved',
      format: 'moodle-xml',
      fileName: 'week 3.xml',
      exported: 48,
      leftOut: [
        { type: 'find-clue', count: 9 },
        { type: 'timeline', count: 2 }
      ]
    })
    const root = xmlRoot(await readFile(path, 'utf8'))
    expect(root?.getElementsByTagName('question')).toHaveLength(49)
  })

  it('writes GIFT with the "Which label?" items only', async () => {
    const { app, handlers, requests, answerWith, key } = await setUp()
    const path = join(app.root, 'labels.gift.txt')
    answerWith(path)
    const outcome = await handlers.exportQuiz({ key: key('Taliban'), format: 'gift' })
    expect(requests[0]).toEqual({ purpose: 'save-gift', suggestedName: 'taliban-isis-k.gift.txt' })
    expect(outcome).toMatchObject({ status: 'saved', exported: 31 })
    const text = await readFile(path, 'utf8')
    expect(text.match(/^::/gmu)).toHaveLength(31)
  })

  it('writes a QTI 3 zip with the manifest, the test and every item', async () => {
    const { app, handlers, requests, answerWith, key } = await setUp()
    const path = join(app.root, 'package.zip')
    answerWith(path)
    const outcome = await handlers.exportQuiz({ key: key('Taliban'), format: 'qti3' })
    expect(requests[0]).toEqual({ purpose: 'save-qti', suggestedName: 'taliban-isis-k.qti3.zip' })
    expect(outcome).toMatchObject({ status: 'saved', exported: 48 })
    const entries = unzipSync(new Uint8Array(await readFile(path)))
    const names = Object.keys(entries)
    expect(names[0]).toBe('imsmanifest.xml')
    expect(names).toContain('assessment-test.xml')
    expect(names.filter((name) => name.startsWith('items/'))).toHaveLength(48)
    const manifest = xmlRoot(strFromU8(entries['imsmanifest.xml'] as Uint8Array))
    expect(manifest?.getElementsByTagName('resource')).toHaveLength(49)
  })

  it('opens no dialog when nothing fits the format, and says what was left out', async () => {
    const { app, handlers, requests } = await setUp()
    const quiz = hostileQuiz()
    const noLabels = { ...quiz, items: quiz.items.filter((item) => item.type !== 'classify') }
    const imported = await app.handlers.importQuizText({
      fileName: 'no-labels.quiz.json',
      text: JSON.stringify(noLabels)
    })
    if (imported.status !== 'imported') throw new Error(`not imported: ${JSON.stringify(imported)}`)
    const outcome = await handlers.exportQuiz({ key: imported.entry.key, format: 'gift' })
    expect(outcome).toEqual({
      status: 'empty',
      format: 'gift',
      leftOut: [
        { type: 'who-says', count: 1 },
        { type: 'frame', count: 1 },
        { type: 'when', count: 1 },
        { type: 'find-clue', count: 1 },
        { type: 'timeline', count: 1 }
      ]
    })
    expect(requests).toEqual([])
  })

  it('writes nothing when the teacher cancels', async () => {
    const { handlers, answerWith, key } = await setUp()
    answerWith(null)
    expect(await handlers.exportQuiz({ key: key('Taliban'), format: 'qti3' })).toEqual({
      status: 'cancelled'
    })
  })

  it('is a teacher channel, and its argument is checked', async () => {
    app = await tempApp({ teacher: 'locked' })
    const { entries } = await app.handlers.listLibrary()
    const key = entries[0]?.key ?? ''
    expect(await app.dispatch('exportQuiz', { key, format: 'moodle-xml' })).toMatchObject({
      ok: false,
      error: { message: TEACHER_LOCKED_MESSAGE }
    })
    expect(await app.dispatch('exportQuiz', { key, format: 'docx' })).toMatchObject({ ok: false })
  })
})

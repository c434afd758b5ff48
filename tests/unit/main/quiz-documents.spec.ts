import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readArticleFile } from '../../../src/main/services/article-import'
import { smallQuizInput } from '../../fixtures/quizzes'
import { tempApp, type TempApp } from '../../fixtures/temp-data'

let app: TempApp
beforeEach(async () => {
  app = await tempApp()
})
afterEach(() => app.cleanup())

describe('saving a quiz file from the editor', () => {
  it('refuses an invalid quiz and leaves the file on disk as it was', async () => {
    const file = join(app.root, 'class.quiz.json')
    const original = JSON.stringify(smallQuizInput())
    await writeFile(file, original)
    app.chooseNext(file)
    const opened = await app.handlers.openQuizForEditing()
    if (opened.status !== 'opened') throw new Error(opened.status)
    const broken = { ...smallQuizInput(), items: [] }
    const outcome = await app.handlers.saveQuizFile({
      documentId: opened.documentId,
      saveAs: false,
      suggestedName: 'class.quiz.json',
      text: JSON.stringify(broken)
    })
    expect(outcome).toMatchObject({ status: 'invalid', issues: [{ path: 'items' }] })
    expect(await readFile(file, 'utf8')).toBe(original)
  })

  it('writes to the chosen file on Save As, and does nothing when the dialog is cancelled', async () => {
    app.chooseNext(null)
    const text = JSON.stringify(smallQuizInput())
    expect(
      await app.handlers.saveQuizFile({ saveAs: true, suggestedName: 'a.quiz.json', text })
    ).toEqual({ status: 'cancelled' })
    const file = join(app.root, 'new.quiz.json')
    app.chooseNext(file)
    const saved = await app.handlers.saveQuizFile({
      saveAs: true,
      suggestedName: 'a.quiz.json',
      text
    })
    expect(saved).toMatchObject({ status: 'saved', fileName: 'new.quiz.json' })
    expect(await readFile(file, 'utf8')).toBe(text)
  })

  it('refuses to write for a document id it never handed out', async () => {
    const outcome = await app.handlers.saveQuizFile({
      documentId: '8d3f6a5e-0b1c-4c8e-9f1a-2b3c4d5e6f70',
      saveAs: false,
      suggestedName: 'a.quiz.json',
      text: JSON.stringify(smallQuizInput())
    })
    expect(outcome).toMatchObject({ status: 'invalid' })
  })
})

describe('opening an article file', () => {
  it('reduces a web page to its text: no script, style or link targets', async () => {
    const file = join(app.root, 'page.html')
    await writeFile(
      file,
      '<html><head><style>p{color:red}</style><script>steal()</script></head><body><nav>Menu</nav><h1>Minister Says Bridge Is Safe</h1><p>The minister <a href="https://evil.example">said</a> it is safe.</p><img src="x" onerror="steal()"><p>It opened in 1998.</p></body></html>'
    )
    expect(await readArticleFile(file)).toEqual({
      status: 'opened',
      fileName: 'page.html',
      text: 'Minister Says Bridge Is Safe\nThe minister said it is safe.\nIt opened in 1998.'
    })
  })

  it('reads Markdown as plain words and names a file of the wrong kind', async () => {
    const md = join(app.root, 'story.md')
    await writeFile(md, '# Headline here\n\nOfficials **said** it was [safe](http://x).\n')
    expect(await readArticleFile(md)).toMatchObject({
      text: 'Headline here\nOfficials said it was safe.'
    })
    const pdf = join(app.root, 'story.pdf')
    await writeFile(pdf, '%PDF')
    expect(await readArticleFile(pdf)).toEqual({
      status: 'unreadable',
      fileName: 'story.pdf',
      message: 'story.pdf: Says Who? reads articles from .txt, .md and .html files.'
    })
  })
})

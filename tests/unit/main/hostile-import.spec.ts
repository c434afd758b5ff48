import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { smallQuizInput } from '../../fixtures/quizzes'
import { tempApp, type TempApp } from '../../fixtures/temp-data'

let app: TempApp
beforeEach(async () => {
  app = await tempApp()
})
afterEach(() => app.cleanup())

describe('importing a hostile quiz file', () => {
  it('checks before it writes: a raw lone surrogate is refused and nothing lands in the library', async () => {
    const quiz = smallQuizInput()
    quiz.title = 'Broken \uD800 title'
    const outcome = await app.handlers.importQuizText({
      fileName: 'broken.quiz.json',
      // JSON.stringify escapes it; a file saved by a broken editor holds the raw code unit.
      text: JSON.stringify(quiz).replace('\\ud800', '\uD800')
    })
    expect(outcome).toMatchObject({ status: 'invalid', fileName: 'broken.quiz.json' })
    expect(JSON.stringify(outcome)).toContain('broken character')
    expect(await readdir(join(app.dataDir, 'library')).catch(() => [])).toEqual([])
    const { notices } = await app.handlers.listLibrary()
    expect(notices).toEqual([])
  })
})

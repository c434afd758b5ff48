import { readFileSync, readdirSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { validateQuizText } from '../../src/shared/quiz-validation'
import { resultFor, seededRandom } from '../fixtures/results'
import {
  PROJECT_ROOT,
  TEST_TEACHER_PIN,
  addLearnerByKeyboard,
  enterTeacherMode,
  expect,
  test
} from './harness'
import { useLibraryQuiz } from './report-quiz'

const articleQuizText = readFileSync(join(PROJECT_ROOT, 'quizzes/taliban-isis-k.quiz.json'), 'utf8')
const SHIPPED_QUIZZES = readdirSync(join(PROJECT_ROOT, 'quizzes')).filter((name) =>
  name.endsWith('.quiz.json')
).length

async function quizFile(name: string, id: string, title: string): Promise<string> {
  const quiz = JSON.parse(articleQuizText)
  Object.assign(quiz, { id, title })
  const file = test.info().outputPath(name)
  await writeFile(file, JSON.stringify(quiz))
  return file
}

/** Main focuses the window when a second launch hands a file over; the page asks on focus. */
async function windowComesForward(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('focus')))
}

test('a quiz file double-clicked to start the app is in the library once a learner chooses their name', async ({
  app
}) => {
  const { page } = app
  app.openFiles([await quizFile('week 3.quiz.json', 'week-three', 'Week three')])
  // The app starting with the file in its arguments: the window asks main at start.
  await app.restart()
  await expect(
    page.getByRole('status').filter({ hasText: 'Opened week 3.quiz.json' })
  ).toBeVisible()
  await addLearnerByKeyboard(page, 'Amira')
  await expect(page.getByRole('status').filter({ hasText: 'Week three was added' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Start Week three' })).toBeVisible()
  // Taken once: coming forward again does not import it a second time.
  await windowComesForward(page)
  await expect(page.locator('.quiz-card')).toHaveCount(SHIPPED_QUIZZES + 1)
})

test('a second launch with a quiz file brings it into the running app, on the library', async ({
  app
}) => {
  const { page } = app
  await addLearnerByKeyboard(page, 'Bea')
  await page.getByRole('link', { name: 'My history' }).click()
  app.openFiles([
    await quizFile('handed.quiz.json', 'handed-over', 'Handed over'),
    join(PROJECT_ROOT, 'package.json')
  ])
  await windowComesForward(page)
  await expect(page.getByRole('heading', { name: 'Quizzes', level: 1 })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Handed over was added' })).toBeVisible()
  await expect(page.locator('.quiz-card')).toHaveCount(SHIPPED_QUIZZES + 1)
})

test('a file handed over while the window is already asking for files is not left waiting', async ({
  app
}) => {
  const { page } = app
  await addLearnerByKeyboard(page, 'Cleo')
  // Main's answer to the page's request is held back until the test lets it through, so the
  // second launch's file arrives in main after it answered and before the page has the answer.
  await page.evaluate(() => {
    const api = (window as unknown as { saysWho: Record<string, () => Promise<unknown>> }).saysWho
    const take = api['takeOpenedFiles']!
    const w = window as unknown as { answered: boolean; release: () => void }
    w.answered = false
    api['takeOpenedFiles'] = async () => {
      const answer = await take()
      if (!w.answered) {
        w.answered = true
        await new Promise<void>((resolve) => (w.release = resolve))
      }
      return answer
    }
  })
  await windowComesForward(page)
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { answered: boolean }).answered))
    .toBe(true)
  app.openFiles([await quizFile('late.quiz.json', 'handed-late', 'Handed over late')])
  await windowComesForward(page)
  await page.evaluate(() => (window as unknown as { release: () => void }).release())
  await expect(
    page.getByRole('status').filter({ hasText: 'Handed over late was added' })
  ).toBeVisible()
  await expect(page.locator('.quiz-card')).toHaveCount(SHIPPED_QUIZZES + 1)
})

test('a result file opened with the app waits for teacher mode, then goes to the class report', async ({
  app
}) => {
  const { page } = app
  const validated = validateQuizText(articleQuizText)
  if (!validated.ok) throw new Error('the shipped quiz must be valid')
  const result = resultFor(validated.quiz, { name: 'Amira', ability: 0.8 }, seededRandom(3))
  const file = test.info().outputPath('amira.result.json')
  await writeFile(file, JSON.stringify(result))
  // Set a PIN first, then lock, as a classroom computer would be.
  await enterTeacherMode(page)
  await page.getByRole('button', { name: 'Lock teacher mode' }).click()
  await expect(
    page.getByRole('heading', { name: 'Who is learning today?', level: 1 })
  ).toBeVisible()

  app.openFiles([file])
  await windowComesForward(page)
  await expect(page.getByRole('heading', { name: 'Unlock teacher mode', level: 1 })).toBeVisible()
  await page.getByLabel('Teacher PIN').fill(TEST_TEACHER_PIN)
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByRole('heading', { name: 'Class report', level: 1 })).toBeVisible()
  await expect(page.getByText('Imported 1 file.')).toBeVisible()
  await useLibraryQuiz(page)
  await expect(page.getByRole('group', { name: 'Summary' })).toContainText(
    '1 file · 1 attempt counted'
  )
  await page.screenshot({ path: test.info().outputPath('pw-g-opened-result.png') })
  expect(app.errors).toEqual([])
})

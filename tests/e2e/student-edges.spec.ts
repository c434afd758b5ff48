import { existsSync, readdirSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { smallQuizInput } from '../fixtures/quizzes'
import {
  PROJECT_ROOT,
  SCREENSHOTS,
  addLearnerByKeyboard,
  expect,
  expectNoSeriousAxeViolations,
  tabTo,
  test,
  type AppHarness
} from './harness'

const TITLE = 'A small quiz'
/** The library shows the quizzes shipped in quizzes/ and nothing that failed to open. */
const SHIPPED_QUIZZES = readdirSync(join(PROJECT_ROOT, 'quizzes')).filter((name) =>
  name.endsWith('.quiz.json')
).length

/** Three items: allegation (key 1), fact (key 2), date (key 3); published on Monday 25 March 2024. */
function threeItemQuizText(): string {
  const quiz = smallQuizInput()
  quiz.items = quiz.items.slice(0, 3)
  return JSON.stringify(quiz, null, 2)
}

async function openQuizFile(app: AppHarness, name: string, text: string): Promise<void> {
  const file = test.info().outputPath(name)
  await writeFile(file, text)
  app.chooseNext(file)
  await app.page.getByRole('button', { name: 'Open quiz file…' }).click()
}

/** A learner with the three-item quiz in their library, on the library screen. */
async function learnerWithSmallQuiz(app: AppHarness, name = 'Amira'): Promise<void> {
  await addLearnerByKeyboard(app.page, name)
  await openQuizFile(app, 'small.quiz.json', threeItemQuizText())
  await expect(app.page.getByRole('status').filter({ hasText: `${TITLE} was added` })).toBeVisible()
}

/** Answers the item on screen with a number key and waits for its feedback. */
async function answer(page: Page, key: string, position: number, total = 3): Promise<void> {
  await expect(page.getByText(`Item ${position} of ${total}`)).toBeVisible()
  await page.keyboard.press(key)
  await expect(page.locator('.feedback h3')).toBeVisible()
}

async function goOn(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Next item|See my results/ }).click()
}

async function toLibrary(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Quizzes', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Quizzes', level: 1 })).toBeVisible()
}

async function toHistory(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'My history' }).first().click()
  await expect(page.getByRole('heading', { name: 'My history', level: 1 })).toBeVisible()
}

test('every item answered, then the app closed before "See my results": the attempt is finished', async ({
  app
}) => {
  const { page } = app
  await learnerWithSmallQuiz(app)
  await page.getByRole('button', { name: `Start ${TITLE}` }).click()
  await answer(page, '1', 1)
  await goOn(page)
  await answer(page, '2', 2)
  await goOn(page)
  await answer(page, '1', 3)
  await expect(page.getByRole('button', { name: /See my results/ })).toBeVisible()

  await app.restart()
  await page.getByRole('button', { name: 'Amira' }).click()
  await expect(page.getByRole('heading', { name: 'Quizzes', level: 1 })).toBeVisible()
  await expect(page.locator('.quiz-card', { hasText: TITLE })).toContainText('Best score: 67%')
  await expect(page.getByRole('button', { name: /Resume/ })).toHaveCount(0)
  await expect(page.getByText('Resume at item 4')).toHaveCount(0)

  await toHistory(page)
  const row = page.getByRole('row', { name: new RegExp(TITLE) })
  await expect(row).toContainText('Finished')
  await expect(row).toContainText('2 / 3 (67%)')
  await row.getByRole('link', { name: /Review/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You scored 2 out of 3 (67%)')
  expect(app.errors).toEqual([])
})

test('"Start over" asks first: Escape and "Keep it" keep the attempt, "Abandon" abandons it', async ({
  app
}) => {
  const { page } = app
  await learnerWithSmallQuiz(app)
  await page.getByRole('button', { name: `Start ${TITLE}` }).click()
  await answer(page, '1', 1)
  await goOn(page)
  await expect(page.getByText('Item 2 of 3')).toBeVisible()
  await toLibrary(page)

  const startOver = page.getByRole('button', { name: `Start ${TITLE} over` })
  const dialog = page.getByRole('dialog', { name: `Start ${TITLE} over?` })
  await startOver.focus()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('You are on item 2 of 3. Abandon it?')
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused()
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('a-start-over-dialog.png') })

  // Escape cancels and gives the focus back to the button.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(startOver).toBeFocused()

  await startOver.click()
  await dialog.getByRole('button', { name: 'Keep it' }).click()
  await expect(dialog).toBeHidden()
  await expect(startOver).toBeFocused()
  await page.getByRole('button', { name: 'Resume at item 2' }).click()
  await expect(page.getByText('Item 2 of 3')).toBeVisible()

  await toLibrary(page)
  await startOver.click()
  await dialog.getByRole('button', { name: 'Abandon and start over' }).click()
  await expect(page.getByText('Item 1 of 3')).toBeVisible()

  await toHistory(page)
  const statuses = page.getByRole('row', { name: new RegExp(TITLE) }).locator('td:nth-child(4)')
  await expect(statuses).toHaveText(['In progress', 'Stopped'])
  expect(app.errors).toEqual([])
})

test('practising missed items from History leaves the unfinished full attempt in progress', async ({
  app
}) => {
  const { page } = app
  await learnerWithSmallQuiz(app)
  // A finished attempt with two items missed.
  await page.getByRole('button', { name: `Start ${TITLE}` }).click()
  for (const position of [1, 2, 3]) {
    await answer(page, '1', position)
    await goOn(page)
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You scored 1 out of 3 (33%)')

  // A new full attempt, left after one item.
  await toLibrary(page)
  await page.getByRole('button', { name: `Start ${TITLE}` }).click()
  await answer(page, '1', 1)
  await goOn(page)
  await expect(page.getByText('Item 2 of 3')).toBeVisible()

  await toHistory(page)
  await page
    .getByRole('row', { name: /Finished/ })
    .getByRole('link', { name: /Review/ })
    .click()
  await page.getByRole('button', { name: 'Practise the 2 I missed' }).click()
  await expect(page.getByText('Item 1 of 2')).toBeVisible()

  await toLibrary(page)
  const banner = page.getByRole('complementary', { name: 'Unfinished quizzes' })
  await expect(banner.getByRole('button', { name: 'Resume at item 2' })).toBeVisible()
  await expect(banner.getByRole('button', { name: 'Resume practice at item 1' })).toBeVisible()
  await expect(banner).toContainText('A practice round of A small quiz: 0 of 2 items answered.')
  await page.screenshot({ path: test.info().outputPath('a-resume-banner.png') })
  await toHistory(page)
  await expect(page.getByRole('row', { name: /In progress/ })).toHaveCount(2)
  await expect(page.getByRole('cell', { name: 'Stopped', exact: true })).toHaveCount(0)
  expect(app.errors).toEqual([])
})

test('an unfinished attempt reads as answered so far, and exporting it warns first', async ({
  app
}) => {
  const { page } = app
  await learnerWithSmallQuiz(app)
  await page.getByRole('button', { name: `Start ${TITLE}` }).click()
  await answer(page, '1', 1)
  await goOn(page)
  await answer(page, '2', 2)
  await goOn(page)
  await toLibrary(page)
  await page.getByRole('button', { name: `Start ${TITLE} over` }).click()
  await page.getByRole('button', { name: 'Abandon and start over' }).click()
  await expect(page.getByText('Item 1 of 3')).toBeVisible()

  await toHistory(page)
  const stopped = page.getByRole('row', { name: /Stopped/ })
  await expect(stopped).toContainText('2 right of 2 answered')
  await expect(page.getByRole('row', { name: /In progress/ })).toContainText(
    '0 right of 0 answered'
  )

  // History: exporting a stopped attempt says the report will not count it; Go back does nothing.
  await stopped.getByRole('checkbox').check()
  const exportButton = page.getByRole('button', { name: 'Export 1 result as a file…' })
  await exportButton.click()
  const warning = page.getByRole('dialog', {
    name: "Your teacher's report will not count some of these"
  })
  await expect(warning).toContainText('1 of the 1 attempts you ticked is unfinished')
  await warning.getByRole('button', { name: 'Go back' }).click()
  await expect(warning).toBeHidden()
  await expect(exportButton).toBeFocused()
  await expect(page.getByText(/Saved your result/)).toHaveCount(0)

  // The summary of the stopped attempt.
  await stopped.getByRole('link', { name: /Review/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '2 right of 2 answered so far (3 items)'
  )
  await expect(page.locator('.summary')).not.toContainText('out of 3')
  await expect(page.locator('.summary')).not.toContainText('%)')
  await expect(page.getByRole('row', { name: 'Attributed allegation' })).toContainText('1 of 1')
  await expect(page.getByRole('row', { name: 'Reported fact' })).toContainText('1 of 1')
  await expect(page.getByRole('row', { name: 'Date or time' })).toHaveCount(0)
  await expect(page.getByText('Nothing missed. Well read!')).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Nothing missed so far' })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('a-partial-summary.png'), fullPage: true })

  const file = test.info().outputPath('amira.result.json')
  app.chooseNext(file)
  await page.getByRole('button', { name: 'Export this result as a file…' }).click()
  const single = page.getByRole('dialog', { name: "Your teacher's report will not count this" })
  await expect(single).toContainText('This attempt is stopped. The class report leaves it out.')
  await single.getByRole('button', { name: 'Go back' }).click()
  await expect(single).toBeHidden()
  expect(existsSync(file)).toBe(false)
  await page.getByRole('button', { name: 'Export this result as a file…' }).click()
  await single.getByRole('button', { name: 'Export anyway' }).click()
  await expect(page.getByText('Saved your result to amira.result.json')).toBeVisible()
  expect(JSON.parse(await readFile(file, 'utf8')).format).toBe('says-who/result@1')
  expect(app.errors).toEqual([])
})

test('the quiz screen shows the dateline above the headline and says "Not quite. The answer is:"', async ({
  app
}) => {
  const { page } = app
  await learnerWithSmallQuiz(app)
  await page.getByRole('button', { name: `Start ${TITLE}` }).click()
  const dateline = page.locator('.article-dateline')
  await expect(dateline).toHaveText('Test fixture · Monday, 25 March 2024')
  await expect(dateline.locator('time')).toHaveAttribute('datetime', '2024-03-25')
  const datelineBox = await dateline.boundingBox()
  const headlineBox = await page.locator('.article-headline').boundingBox()
  expect(datelineBox!.y).toBeLessThan(headlineBox!.y)

  await page.keyboard.press('2')
  await expect(page.locator('.feedback h3')).toHaveText(
    '✗ Not quite. The answer is: Attributed allegation'
  )
  await expect(page.locator('.feedback-chosen')).toHaveText('You chose Reported fact.')
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: join(SCREENSHOTS, 'question-dateline.png') })
  expect(app.errors).toEqual([])
})

test('a result file opened in the library is named as one for the teacher, by dialog or by drop', async ({
  app
}) => {
  const { page } = app
  await addLearnerByKeyboard(page, 'Ben')
  const resultText = JSON.stringify({
    format: 'says-who/result@1',
    exportedAt: '2024-03-25T10:00:00.000Z',
    learner: { name: 'Ben' },
    attempts: []
  })
  await openQuizFile(app, 'ben.result.json', resultText)
  const report = page.getByRole('alert').filter({ hasText: 'ben.result.json' })
  await expect(report).toContainText('ben.result.json is a result file, not a quiz')
  await expect(report).toContainText('hand it to your teacher')
  await expect(report).not.toContainText('Fix these')
  await expect(page.locator('.quiz-card')).toHaveCount(SHIPPED_QUIZZES)

  await page.evaluate((text) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([text], 'dropped.result.json', { type: 'application/json' }))
    window.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })
    )
  }, resultText)
  await expect(page.getByRole('alert').filter({ hasText: 'dropped.result.json' })).toContainText(
    'is a result file, not a quiz'
  )
  expect(app.errors).toEqual([])
})

test('a quiz file saved with a byte-order mark opens, and its success notice is not in the error colour', async ({
  app
}) => {
  const { page } = app
  await addLearnerByKeyboard(page, 'Chloé')
  await openQuizFile(app, 'notepad.quiz.json', `\uFEFF${threeItemQuizText()}`)
  const success = page.locator('.import-report', { hasText: `${TITLE} was added` })
  await expect(success).toBeVisible()
  await expect(success).toHaveAttribute('role', 'status')
  await expect(success).toContainText('✓')
  await expect(page.locator('.quiz-card', { hasText: TITLE })).toBeVisible()
  const successColour = await success.evaluate((el) => getComputedStyle(el).borderLeftColor)

  await openQuizFile(app, 'torn.quiz.json', '{"format": "says-who/quiz@1", "items": [')
  const failure = page.getByRole('alert').filter({ hasText: 'torn.quiz.json' })
  await expect(failure).toContainText('not valid JSON')
  const errorColour = await failure.evaluate((el) => getComputedStyle(el).borderLeftColor)
  expect(successColour).not.toBe(errorColour)
  expect(app.errors).toEqual([])
})

test('a name of punctuation alone is refused with a sentence in the interface language, and nothing is added', async ({
  app
}) => {
  const { page } = app
  await tabTo(page, page.getByLabel('Add a learner'))
  await page.keyboard.type('   .   ')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('alert')).toHaveText('Type a name with at least one letter or digit.')
  await expect(page.getByLabel('Add a learner')).toBeFocused()
  await page.getByLabel('Language').selectOption('es')
  await page.getByLabel('Añadir un alumno').press('Enter')
  await expect(page.getByRole('alert')).toHaveText(
    'Escribe un nombre con al menos una letra o una cifra.'
  )
  await expect(page.locator('.profile-list')).toHaveCount(0)
  expect(app.errors).toEqual([])
})

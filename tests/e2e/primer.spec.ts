import { join } from 'node:path'
import {
  PRIMER_HEADING,
  SCREENSHOTS,
  addLearnerByKeyboard,
  expect,
  expectNoSeriousAxeViolations,
  stopSkippingPrimer,
  tabTo,
  test
} from './harness'

const TALIBAN = /^Start The Taliban/

test.beforeEach(async ({ app }) => {
  // This spec is about the primer: no skipping it behind the test's back.
  await stopSkippingPrimer(app.page)
})

test("the primer comes before a learner's first quiz, by keyboard, with examples from the quiz's article", async ({
  app
}) => {
  const { page } = app
  await addLearnerByKeyboard(page, 'Amira')
  await tabTo(page, page.getByRole('button', { name: TALIBAN }))
  await page.keyboard.press('Enter')
  const heading = page.getByRole('heading', { name: PRIMER_HEADING, level: 1 })
  await expect(heading).toBeFocused()
  // An example of each label from this very article, with the clues and the verbs' stances.
  const labels = page.locator('.primer-labels > li')
  await expect(labels).toHaveCount(3)
  await expect(labels.nth(0)).toContainText('Attributed allegation')
  await expect(labels.nth(0)).toContainText('ISIS operating in Afghanistan')
  await expect(labels.nth(2)).toContainText('Date or time')
  await expect(page.getByText('Unnamed sources')).toBeVisible()
  await expect(page.getByText("Against the speaker's interest")).toBeVisible()
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: join(SCREENSHOTS, 'primer.png'), fullPage: true })

  await tabTo(page, page.getByRole('button', { name: 'Start the quiz', exact: true }))
  await page.keyboard.press('Enter')
  await expect(page.getByText(/^Item 1 of \d+$/)).toBeVisible()
  await expect(page.locator(':focus')).not.toHaveCount(0)
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY')
})

test('the primer is remembered per learner, across a restart, and skipping it counts', async ({
  app
}) => {
  const { page } = app
  await addLearnerByKeyboard(page, 'Amira')
  await page.getByRole('button', { name: TALIBAN }).click()
  await page.getByRole('button', { name: 'Skip this and start the quiz' }).click()
  await expect(page.getByText(/^Item 1 of \d+$/)).toBeVisible()

  await app.restart()
  await page.getByRole('button', { name: 'Amira' }).click()
  await page
    .getByRole('button', { name: /^Start .* over$/ })
    .first()
    .click()
  await page.getByRole('button', { name: 'Abandon and start over' }).click()
  await expect(page.getByText(/^Item 1 of \d+$/)).toBeVisible()
  await expect(page.getByRole('heading', { name: PRIMER_HEADING })).toHaveCount(0)

  // Another learner on the same computer has not seen it.
  await page.getByRole('button', { name: 'Switch learner' }).click()
  await addLearnerByKeyboard(page, 'Ben')
  await page.getByRole('button', { name: TALIBAN }).click()
  await expect(page.getByRole('heading', { name: PRIMER_HEADING })).toBeVisible()
})

test('the primer is reachable from the quiz, and going back returns to the same item', async ({
  app
}) => {
  const { page } = app
  await addLearnerByKeyboard(page, 'Amira')
  await page.getByRole('button', { name: TALIBAN }).click()
  await page.getByRole('button', { name: 'Skip this and start the quiz' }).click()
  await expect(page.getByText(/^Item 1 of \d+$/)).toBeVisible()
  await page.keyboard.press('1')
  await page.getByRole('button', { name: /Next item/ }).click()
  await expect(page.getByText(/^Item 2 of \d+$/)).toBeVisible()

  await tabTo(page, page.getByRole('link', { name: 'How to tell' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: PRIMER_HEADING, level: 1 })).toBeFocused()
  await expect(page.getByRole('button', { name: 'Skip this and start the quiz' })).toHaveCount(0)
  await tabTo(page, page.getByRole('button', { name: 'Back to the quiz' }))
  await page.keyboard.press('Enter')
  await expect(page.getByText(/^Item 2 of \d+$/)).toBeVisible()
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY')
})

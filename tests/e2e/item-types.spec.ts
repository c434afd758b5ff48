import { join } from 'node:path'
import type { Page } from '@playwright/test'
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

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/quizzes/mixed-types.quiz.json')
const TITLE = 'The bridge: every kind of item'

async function next(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: /Next item|See my results/ })).toBeFocused()
  await page.keyboard.press('Enter')
}

async function look(page: Page, shots: string | null, type: string): Promise<void> {
  await expectNoSeriousAxeViolations(page)
  if (shots) await page.screenshot({ path: join(shots, `item-${type}.png`) })
}

/** Marks "according to" in the clue sentence: Tab to the sentence, arrows and Space. */
async function markAccordingTo(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Find the clue', level: 1 })).toBeVisible()
  await tabTo(page, page.locator('button.clue-word[tabindex="0"]'))
  await page.keyboard.press('Home')
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight')
  await expect(page.locator('button.clue-word:focus')).toHaveText(/^according/)
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Space')
  await expect(page.locator('button.clue-word[aria-pressed="true"]')).toHaveCount(2)
}

/** The events into their right order by Alt+Arrow keys alone, then Check order. */
async function orderByKeyboard(page: Page): Promise<void> {
  const right = ['opened', 'safe', 'closed']
  const order = () =>
    page.locator('li.timeline-event').evaluateAll((rows) => rows.map((r) => r.dataset['event']))
  for (let place = 0; place < right.length; place++) {
    const id = right[place]!
    let at = (await order()).indexOf(id)
    if (at === place) continue
    await tabTo(page, page.locator(`li.timeline-event[data-event="${id}"]`))
    while (at > place) {
      await page.keyboard.press('Alt+ArrowUp')
      at--
      await expect(page.locator(`li.timeline-event[data-event="${id}"]`)).toBeFocused()
    }
  }
  expect(await order()).toEqual(right)
  await tabTo(page, page.getByRole('button', { name: 'Check order' }))
  await page.keyboard.press('Enter')
}

/** Takes the mixed quiz by keyboard alone; restarts the app in the middle of "Find the clue". */
async function takeMixedQuiz(app: AppHarness, shots: string | null, restart: boolean) {
  const { page } = app
  await addLearnerByKeyboard(page, 'Amira')
  app.chooseNext(FIXTURE)
  await tabTo(page, page.getByRole('button', { name: 'Open quiz file…' }))
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByRole('button', { name: `Start ${TITLE}` }))
  await page.keyboard.press('Enter')

  await expect(
    page.getByRole('heading', { name: 'What is the highlighted passage?' })
  ).toBeVisible()
  await page.keyboard.press('1')
  await expect(page.locator('.feedback h3')).toContainText('✓ Right')
  await next(page)

  await expect(page.getByRole('heading', { name: 'Who says it?', level: 1 })).toBeVisible()
  await look(page, null, 'who-says-question')
  await page.keyboard.press('1')
  await expect(page.locator('.feedback h3')).toHaveText('✓ Right: Engineers from the city council')
  await expect(page.locator('article mark.mark-speaker')).toHaveText(
    'Engineers from the city council'
  )
  await look(page, shots, 'who-says')
  await next(page)

  await markAccordingTo(page)
  await look(page, null, 'find-clue-question')
  if (restart) {
    // Close the app with two words marked but not checked, and start it again.
    await app.restart()
    await tabTo(page, page.getByRole('button', { name: 'Amira' }))
    await page.keyboard.press('Enter')
    await tabTo(page, page.getByRole('button', { name: 'Resume at item 3' }))
    await page.keyboard.press('Enter')
    await expect(page.getByText('Item 3 of 6')).toBeVisible()
    // Marks are only kept once checked: the sentence asks again from the start.
    await expect(page.locator('button.clue-word[aria-pressed="true"]')).toHaveCount(0)
    await markAccordingTo(page)
  }
  await page.keyboard.press('Enter')
  await expect(page.locator('.feedback h3')).toHaveText('✓ Right: “according to”')
  await expect(page.locator('article mark.mark-cue')).toHaveText('according to')
  await look(page, shots, 'find-clue')
  await next(page)

  await expect(
    page.getByRole('heading', { name: 'How does the reporter frame it?', level: 1 })
  ).toBeVisible()
  await expect(page.locator('article mark.mark-cue')).toHaveText('claimed')
  await look(page, null, 'frame-question')
  await page.keyboard.press('2')
  await expect(page.locator('.feedback h3')).toHaveText('✓ Right: Distancing or doubtful')
  await look(page, shots, 'frame')
  await next(page)

  await expect(page.getByRole('heading', { name: 'When?', level: 1 })).toBeVisible()
  await look(page, null, 'when-question')
  await page.keyboard.press('2')
  await expect(page.locator('.feedback h3')).toHaveText(
    '✗ Not quite. The answer is: Friday 22 March 2024'
  )
  await look(page, shots, 'when')
  await next(page)

  await expect(page.getByRole('heading', { name: 'Put in order', level: 1 })).toBeVisible()
  await expect(page.locator('article mark.mark-target')).toHaveCount(3)
  await look(page, null, 'timeline-question')
  await orderByKeyboard(page)
  await expect(page.locator('.feedback h3')).toContainText('✓ Right')
  await expect(page.locator('.feedback-order li').first()).toHaveText(
    '“The bridge opened in 1998”: 1998'
  )
  await look(page, shots, 'timeline')
  await next(page)
}

test('a learner takes a quiz of every item type by keyboard, resumes after a restart in "Find the clue", and sees the skills', async ({
  app
}) => {
  const { page } = app
  await takeMixedQuiz(app, SCREENSHOTS, true)

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You scored 5 out of 6 (83%)')
  const skills = page.locator('table.skill-table')
  await expect(skills.getByRole('row', { name: /Spotting claims/ })).toContainText('2 of 2')
  await expect(skills.getByRole('row', { name: /Finding the source/ })).toContainText('1 of 1')
  await expect(skills.getByRole('row', { name: /Reading the verb/ })).toContainText('1 of 1')
  await expect(skills.getByRole('row', { name: /Working out when/ })).toContainText('1 of 2')
  await expect(page.getByRole('row', { name: 'Attributed allegation' })).toContainText('1 of 1')
  await expect(page.locator('.missed-item')).toHaveCount(1)
  await expect(page.locator('.missed-item')).toContainText(
    'You chose Friday 29 March 2024; the answer is Friday 22 March 2024.'
  )
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: join(SCREENSHOTS, 'summary-skills.png'), fullPage: true })

  await tabTo(page, page.getByRole('link', { name: 'My history' }).first())
  await page.keyboard.press('Enter')
  const row = page.getByRole('row', { name: new RegExp(TITLE) })
  await expect(row).toContainText('5 / 6 (83%)')
  await expect(row).toContainText('Working out when 1 of 2')
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('history-skills.png') })
  expect(app.errors).toEqual([])
})

test('every item type at 1024×640 in dark mode', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1024, height: 640 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await takeMixedQuiz(app, test.info().outputPath(), false)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You scored 5 out of 6 (83%)')
  await page.screenshot({ path: test.info().outputPath('dark-summary.png'), fullPage: true })
  expect(app.errors).toEqual([])
})

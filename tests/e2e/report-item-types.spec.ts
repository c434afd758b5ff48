import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import Papa from 'papaparse'
import {
  PROJECT_ROOT,
  SCREENSHOTS,
  addLearnerByKeyboard,
  enterTeacherMode,
  expect,
  expectNoSeriousAxeViolations,
  tabTo,
  test,
  type AppHarness
} from './harness'

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/quizzes/mixed-types.quiz.json')
const TITLE = 'The bridge: every kind of item'

/** How one learner answers the six items: keys for the choices, the clue words, the order. */
interface Answers {
  label: string
  source: string
  clue: 'according to' | 'first word'
  stance: string
  date: string
  order: string[]
}

async function next(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: /Next item|See my results/ })).toBeFocused()
  await page.keyboard.press('Enter')
}

/** Marks words of the clue sentence with the arrow keys and Space, then checks with Enter. */
async function markClue(page: Page, clue: Answers['clue']): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Find the clue', level: 1 })).toBeVisible()
  await tabTo(page, page.locator('button.clue-word[tabindex="0"]'))
  await page.keyboard.press('Home')
  if (clue === 'according to') {
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowRight')
  }
  await page.keyboard.press('Space')
  await page.keyboard.press('Enter')
}

/** The events into the given order by Alt+Arrow keys alone, then Check order. */
async function order(page: Page, wanted: string[]): Promise<void> {
  const shown = () =>
    page.locator('li.timeline-event').evaluateAll((rows) => rows.map((r) => r.dataset['event']))
  for (let place = 0; place < wanted.length; place++) {
    const id = wanted[place]!
    let at = (await shown()).indexOf(id)
    if (at === place) continue
    await tabTo(page, page.locator(`li.timeline-event[data-event="${id}"]`))
    while (at > place) {
      await page.keyboard.press('Alt+ArrowUp')
      at--
    }
  }
  expect(await shown()).toEqual(wanted)
  await tabTo(page, page.getByRole('button', { name: 'Check order' }))
  await page.keyboard.press('Enter')
}

/** A learner takes the mixed quiz through the student screens and exports the result file. */
async function takeAndExport(
  app: AppHarness,
  name: string,
  answers: Answers,
  file: string,
  first: boolean
): Promise<void> {
  const { page } = app
  if (!first) await page.getByRole('link', { name: 'Learners' }).click()
  await addLearnerByKeyboard(page, name)
  if (first) {
    app.chooseNext(FIXTURE)
    await page.getByRole('button', { name: 'Open quiz file…' }).click()
  }
  await page.getByRole('button', { name: `Start ${TITLE}` }).click()
  await expect(
    page.getByRole('heading', { name: 'What is the highlighted passage?' })
  ).toBeVisible()
  await page.keyboard.press(answers.label)
  await next(page)
  await expect(page.getByRole('heading', { name: 'Who says it?', level: 1 })).toBeVisible()
  await page.keyboard.press(answers.source)
  await next(page)
  await markClue(page, answers.clue)
  await next(page)
  await expect(
    page.getByRole('heading', { name: 'How does the reporter frame it?', level: 1 })
  ).toBeVisible()
  await page.keyboard.press(answers.stance)
  await next(page)
  await expect(page.getByRole('heading', { name: 'When?', level: 1 })).toBeVisible()
  await page.keyboard.press(answers.date)
  await next(page)
  await expect(page.getByRole('heading', { name: 'Put in order', level: 1 })).toBeVisible()
  await order(page, answers.order)
  await next(page)
  app.chooseNext(file)
  await page.getByRole('button', { name: 'Export this result as a file…' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Hand this file to your teacher' })
  ).toBeVisible()
  await page.getByRole('button', { name: 'Switch learner' }).click()
}

test('the class report of a quiz of every item type shows each type, its answers and the per-skill breakdown', async ({
  app
}) => {
  test.setTimeout(120_000)
  const { page } = app
  const amira = test.info().outputPath('amira.result.json')
  const ben = test.info().outputPath('ben.result.json')
  // Amira misses only the date; Ben gets only the date right.
  await takeAndExport(
    app,
    'Amira',
    {
      label: '1',
      source: '1',
      clue: 'according to',
      stance: '2',
      date: '2',
      order: ['opened', 'safe', 'closed']
    },
    amira,
    true
  )
  await takeAndExport(
    app,
    'Ben',
    {
      label: '2',
      source: '3',
      clue: 'first word',
      stance: '1',
      date: '1',
      order: ['closed', 'safe', 'opened']
    },
    ben,
    false
  )

  await enterTeacherMode(page)
  await page.getByRole('link', { name: 'Teacher: class report' }).click()
  await page.getByLabel('From the library').selectOption({ label: TITLE })
  await page.getByRole('button', { name: 'Use this quiz' }).click()
  await expect(page.getByRole('heading', { name: `Class report: ${TITLE}` })).toBeVisible()
  app.chooseNext([amira, ben])
  await page.getByRole('button', { name: 'Import result files…' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 files' })).toBeVisible()
  await expect(page.getByRole('group', { name: 'Summary' })).toContainText(
    '2 files · 2 attempts counted · mean score 50%'
  )

  // The class by skill, in numbers: each skill's right answers over both learners.
  const skills = page.getByRole('region', { name: 'By skill' })
  await expect(skills.getByRole('row', { name: /Spotting claims/ })).toContainText('2 of 4')
  await expect(skills.getByRole('row', { name: /Spotting claims/ })).toContainText('50%')
  await expect(skills.getByRole('row', { name: /Finding the source/ })).toContainText('1 of 2')
  await expect(skills.getByRole('row', { name: /Reading the verb/ })).toContainText('1 of 2')
  await expect(skills.getByRole('row', { name: /Working out when/ })).toContainText('2 of 4')

  // The confusion matrix is for "Which label?" items only, and says so.
  await expect(page.locator('.confusion caption').first()).toContainText('“Which label?” items')

  // A column per skill in the learner table.
  const headers = await page.locator('.students-table thead th').allTextContents()
  const column = (name: string): number => headers.findIndex((h) => h.includes(name))
  expect(column('Finding the source')).toBeGreaterThan(0)
  const amiraRow = page.locator('.students-table tbody tr', { hasText: 'Amira' })
  const cells = amiraRow.locator('th, td')
  await expect(cells.nth(column('Spotting claims'))).toHaveText('2/2')
  await expect(cells.nth(column('Finding the source'))).toHaveText('1/1')
  await expect(cells.nth(column('Working out when'))).toHaveText('1/2')

  // Every item with its type; the choices counted, the clue right and wrong.
  const rows = page.locator('.items-table tbody tr')
  await expect(rows).toHaveCount(6)
  const types = [
    'Which label?',
    'Who says it?',
    'Find the clue',
    'How does the reporter frame it?',
    'When?',
    'Put in order'
  ]
  for (const [i, type] of types.entries())
    await expect(rows.nth(i).locator('.item-type-note')).toHaveText(type)
  await expect(rows.nth(0).locator('td').nth(2)).toHaveText('50%')
  await expect(rows.nth(1)).toContainText('Engineers from the city council: 1 (right)')
  await expect(rows.nth(1)).toContainText('Tom Hale, the mayor: 1')
  await expect(rows.nth(2).locator('.answers-cell')).toContainText('1 right, 1 wrong')
  await expect(rows.nth(2).locator('.answers-cell')).toContainText('“Two”: 1')
  await expect(rows.nth(3).locator('td').nth(1)).toHaveText('Distancing or doubtful')
  await expectNoSeriousAxeViolations(page)
  await page.getByRole('region', { name: 'By skill' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(SCREENSHOTS, 'report-skills.png'), fullPage: false })

  await page.locator('.items-table').scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('report-items-mixed.png') })

  // The clue item in detail: the right answer, the wrong answers given, who missed it.
  await rows.nth(2).getByRole('button').click()
  const itemDetail = page.locator('.report-detail')
  await expect(page.locator('#item-heading')).toBeFocused()
  await expect(itemDetail).toContainText('Find the clue · skill: Spotting claims')
  await expect(itemDetail).toContainText('The answer is “according to”.')
  await expect(itemDetail).toContainText('Most common wrong answers:')
  await expect(itemDetail).toContainText('Ben: chose “Two”')
  await page.screenshot({ path: test.info().outputPath('report-item-detail.png') })

  // Ben's answers against the key, with his skills.
  await page.getByRole('button', { name: 'Ben' }).click()
  await expect(page.locator('#student-heading')).toBeFocused()
  const detail = page.locator('.report-detail').first()
  await expect(detail).toContainText('Ben: 1/6')
  await expect(
    detail.locator('.skill-table').getByRole('row', { name: /Reading the verb/ })
  ).toContainText('0 of 1')
  await expect(detail).toContainText(
    'chose Tom Hale, the mayor; the answer is Engineers from the city council'
  )
  await expect(detail).toContainText('chose Neutral; the answer is Distancing or doubtful')
  await expect(detail).toContainText('right (Friday 22 March 2024)')
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('report-student-detail.png') })

  // Dark mode: the new tables and the grey of items without a label keep their contrast.
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.locator('.items-table').scrollIntoViewIfNeeded()
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('report-items-dark.png') })
  await page.emulateMedia({ colorScheme: 'light' })

  // The exports carry the item type and the skills.
  const answersCsv = test.info().outputPath('answers.csv')
  app.chooseNext(answersCsv)
  await page.getByRole('button', { name: 'Answers CSV…' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved answers.csv' })).toBeVisible()
  const answerRows = Papa.parse<string[]>((await readFile(answersCsv, 'utf8')).slice(1).trim()).data
  const typeAt = answerRows[0]!.indexOf('Item type')
  expect(typeAt).toBeGreaterThan(0)
  expect(answerRows.slice(1).map((r) => r[typeAt])).toEqual([...types, ...types])
  const studentsCsv = test.info().outputPath('students.csv')
  app.chooseNext(studentsCsv)
  await page.getByRole('button', { name: 'Students CSV…' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved students.csv' })).toBeVisible()
  const studentRows = Papa.parse<string[]>(
    (await readFile(studentsCsv, 'utf8')).slice(1).trim()
  ).data
  const whenAt = studentRows[0]!.indexOf('Working out when: right')
  expect(studentRows.find((r) => r[0] === 'Ben')?.slice(whenAt, whenAt + 2)).toEqual(['1', '2'])
  expect(app.errors).toEqual([])
})

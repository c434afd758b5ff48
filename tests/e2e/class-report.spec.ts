import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import Papa from 'papaparse'
import type { QuizResponse } from '../../src/shared/attempt-format'
import type { ResultFile } from '../../src/shared/result-format'
import {
  generateClass,
  resultFor,
  rightResponse,
  seededRandom,
  syntheticQuiz
} from '../fixtures/results'
import { answerByKeyboard } from './answer-items'
import {
  SCREENSHOTS,
  addLearnerByKeyboard,
  enterTeacherMode,
  expect,
  expectNoSeriousAxeViolations,
  test
} from './harness'
import { useLibraryQuiz } from './report-quiz'
import { articleQuiz } from '../fixtures/quizzes'

const quiz = articleQuiz()

/** A learner takes the whole article quiz, every item type, through the student screens by
 * keyboard, then exports the result. */
async function learnerTakesQuiz(
  page: Page,
  name: string,
  respond: (i: number) => QuizResponse,
  file: string,
  choose: (f: string) => void,
  via: 'summary' | 'history'
): Promise<void> {
  await page.getByRole('link', { name: 'Learners' }).click()
  await addLearnerByKeyboard(page, name)
  await page.getByRole('button', { name: /^Start The Taliban/ }).click()
  for (let i = 0; i < quiz.items.length; i++) {
    await expect(page.getByText(`Item ${i + 1} of ${quiz.items.length}`)).toBeVisible()
    await answerByKeyboard(page, quiz, quiz.items[i]!, respond(i))
    await expect(page.getByRole('button', { name: /Next item|See my results/ })).toBeFocused()
    await page.keyboard.press('Enter')
  }
  await expect(page.getByRole('heading', { name: 'By label' })).toBeVisible()
  choose(file)
  if (via === 'summary') {
    await page.getByRole('button', { name: 'Export this result as a file…' }).click()
  } else {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My history' })
      .click()
    await page.getByRole('checkbox', { name: /^Choose for export: The Taliban/ }).check()
    await page.getByRole('button', { name: 'Export 1 result as a file…' }).click()
  }
  await expect(
    page.getByRole('status').filter({ hasText: 'Hand this file to your teacher' })
  ).toBeVisible()
  if (via === 'history') await page.screenshot({ path: join(SCREENSHOTS, 'history-export.png') })
  await page.getByRole('button', { name: 'Switch learner' }).click()
}

/** What the report should say, computed here from the files, not by the report's code. */
function expected(files: ResultFile[]): {
  mean: number
  allegationAsFact: number
  facility1: number
} {
  let sum = 0
  let allegationAsFact = 0
  let right1 = 0
  for (const file of files) {
    const attempt = file.attempts[0]!
    let correct = 0
    attempt.answers.forEach((answer) => {
      const item = quiz.items.find((i) => i.id === answer.itemId)!
      // Every response here is either the key's own response or one that misses it.
      const right = JSON.stringify(answer.response) === JSON.stringify(rightResponse(item))
      if (right) correct++
      if (
        item.type === 'classify' &&
        item.answer === 'allegation' &&
        answer.response.type === 'classify' &&
        answer.response.label === 'fact'
      )
        allegationAsFact++
      if (item.id === quiz.items[0]!.id && right) right1++
    })
    sum += correct / quiz.items.length
  }
  return { mean: sum / files.length, allegationAsFact, facility1: right1 / files.length }
}

test('a teacher imports 30 result files and reads the class report, flags, CSV and PDF', async ({
  app
}) => {
  test.setTimeout(120_000)
  const { page } = app
  const folder = test.info().outputPath('results')
  await mkdir(folder, { recursive: true })

  // Two learners by the student screens: one careful, one who takes claims for facts.
  const careful = (i: number): QuizResponse => rightResponse(quiz.items[i]!)
  const credulous = (i: number): QuizResponse => {
    const item = quiz.items[i]!
    return item.type === 'classify' && item.answer === 'allegation'
      ? { type: 'classify', label: 'fact' }
      : rightResponse(item)
  }
  await learnerTakesQuiz(
    page,
    'Zoë Careful',
    careful,
    join(folder, 'zoe.result.json'),
    app.chooseNext,
    'summary'
  )
  await learnerTakesQuiz(
    page,
    'Yusuf Credulous',
    credulous,
    join(folder, 'yusuf.result.json'),
    app.chooseNext,
    'history'
  )

  // Twenty-four more from the fixture generator, then the four odd ones.
  const generated = generateClass(quiz, 24, 11)
  for (const file of generated) await writeFile(join(folder, file.fileName), file.text)
  const random = seededRandom(99)
  const tampered = resultFor(quiz, { name: 'Tampered Tess', ability: 0.3 }, random)
  tampered.attempts[0]!.storedScore.correct = quiz.items.length
  await writeFile(join(folder, 'tess.result.json'), JSON.stringify(tampered))
  const otherVersion = resultFor(
    quiz,
    { name: 'Old Version Otto', ability: 0.8 },
    random,
    'a'.repeat(64)
  )
  await writeFile(join(folder, 'otto.result.json'), JSON.stringify(otherVersion))
  await writeFile(join(folder, 'learner-3 (copy).result.json'), generated[2]!.text)
  await writeFile(join(folder, 'torn.result.json'), generated[5]!.text.slice(0, 300))
  const names = [
    'zoe.result.json',
    'yusuf.result.json',
    ...generated.map((f) => f.fileName),
    'tess.result.json',
    'otto.result.json',
    'learner-3 (copy).result.json',
    'torn.result.json'
  ]
  expect(names).toHaveLength(30)

  // The teacher chooses the quiz and imports every file with the multi-file dialog.
  await enterTeacherMode(page)
  await page.getByRole('link', { name: 'Teacher: class report' }).click()
  await useLibraryQuiz(page)
  await expect(page.getByRole('heading', { name: /Class report: The Taliban/ })).toBeVisible()
  app.chooseNext(names.map((n) => join(folder, n)))
  await page.getByRole('button', { name: 'Import result files…' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Imported 30 files' })).toBeVisible()

  const counted = [
    JSON.parse(await readFile(join(folder, 'zoe.result.json'), 'utf8')) as ResultFile,
    JSON.parse(await readFile(join(folder, 'yusuf.result.json'), 'utf8')) as ResultFile,
    ...generated.map((f) => JSON.parse(f.text) as ResultFile)
  ]
  const want = expected(counted)
  const summary = page.getByRole('group', { name: 'Summary' })
  await expect(summary).toContainText(
    `30 files · 26 attempts counted · mean score ${Math.round(100 * want.mean)}%`
  )
  await expect(summary).toContainText(
    `${want.allegationAsFact} times an attributed allegation was taken for a reported fact`
  )
  expect(want.allegationAsFact).toBeGreaterThanOrEqual(8)

  const flags = page.locator('.report-flags')
  await expect(flags).toContainText('torn.result.json could not be read')
  await expect(flags).toContainText(
    `Tampered Tess (tess.result.json): modified: the file says ${quiz.items.length} right`
  )
  await expect(flags).toContainText('Old Version Otto (otto.result.json): another version')
  await expect(flags).toContainText('duplicate: also in learner-3 (copy).result.json')

  // The confusion matrix calls out allegation → fact.
  const keyCell = page.locator('.confusion').first().locator('td.confusion-key')
  await expect(keyCell).toContainText(String(want.allegationAsFact))
  await expect(keyCell).toContainText('claims taken for facts')

  // Item 1's facility, computed here independently.
  const firstItem = page.locator('.items-table tbody tr').first()
  await expect(firstItem.locator('td').nth(2)).toContainText(`${Math.round(100 * want.facility1)}%`)
  await page.screenshot({ path: join(SCREENSHOTS, 'report-overview.png'), fullPage: false })
  await expectNoSeriousAxeViolations(page)

  // Sort learners by score, highest first: Zoë (all right) leads.
  await page.getByRole('button', { name: /^Score/ }).click()
  await expect(page.locator('.students-table tbody tr').first()).toContainText('Zoë Careful')
  await expect(page.locator('.students-table th', { hasText: 'Score' })).toHaveAttribute(
    'aria-sort',
    'descending'
  )

  // One learner's answers against the key; who missed an item.
  await page.getByRole('button', { name: 'Yusuf Credulous' }).click()
  const detail = page.locator('.report-detail')
  await expect(detail).toContainText(
    `Yusuf Credulous: ${quiz.items.length - 8}/${quiz.items.length}`
  )
  await expect(detail).toContainText('chose Reported fact; the answer is Attributed allegation')
  const allegationNumber =
    quiz.items.findIndex((i) => i.type === 'classify' && i.answer === 'allegation') + 1
  await page
    .locator('.items-table tbody tr')
    .nth(allegationNumber - 1)
    .getByRole('button')
    .click()
  await expect(
    page.getByRole('heading', { name: new RegExp(`Item ${allegationNumber}: who missed it`) })
  ).toBeVisible()
  await expect(page.locator('.report-detail').last()).toContainText('Yusuf Credulous')
  await expect(page.locator('#item-heading')).toBeFocused()
  await page.screenshot({ path: join(SCREENSHOTS, 'report-items.png') })

  // CSV for a spreadsheet: names with commas, quotes and other scripts survive.
  const studentsCsv = test.info().outputPath('students.csv')
  app.chooseNext(studentsCsv)
  await page.getByRole('button', { name: 'Students CSV…' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved students.csv' })).toBeVisible()
  const text = await readFile(studentsCsv, 'utf8')
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const rows = Papa.parse<string[]>(text.slice(1).trim()).data
  expect(rows).toHaveLength(1 + 28)
  const learnersInCsv = rows.slice(1).map((r) => r[0])
  for (const file of counted) expect(learnersInCsv).toContain(file.learner.name)
  expect(learnersInCsv.some((n) => n?.includes('Smith, Jr.'))).toBe(true)
  const zoe = rows.find((r) => r[0] === 'Zoë Careful')!
  expect(zoe.slice(1, 5)).toEqual([
    'yes',
    String(quiz.items.length),
    String(quiz.items.length),
    '100'
  ])
  const answersCsv = test.info().outputPath('answers.csv')
  app.chooseNext(answersCsv)
  await page.getByRole('button', { name: 'Answers CSV…' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved answers.csv' })).toBeVisible()
  const answerRows = Papa.parse<string[]>((await readFile(answersCsv, 'utf8')).slice(1).trim()).data
  expect(answerRows).toHaveLength(1 + 27 * quiz.items.length)

  // The printable report, through the same PDF path the app uses.
  const pdf = test.info().outputPath('class-report.pdf')
  app.chooseNext(pdf)
  await page.getByRole('button', { name: 'Save as PDF…' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved class-report.pdf' })).toBeVisible()
  const bytes = await readFile(pdf)
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
  expect(bytes.length).toBeGreaterThan(20_000)
  await writeFile(join(SCREENSHOTS, 'class-report.pdf'), bytes)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.report-actions')).toBeHidden()
  await expect(page.locator('.app-header')).toBeHidden()
  await page.screenshot({ path: join(SCREENSHOTS, 'report-print.png'), fullPage: true })
  await page.emulateMedia({ media: 'screen' })
  expect(app.errors).toEqual([])
})

test('the report of 300 result files × 100 items loads, re-scores and renders', async ({ app }) => {
  test.setTimeout(120_000)
  const { page } = app
  const big = syntheticQuiz(100)
  const folder = test.info().outputPath('big')
  await mkdir(folder, { recursive: true })
  const quizFile = join(folder, 'synthetic.quiz.json')
  await writeFile(quizFile, JSON.stringify(big))
  const files = generateClass(big, 300, 3)
  for (const file of files) await writeFile(join(folder, file.fileName), file.text)
  await enterTeacherMode(page)
  await page.getByRole('link', { name: 'Teacher: class report' }).click()
  app.chooseNext(quizFile)
  await page.getByRole('button', { name: 'Open a quiz file…' }).click()
  await expect(page.getByText('Scoring against synthetic.quiz.json (100 items)')).toBeVisible()
  // No results yet, then a single learner dropped on the window: both render sensibly.
  const summary = page.getByRole('group', { name: 'Summary' })
  await expect(summary).toContainText('0 files · 0 attempts counted · mean score —')
  await expect(summary).toContainText('No attempts to count yet')
  await page.evaluate((file) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([file.text], file.fileName, { type: 'application/json' }))
    window.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true })
    )
    window.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })
    )
  }, files[0]!)
  await expect(summary).toContainText('1 file · 1 attempt counted')
  await expect(page.locator('.items-table tbody tr').first().locator('td').nth(3)).toContainText(
    'no spread'
  )
  await page.getByRole('button', { name: 'Clear results' }).click()

  // The transfer alone, through Playwright's binding (Electron's IPC stands in for it in the app).
  app.chooseNext(folder)
  const transferMs = await page.evaluate(async () => {
    const api = (
      window as unknown as { saysWho: { openResultFiles: (a: unknown) => Promise<unknown> } }
    ).saysWho
    const start = performance.now()
    await api.openResultFiles({ from: 'folder' })
    return Math.round(performance.now() - start)
  })
  app.chooseNext(folder)
  const started = Date.now()
  await page.getByRole('button', { name: 'Import a folder…' }).click()
  await expect(summary).toContainText('300 files · 300 attempts counted')
  await expect(page.locator('.items-table tbody tr')).toHaveCount(100)
  await expect(page.locator('.students-table tbody tr')).toHaveCount(100)
  const elapsed = Date.now() - started
  const description = `300 files × 100 items: read, sent, re-scored and rendered in ${elapsed} ms, of which ${transferMs} ms is reading and sending the files to the page`
  test.info().annotations.push({ type: 'timing', description })
  console.log(`class report, ${description}`)
  expect(app.errors).toEqual([])
})

test('result files dropped before a quiz is chosen are refused with a sentence, and none is imported', async ({
  app
}) => {
  const { page } = app
  const files = generateClass(syntheticQuiz(3), 2, 5)
  await enterTeacherMode(page)
  await page.getByRole('link', { name: 'Teacher: class report' }).click()
  await expect(page.getByRole('button', { name: 'Use this quiz' })).toBeEnabled()
  await page.evaluate((dropped) => {
    const transfer = new DataTransfer()
    for (const file of dropped)
      transfer.items.add(new File([file.text], file.fileName, { type: 'application/json' }))
    window.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })
    )
  }, files)
  await expect(page.getByRole('alert')).toHaveText(
    'Choose the quiz first, then drop the result files.'
  )
  await expect(page.getByRole('group', { name: 'Summary' })).toHaveCount(0)
  expect(app.errors).toEqual([])
})

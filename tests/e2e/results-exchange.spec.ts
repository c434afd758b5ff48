import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import xapiValidation from '@learninglocker/xapi-validation'
import type { Page } from '@playwright/test'
import { strToU8, zipSync } from 'fflate'
import type { XapiStatement } from '../../src/shared/exports/xapi'
import { rightResponse } from '../fixtures/results'
import { PROJECT_ROOT, RENDERER_URL, enterTeacherMode, expect, test } from './harness'
import { takeThroughApi, useLibraryQuiz } from './report-quiz'
import { articleQuiz } from '../fixtures/quizzes'

// CommonJS with `exports.default`: loaders differ in which of the two they hand over.
const validateXapi =
  (xapiValidation as unknown as { default?: typeof xapiValidation }).default ?? xapiValidation

const quiz = articleQuiz()

/** A learner answers every item right (or only the first `only`) through the app's own API. */
function takeQuiz(page: Page, name: string, only?: number): Promise<void> {
  return takeThroughApi(
    page,
    { name },
    quiz.items.slice(0, only).map((item) => [item.id, rightResponse(item)] as const),
    { finish: only === undefined, exportResults: false }
  )
}

test('a class list with student ids, every learner exported in one step, then a nested folder, the Students CSV and xAPI', async ({
  app
}) => {
  test.setTimeout(120_000)
  const { page } = app
  await enterTeacherMode(page)

  // The class list, pasted from a spreadsheet with a student number column.
  await page
    .getByLabel('Or paste the names')
    .fill('Student number,Name\nS-101,Amira Okafor\nS-102,Ben Smith\nS-103,Chen Li\n')
  await expect(page.getByLabel('Column with student ids')).toHaveValue('0')
  await expect(page.getByText('3 names have a student id')).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('roster-ids.png') })
  await page.getByRole('button', { name: 'Import 3 names' }).click()
  await expect(page.getByRole('status')).toContainText('3 new learners')

  await takeQuiz(page, 'Amira Okafor')
  await takeQuiz(page, 'Ben Smith', 2)

  // "Export every learner's results" from the Learners screen, twice into one folder.
  const folder = test.info().outputPath('class 7b')
  await mkdir(folder, { recursive: true })
  const section = page.getByRole('region', { name: 'Export every learner’s results' })
  await section.getByLabel('Quiz').selectOption({ label: quiz.title })
  const exportButton = section.getByRole('button', { name: 'Export every learner’s results…' })
  for (const round of [1, 2]) {
    app.chooseNext(folder)
    await exportButton.click()
    await expect(page.getByRole('status')).toHaveText(
      `Wrote 2 result files for “${quiz.title}”, one per learner. 1 learner has no attempt at it and got no file.`
    )
    await expect(exportButton).toBeFocused()
    await expect.poll(async () => (await readdir(folder)).length).toBe(2 * round)
  }
  // The line is where the teacher pressed the button, and follows a change of language.
  await page.setViewportSize({ width: 1024, height: 640 })
  await exportButton.scrollIntoViewIfNeeded()
  await expect(page.getByRole('status')).toBeInViewport()
  await page.getByLabel('Language').selectOption('es')
  await expect(page.getByRole('status')).toContainText('2 archivos de resultados')
  await page.getByLabel('Idioma').selectOption('en')
  await page.setViewportSize({ width: 1280, height: 860 })
  await section.screenshot({ path: test.info().outputPath('export-every.png') })
  expect((await readdir(folder)).sort()).toEqual([
    'Amira-Okafor-taliban-isis-k-2.result.json',
    'Amira-Okafor-taliban-isis-k.result.json',
    'Ben-Smith-taliban-isis-k-2.result.json',
    'Ben-Smith-taliban-isis-k.result.json'
  ])

  // The report imports the folder above it, subfolders and all.
  const parent = test.info().outputPath()
  await page.getByRole('link', { name: 'Teacher: class report' }).click()
  await useLibraryQuiz(page)
  app.chooseNext(parent)
  await page.getByRole('button', { name: 'Import a folder…' }).click()
  await expect(page.getByRole('status')).toContainText('4')
  const rows = page.locator('.students-table tbody tr')
  await expect(rows.filter({ hasText: 'Amira Okafor' })).not.toHaveCount(0)
  await expect(
    page.getByText('class 7b/Amira-Okafor-taliban-isis-k.result.json').first()
  ).toBeAttached()

  const csv = test.info().outputPath('students.csv')
  app.chooseNext(csv)
  await page.getByRole('button', { name: 'Students CSV…' }).click()
  await expect(page.getByRole('status')).toContainText('students.csv')
  const csvText = await readFile(csv, 'utf8')
  expect(csvText.split('\r\n')[0]).toMatch(/^\uFEFFLearner,Student id,Counted,/)
  expect(csvText).toMatch(/Amira Okafor,S-101,/)

  await page.locator('.report-actions').screenshot({ path: test.info().outputPath('actions.png') })
  const statementsFile = test.info().outputPath('statements.json')
  app.chooseNext(statementsFile)
  await page.getByRole('button', { name: 'xAPI statements…' }).click()
  await expect(page.getByRole('status')).toContainText('statements.json')
  const statements = JSON.parse(await readFile(statementsFile, 'utf8')) as XapiStatement[]
  for (const statement of statements) expect(validateXapi(statement)).toEqual([])
  const amira = statements.filter((s) => s.actor.name === 'Amira Okafor')
  expect(amira[0]?.actor.account.name).toBe('S-101')
  expect(amira.filter((s) => s.verb.display['en-US'] === 'completed')).toHaveLength(1)
  expect(amira.filter((s) => s.verb.display['en-US'] === 'answered')).toHaveLength(
    quiz.items.length
  )

  // The same screens in Spanish.
  await page.getByLabel('Language').selectOption('es')
  await expect(page.getByRole('button', { name: 'Declaraciones xAPI…' })).toBeVisible()
  await page.goto(`${RENDERER_URL}#/teacher`)
  const spanish = page.getByRole('region', {
    name: 'Exportar los resultados de todos los alumnos'
  })
  await expect(spanish).toBeVisible()
  await spanish.screenshot({ path: test.info().outputPath('export-every-es.png') })
  // Main's language is process-wide (main-text.ts): set it back, or the next test reads Spanish.
  await page.evaluate(() =>
    (window as unknown as { saysWho: Record<string, (a: unknown) => Promise<unknown>> }).saysWho[
      'setLanguage'
    ]!({ language: 'en' })
  )
  expect(app.errors).toEqual([])
})

test('the report imports a zip of result files, and a hostile zip is reported entry by entry', async ({
  app
}) => {
  test.setTimeout(120_000)
  const { page } = app
  const handedIn = test.info().outputPath('handed-in')
  await mkdir(handedIn, { recursive: true })
  await takeQuiz(page, 'Dana Zip')
  const profiles = await page.evaluate(async () => {
    const api = (window as unknown as { saysWho: Record<string, () => Promise<unknown>> }).saysWho
    return api['listProfiles']!()
  })
  const dana = (profiles as { value: { profiles: { id: string }[] } }).value.profiles[0]!
  const attempts = (await page.evaluate(
    async (profileId) =>
      (window as unknown as { saysWho: Record<string, (a: unknown) => Promise<unknown>> }).saysWho[
        'listAttempts'
      ]!({ profileId }),
    dana.id
  )) as { value: { attempts: { id: string }[] } }
  app.chooseNext(join(handedIn, 'dana.result.json'))
  await page.evaluate(
    async ({ profileId, attemptIds }) =>
      (window as unknown as { saysWho: Record<string, (a: unknown) => Promise<unknown>> }).saysWho[
        'exportResults'
      ]!({ profileId, attemptIds }),
    { profileId: dana.id, attemptIds: attempts.value.attempts.map((a) => a.id) }
  )
  const dataText = await readFile(join(handedIn, 'dana.result.json'))

  const zipPath = test.info().outputPath('week 3.zip')
  const zip = zipSync({
    'week 3/dana.result.json': dataText,
    '../../../escape.result.json': dataText,
    'notes.txt': strToU8('ignored')
  })
  // A bomb in the same zip: the central directory says 4 GB, so it is never inflated.
  const bombed = zipSync({ 'bomb.result.json': strToU8('{}') })
  const view = new DataView(bombed.buffer)
  for (let i = 0; i + 46 < bombed.length; i++)
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0xfffffff0, true)
  await writeFile(zipPath, zip)
  const bombPath = test.info().outputPath('bomb.zip')
  await writeFile(bombPath, bombed)

  await enterTeacherMode(page)
  await page.getByRole('link', { name: 'Teacher: class report' }).click()
  await useLibraryQuiz(page)
  for (const file of [zipPath, bombPath]) {
    app.chooseNext(file)
    await page.getByRole('button', { name: 'Import a zip…' }).click()
    await expect(page.getByRole('button', { name: 'Import a zip…' })).toBeFocused()
  }
  await expect(
    page.locator('.students-table tbody tr').filter({ hasText: 'Dana Zip' })
  ).toHaveCount(1)
  // A zip dropped on the window is not read as text: the teacher is sent to the button.
  await page.evaluate(() => {
    const transfer = new DataTransfer()
    transfer.items.add(new File(['PK'], 'dropped.zip', { type: 'application/zip' }))
    window.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })
    )
  })
  const flags = page.locator('.report-flags')
  await expect(flags).toContainText('week 3.zip › ../../../escape.result.json')
  await expect(flags).toContainText('points outside the zip')
  await expect(flags).toContainText('bomb.zip › bomb.result.json')
  await expect(flags).toContainText('too large to be a result file')
  await expect(flags).toContainText('dropped.zip could not be read: A zip is not read when dropped')
  await flags.screenshot({ path: join(PROJECT_ROOT, 'docs/screenshots/report-zip-import.png') })
  expect((await readdir(test.info().outputPath())).sort()).toEqual(
    ['bomb.zip', 'handed-in', 'week 3.zip'].sort()
  )
  expect(app.errors).toEqual([])
})

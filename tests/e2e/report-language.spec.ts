import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import type { QuizResponse } from '../../src/shared/attempt-format'
import { rightResponse } from '../fixtures/results'
import { enterTeacherMode, expect, test } from './harness'
import { learnerExports, useLibraryQuiz } from './report-quiz'
import { articleQuiz } from '../fixtures/quizzes'

const quiz = articleQuiz()
/** The frame item whose right answer is "distancing": Bo reads it as a denial. */
const FRAME = quiz.items.findIndex((item) => item.id === 'frame-accused')
const right = (i: number): QuizResponse => rightResponse(quiz.items[i]!)
const boResponds = (i: number): QuizResponse =>
  i === FRAME ? { type: 'frame', stance: 'denial' } : right(i)

/** English words a French or Spanish flag must not show once the language has changed. */
const ENGLISH =
  /\b(the|file|answer|answers|right|which|with|not|this|is|Could|Skipped|Missing|valid|read)\b/

test('the report says its flags and its answers in the language chosen after the import', async ({
  app
}) => {
  test.setTimeout(150_000)
  const { page } = app
  const folder = test.info().outputPath('class')
  await mkdir(folder, { recursive: true })
  const file = (name: string): string => join(folder, `${name}.result.json`)
  await learnerExports(page, app.chooseNext, { name: 'Ana', quiz }, right, file('ana'))
  await learnerExports(page, app.chooseNext, { name: 'Bo', quiz }, boResponds, file('bo'))
  // A doctored copy of Ana's file under another name, a torn file and one that is no result file.
  const ana = JSON.parse(await readFile(file('ana'), 'utf8')) as {
    learner: { name: string }
    attempts: { attemptId: string; storedScore: { correct: number } }[]
  }
  ana.learner.name = 'Cy'
  ana.attempts[0]!.attemptId = 'doctored-attempt'
  ana.attempts[0]!.storedScore.correct -= 3
  await writeFile(file('cy'), JSON.stringify(ana))
  await writeFile(file('torn'), (await readFile(file('bo'), 'utf8')).slice(0, 200))
  await writeFile(file('notes'), '{"title": "my notes"}')
  const zipPath = join(folder, 'week 3.zip')
  await writeFile(
    zipPath,
    zipSync({
      '../escape.result.json': strToU8('{}'),
      'latin1.result.json': new Uint8Array([0x7b, 0xe9, 0xff, 0x7d])
    })
  )

  await enterTeacherMode(page)
  await page.getByRole('link', { name: 'Teacher: class report' }).click()
  await useLibraryQuiz(page)
  app.chooseNext(['ana', 'bo', 'cy', 'torn', 'notes'].map(file))
  await page.getByRole('button', { name: 'Import result files…' }).click()
  await expect(page.getByRole('status')).toHaveText(
    'Imported 5 files. 3 files are flagged: see Flags below.'
  )
  app.chooseNext(zipPath)
  await page.getByRole('button', { name: 'Import a zip…' }).click()
  const flags = page.locator('.report-flags')
  await expect(flags).toContainText('points outside the zip')
  await expect(flags).toContainText('The file is not valid JSON')
  await expect(flags).toContainText('the file says')

  // French, after the import: every flag's words change, not only the sentence around them.
  await page.getByLabel('Language').selectOption('fr')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(flags).toContainText(
    'Le fichier n’est pas du JSON valide : il a peut-être été tronqué ou modifié à la main.'
  )
  await expect(flags).toContainText('« format » manque : ce n’est pas un fichier de résultats')
  await expect(flags).toContainText('le fichier annonce')
  await expect(flags).toContainText('son nom dans week 3.zip pointe hors du zip')
  await expect(flags).toContainText('il est abîmé dans week 3.zip, ou ce n’est pas du texte')
  const french = await flags.locator('li').allInnerTexts()
  expect(french.length).toBe(5)
  for (const line of french) expect(line).not.toMatch(ENGLISH)
  await expect(page.getByRole('status')).toHaveText(
    'Aucun fichier de résultats n’a pu être lu dans week 3.zip : 2 problèmes sont signalés plus bas.'
  )
  await flags.scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('report-flags-fr.png') })

  // The frame item Bo read as a denial: its answers in French in the item and learner details.
  const rows = page.locator('.items-table tbody tr')
  await rows.nth(FRAME).getByRole('button').click()
  const itemDetail = page.locator('.report-detail')
  await expect(itemDetail).toContainText('Distant ou dubitatif')
  await expect(itemDetail).toContainText('a choisi Un démenti')
  await expect(itemDetail).not.toContainText(/Distancing|denial/i)
  await itemDetail.screenshot({ path: test.info().outputPath('report-frame-item-fr.png') })
  await page.getByRole('button', { name: 'Bo', exact: true }).click()
  const student = page.locator('.report-detail').first()
  await expect(student).toContainText('Un démenti')
  await expect(student).toContainText('Distant ou dubitatif')
  await expect(student).not.toContainText(/Distancing|A denial/)

  // Spanish: the same flags again, in Spanish.
  await page.getByLabel('Langue').selectOption('es')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(flags).toContainText('El archivo no es JSON válido')
  await expect(flags).toContainText('Omitido: su nombre en week 3.zip apunta fuera del zip')
  const spanish = await flags.locator('li').allInnerTexts()
  for (const line of spanish) expect(line).not.toMatch(ENGLISH)
  await expect(page.locator('.report-detail').first()).toContainText('Un desmentido')
  await flags.screenshot({ path: test.info().outputPath('report-flags-es.png') })
  expect(app.errors).toEqual([])
})

test('the import notice counts the files flagged, and names a zip or folder with none', async ({
  app
}) => {
  test.setTimeout(90_000)
  const { page } = app
  const root = test.info().outputPath('hand-ins')
  const broken = join(root, 'broken')
  const empty = join(root, 'nothing here')
  await mkdir(broken, { recursive: true })
  await mkdir(empty, { recursive: true })
  await writeFile(join(broken, 'amy.result.json'), '{"format": "says-who/result-1", "lea')
  await writeFile(join(empty, 'notes.txt'), 'not a result')
  const zipPath = join(root, 'empty.zip')
  await writeFile(zipPath, zipSync({ 'readme.txt': strToU8('no results here') }))

  await enterTeacherMode(page)
  await page.getByRole('link', { name: 'Teacher: class report' }).click()
  await useLibraryQuiz(page)
  const status = page.getByRole('status')

  app.chooseNext(zipPath)
  await page.getByRole('button', { name: 'Import a zip…' }).click()
  await expect(status).toHaveText(
    'empty.zip holds no result files (files ending in .result.json): nothing was imported.'
  )
  // Not in the colour of a success: nothing was imported.
  await expect(status).toHaveClass(/attention-note/)
  app.chooseNext(empty)
  await page.getByRole('button', { name: 'Import a folder…' }).click()
  await expect(status).toHaveText(
    'nothing here holds no result files (files ending in .result.json): nothing was imported.'
  )
  app.chooseNext(broken)
  await page.getByRole('button', { name: 'Import a folder…' }).click()
  await expect(status).toHaveText('Imported 1 file. 1 file is flagged: see Flags below.')
  await expect(status).toHaveClass(/attention-note/)
  await expect(page.locator('.report-flags')).toContainText('amy.result.json')

  await page.getByLabel('Language').selectOption('fr')
  await expect(status).toHaveText(
    '1 fichier importé. 1 fichier est signalé : voir Signalements plus bas.'
  )
  await page.screenshot({ path: test.info().outputPath('report-notice-fr.png') })
  expect(app.errors).toEqual([])
})

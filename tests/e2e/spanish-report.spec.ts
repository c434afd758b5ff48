import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { QuizResponse } from '../../src/shared/attempt-format'
import { rightResponse, wrongResponse } from '../fixtures/results'
import {
  SCREENSHOTS,
  TEST_TEACHER_PIN,
  enterTeacherMode,
  expect,
  expectNoSeriousAxeViolations,
  test
} from './harness'
import { ARTICLE_QUIZ_TITLE, learnerExports } from './report-quiz'
import { articleQuiz } from '../fixtures/quizzes'

const quiz = articleQuiz()
const labelIds = quiz.labels.map((label) => label.id)
const right = (i: number): QuizResponse => rightResponse(quiz.items[i]!)
/** Wrong on every other item, starting with the first: half the items, so their facility is 50 %. */
const wrongOnEven = (i: number): QuizResponse => {
  const item = quiz.items[i]!
  if (i % 2 !== 0) return right(i)
  if (item.type === 'classify')
    return { type: 'classify', label: item.answer === 'fact' ? 'allegation' : 'fact' }
  return wrongResponse(item, labelIds, () => 0)
}

test('the class report, the class list and teacher mode in Spanish, kept after a restart', async ({
  app
}) => {
  test.setTimeout(120_000)
  const { page } = app
  const folder = test.info().outputPath('class')
  await mkdir(folder, { recursive: true })
  const file = (name: string): string => join(folder, `${name}.result.json`)
  await learnerExports(page, app.chooseNext, { name: 'Ana', quiz }, right, file('ana'))
  await learnerExports(page, app.chooseNext, { name: 'Bo', quiz }, wrongOnEven, file('bo'))
  await learnerExports(page, app.chooseNext, { name: 'Cy', quiz }, right, file('cy'))

  await enterTeacherMode(page)
  await page.getByLabel('Language').selectOption('es')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')

  // The class list screen.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Alumnos y lista de clase' })
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Cambiar el nombre de Ana' })).toBeVisible()
  const pasted = page.getByLabel('O pega los nombres')
  await pasted.fill('Dani')
  await expect(page.getByRole('button', { name: 'Importar 1 nombre' })).toBeVisible()
  await pasted.fill('Dani\nEli\nDani')
  await expect(
    page.getByText('2 nombres (1 repetido o demasiado largo, omitido): Dani, Eli')
  ).toBeVisible()
  await page.getByRole('button', { name: 'Importar 2 nombres' }).click()
  await expect(page.getByRole('status')).toHaveText(
    'Lista de clase importada: 2 alumnos nuevos añadidos, 0 ya estaban en este ordenador.'
  )
  // Removing a learner archives them, dated the Spanish way.
  await page.getByRole('button', { name: 'Quitar a Eli' }).click()
  const confirm = page.getByRole('dialog', { name: '¿Quitar a Eli?' })
  await confirm.getByRole('button', { name: 'Quitar y archivar' }).click()
  await expect(page.getByRole('status')).toHaveText(
    'Se ha quitado a Eli. Sus 0 intentos se guardan en el archivo de abajo.'
  )
  const archived = page.getByRole('list', { name: 'Alumnos archivados' })
  await expect(archived).toContainText(
    /Eli · quitado el \d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/
  )
  await expect(archived).toContainText('· 0 intentos')
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('spanish-learners.png'), fullPage: true })

  // The class report.
  await page.getByRole('link', { name: 'Docente: informe de la clase' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Informe de la clase' })).toBeVisible()
  await page.getByLabel('De la biblioteca').selectOption({ label: ARTICLE_QUIZ_TITLE })
  await page.getByRole('button', { name: 'Usar este cuestionario' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: `Informe de la clase: ${ARTICLE_QUIZ_TITLE}` })
  ).toBeVisible()
  await expect(
    page.getByText(
      `Se puntúa con «${ARTICLE_QUIZ_TITLE}» de la biblioteca (${quiz.items.length} preguntas).`
    )
  ).toBeVisible()

  // Two files first: Bo missed the even items, so half the class got them right.
  app.chooseNext([file('ana'), file('bo')])
  await page.getByRole('button', { name: 'Importar archivos de resultados…' }).click()
  await expect(page.getByRole('status')).toHaveText('Importados 2 archivos.')
  const items = page.locator('table.items-table')
  for (const column of ['Pregunta', 'Fragmento', 'Facilidad', 'Discriminación'])
    await expect(items.getByRole('columnheader', { name: new RegExp(column) })).toBeVisible()
  await expect(items.getByRole('row').nth(1)).toContainText(/(?<!\d)50\s%/)
  await expect(items.getByRole('row').nth(2)).toContainText(/(?<!\d)100\s%/)

  // Then one more: the singular.
  app.chooseNext([file('cy')])
  await page.getByRole('button', { name: 'Importar archivos de resultados…' }).click()
  await expect(page.getByRole('status')).toHaveText('Importado 1 archivo.')
  await expect(items.getByRole('row').nth(1)).toContainText(/(?<!\d)67\s%/)

  const summary = page.getByRole('group', { name: 'Resumen' })
  await expect(summary).toContainText(/3 archivos · 3 intentos contados · nota media \d+\s%/)
  await expect(summary).toContainText(
    /\d+ (vez|veces) se tomó una acusación atribuida por un hecho informado, por parte de \d de 3 alumnos\./
  )
  await expect(page.getByRole('heading', { name: /^Sin entregar \(\d\)$/ })).toBeVisible()
  await expect(page.locator('.not-handed-in-list')).toContainText('Dani')

  // The learners' table: Spanish headings, the score as a Spanish percentage.
  await expect(page.getByRole('heading', { name: 'Alumnos (3)' })).toBeVisible()
  const students = page.locator('table.students-table')
  for (const column of ['Alumno', 'Nota', 'Tiempo empleado', 'Señales'])
    await expect(students.getByRole('columnheader', { name: column })).toBeVisible()
  const bo = students.getByRole('row', { name: /^Bo / })
  await expect(bo).toContainText(/\d+\/\d+ \(\d+\s%\)/)
  await expect(bo).toContainText('entregado por el alumno')
  await bo.getByRole('button', { name: 'Bo' }).click()
  await expect(page.locator('#student-heading')).toBeFocused()
  await expect(page.locator('.report-detail').first()).toContainText(
    'Entregado por el alumno: sus respuestas son su palabra. Hecho con esta versión.'
  )

  // A chart: its caption and the summary screen readers get are Spanish.
  await expect(page.getByText('Distribución de notas (alumnos por tramo)')).toBeVisible()
  const chart = page.getByRole('img', { name: /^Alumnos por tramo de nota: / })
  await expect(chart).toHaveAttribute('aria-label', /tramo de 0 %: 0, .*tramo de 90 %: 2$/)

  await expectNoSeriousAxeViolations(page)
  await page.setViewportSize({ width: 1280, height: 860 })
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: join(SCREENSHOTS, 'spanish-report.png') })
  await page.setViewportSize({ width: 1024, height: 640 })
  for (const [i, part] of [
    '.report-summary',
    'table.students-table',
    'table.items-table'
  ].entries()) {
    await page.locator(part).evaluate((element) => element.scrollIntoView({ block: 'start' }))
    await page.screenshot({ path: test.info().outputPath(`spanish-report-1024-${i}.png`) })
  }
  // Nothing wider than the window at the smaller size.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true
  )

  // The choice is remembered: after a restart the app, and main's answers, are still in Spanish.
  await app.restart()
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await page.getByRole('link', { name: 'Docente: informe de la clase' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Desbloquear el modo docente' })
  ).toBeVisible()
  await page.getByLabel('PIN del docente').fill('0000')
  await page.getByRole('button', { name: 'Desbloquear' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    /^Ese PIN no es correcto\. Quedan \d+ intentos antes de tener que esperar\.$/
  )
  await page.getByLabel('PIN del docente').fill(TEST_TEACHER_PIN)
  await page.getByRole('button', { name: 'Desbloquear' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Informe de la clase' })).toBeVisible()
  expect(app.errors).toEqual([])
})

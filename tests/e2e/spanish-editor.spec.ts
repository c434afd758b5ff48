import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { smallQuizInput } from '../fixtures/quizzes'
import {
  SCREENSHOTS,
  enterTeacherMode,
  expect,
  expectNoSeriousAxeViolations,
  test
} from './harness'
import { selectInArticle } from './editor-steps'

/** Screenshots at the small laptop size, where longer Spanish and French words could overflow. */
async function smallScreenshot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1024, height: 640 })
  await page.screenshot({ path: test.info().outputPath(`${name}-1024.png`), fullPage: true })
  await page.setViewportSize({ width: 1280, height: 860 })
}

/** Nothing sticks out sideways: the page never scrolls horizontally. */
async function expectNoSidewaysOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
  )
  expect(overflow).toBeLessThanOrEqual(0)
}

test('a teacher builds and previews a quiz with the editor in Spanish, French too, and Spanish again after a restart', async ({
  app
}) => {
  test.setTimeout(120_000)
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 860 })
  const quizFile = test.info().outputPath('puente.quiz.json')
  const quiz = smallQuizInput()
  quiz.items = quiz.items.slice(0, 1)
  await writeFile(quizFile, JSON.stringify(quiz, null, 2))

  await enterTeacherMode(page)
  await page.getByLabel('Language').selectOption('es')
  await page.getByRole('link', { name: 'Docente: editor de cuestionarios' }).click()

  // The start screen, and its refusal of a one-line paste, in Spanish.
  await expect(
    page.getByRole('heading', { name: 'Crear un cuestionario a partir de un artículo', level: 1 })
  ).toBeVisible()
  await expect(page.getByLabel('Fuente')).toHaveAttribute('placeholder', 'Medio o dirección web')
  await page.getByLabel('Texto del artículo').fill('Solo un titular')
  await page.getByRole('button', { name: 'Empezar un cuestionario con este texto' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    'Pega el artículo entero: el titular en la primera línea y el texto debajo.'
  )
  await expectNoSeriousAxeViolations(page)
  await smallScreenshot(page, 'es-start')

  // An existing quiz file opened: the toolbar, the list of items and the validation panel.
  app.chooseNext(quizFile)
  await page.getByRole('button', { name: 'Editar un archivo de cuestionario existente…' }).click()
  await expect(page.locator('#article-heading')).toHaveText('Minister says bridge is safe')
  const toolbar = page.getByRole('toolbar', { name: 'Archivo del cuestionario' })
  await expect(toolbar.getByRole('button', { name: 'Deshacer' })).toBeDisabled()
  await expect(page.locator('.editor-file')).toHaveText('puente.quiz.json')
  await expect(page.getByRole('heading', { name: 'Preguntas (1)' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Datos del cuestionario' })).toBeVisible()
  // One item, two warnings: the plural of "aviso".
  await expect(page.locator('#validation-heading')).toHaveText(
    '✓ Archivo de cuestionario válido, 2 avisos'
  )
  await expect(page.locator('.issue-warning').first()).toHaveText(
    'Aviso labels[1] Ninguna pregunta tiene la etiqueta "Reported fact" (fact) como respuesta.'
  )

  // A new "who says it?" item from a selection: its form in Spanish, its placeholders too.
  await selectInArticle(page, 'engineers said the bridge needs repairs')
  await expect(page.locator('.selection-bar')).toContainText(
    'Seleccionado: «engineers said the bridge needs repairs»'
  )
  await page.getByRole('button', { name: 'Añadir como «¿Quién lo dice?»' }).click()
  const form = page.locator('.item-form')
  await expect(form.getByRole('heading', { name: 'Pregunta 2 de 2' })).toBeFocused()
  await expect(form).toContainText('Tipo: ¿Quién lo dice?')
  await expect(form.getByRole('group', { name: 'Opciones (marca la correcta)' })).toBeVisible()
  await expect(form.getByRole('textbox', { name: 'Opción 1', exact: true })).toHaveValue('Opción 1')
  await expect(form.getByRole('button', { name: 'Subir' })).toBeEnabled()
  await expect(page.locator('.editor-file')).toContainText('cambios sin guardar')
  await expect(page.getByRole('heading', { name: 'Preguntas (2)' })).toBeVisible()
  await expect(page.locator('#validation-heading')).toHaveText(
    '✓ Archivo de cuestionario válido, 5 avisos'
  )
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('es-item-form.png'), fullPage: true })
  await smallScreenshot(page, 'es-item-form')
  await expectNoSidewaysOverflow(page)

  // Drafting: the status counts with the plural, each suggestion says how sure it is.
  await toolbar.getByRole('button', { name: 'Redactar preguntas' }).click()
  await expect(page.getByRole('heading', { name: /^Sugerencias \(\d+\)$/ })).toBeVisible()
  await expect(page.locator('.editor-file')).toContainText(
    /\d+ sugerencias redactadas, \d+ por revisar primero\./
  )
  await expect(page.locator('.suggestion-confidence').first()).toHaveText(
    /^\s*\(seguridad: \d+[\s\u00a0\u202f]%\)$/
  )
  await page.getByRole('combobox', { name: 'Mostrar sugerencias del tipo' }).selectOption('all')
  // Drafting reads English articles, but says why in Spanish, quoting the article's words.
  const list = page.locator('.suggestion-list')
  await expect(list).toContainText('Por qué: «said» con el hablante nombrado: engineers.')
  await expect(list).toContainText('Por qué: El verbo de atribución «said» (say).')
  await expect(list).toContainText('Hablante: engineers')
  await page
    .locator('.suggestions')
    .screenshot({ path: test.info().outputPath('es-suggestions.png') })
  await expect(
    page.getByRole('button', { name: 'Aceptar la sugerencia 1', exact: true })
  ).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOTS, 'spanish-editor.png') })
  await page.getByRole('button', { name: 'Descartar todas' }).click()

  // One problem (the singular), then undone.
  await form.getByLabel('Identificador de la pregunta').fill('')
  await form.getByLabel('Identificador de la pregunta').press('Tab')
  await expect(page.locator('#validation-heading')).toHaveText(
    '✗ 1 problema: el archivo aún no se puede guardar'
  )
  await expect(page.locator('.issue-error')).toContainText(
    'Problema Pregunta 2 (items[1].id) Usa de 1 a 64 letras minúsculas, cifras y guiones.'
  )
  await toolbar.getByRole('button', { name: 'Deshacer' }).click()
  await expect(page.locator('#validation-heading')).toHaveText(
    '✓ Archivo de cuestionario válido, 5 avisos'
  )

  // The preview, as a student would see it, in Spanish: the dateline, the keys, the summary.
  await toolbar.getByRole('button', { name: 'Vista previa del alumno' }).click()
  await expect(page.locator('.preview-banner')).toContainText(
    'Vista previa del alumno: aquí las respuestas no se registran. Volver al editor'
  )
  await expect(page.locator('.article-dateline time')).toHaveText('lunes, 25 de marzo de 2024')
  await expect(page.getByRole('spinbutton', { name: 'Empezar en la pregunta' })).toHaveValue('1')
  await page.keyboard.press('1')
  await expect(page.getByRole('button', { name: /Siguiente pregunta/ })).toBeFocused()
  await expect(page.locator('.next-button kbd')).toHaveText('Intro')
  await expectNoSeriousAxeViolations(page)
  await smallScreenshot(page, 'es-preview')
  await expectNoSidewaysOverflow(page)
  await page.keyboard.press('Enter')
  await page.keyboard.press('1')
  await expect(page.getByRole('button', { name: /Ver el resumen/ })).toBeFocused()
  await page.keyboard.press('Enter')
  const summary = page.getByRole('heading', { name: /^Resumen: / })
  await expect(summary).toHaveText(
    /^Resumen: [0-2] de 2 correctas \((0|50|100)[\s\u00a0\u202f]%\)$/
  )
  await expect(page.getByRole('heading', { name: 'Por habilidad' })).toBeVisible()
  await expectNoSeriousAxeViolations(page)
  await smallScreenshot(page, 'es-preview-summary')
  await page.locator('.summary-actions').getByRole('link', { name: 'Volver al editor' }).click()

  // French at the small size: the same screen, nothing sticking out.
  await page.locator('.language-picker select').selectOption('fr')
  await expect(page.getByRole('heading', { name: 'Questions (2)' })).toBeVisible()
  await expect(page.locator('#validation-heading')).toHaveText(
    '✓ Fichier de quiz valide, 5 avertissements'
  )
  await page.locator('.editor-items > li').nth(1).getByRole('button').click()
  await expect(form.getByRole('heading', { name: 'Question 2 sur 2' })).toBeFocused()
  await expect(form).toContainText('Choix (cochez le bon)')
  await expectNoSeriousAxeViolations(page)
  await smallScreenshot(page, 'fr-item-form')
  await expectNoSidewaysOverflow(page)

  // Spanish again, and still Spanish after quitting and starting again.
  await page.locator('.language-picker select').selectOption('es')
  await expect(page.getByRole('heading', { name: 'Preguntas (2)' })).toBeVisible()
  page.once('dialog', (dialog) => void dialog.accept())
  await app.restart()
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.locator('.language-picker select')).toHaveValue('es')
  expect(app.errors).toEqual([])
})

test('a quiz file that cannot be used lists its problems in Spanish, where each is and what is wrong', async ({
  app
}) => {
  const { page } = app
  const broken = smallQuizInput()
  broken.items[0]!.target = { exact: 'nowhere in the text' }
  broken.items[1]!.id = 'bridge-safe'
  const file = test.info().outputPath('roto.quiz.json')
  await writeFile(file, JSON.stringify(broken, null, 2))

  await page.getByLabel('Language').selectOption('es')
  await page.getByLabel('Añadir un alumno').fill('Lucía')
  await page.getByLabel('Añadir un alumno').press('Enter')
  await expect(page.getByRole('heading', { name: 'Cuestionarios', level: 1 })).toBeVisible()
  app.chooseNext(file)
  await page.getByRole('button', { name: 'Abrir un cuestionario…' }).click()
  const problems = page.locator('.issue-list li')
  await expect(problems).toHaveCount(2)
  await expect(problems.nth(0)).toHaveText(
    'Pregunta 1 (items[0].target)Pregunta "bridge-safe": La cita "nowhere in the text" no está en el texto del artículo.'
  )
  await expect(problems.nth(1)).toHaveText(
    'Pregunta 2 (items[1].id)El identificador de pregunta "bridge-safe" se usa dos veces.'
  )
  await expectNoSeriousAxeViolations(page)
  expect(app.errors).toEqual([])
})

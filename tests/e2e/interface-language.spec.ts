import { join } from 'node:path'
import {
  SCREENSHOTS,
  TEST_TEACHER_PIN,
  addLearnerByKeyboard,
  enterTeacherMode,
  expect,
  expectNoSeriousAxeViolations,
  tabTo,
  test
} from './harness'

test('the interface follows the system language at first, can be changed by keyboard, and keeps the choice', async ({
  app
}) => {
  const { page } = app
  // A first start on an English system (playwright.config.ts sets en-US) speaks English.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link', { name: 'Teacher: class report' })).toBeVisible()

  await tabTo(page, page.getByRole('combobox', { name: 'Language' }))
  // Its accessible name changes with the language, so it is followed by its place from here on.
  const picker = page.locator('.language-picker select')
  await page.keyboard.press('End')
  // On a closed select, End chooses the last language: French.
  await expect(picker).toHaveValue('fr')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('navigation', { name: 'Principale' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Enseignant : bilan de la classe' })).toBeVisible()
  await expect(picker).toBeFocused()

  await picker.selectOption('es')
  await expect(page.getByRole('link', { name: 'Docente: informe de la clase' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es')
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: join(SCREENSHOTS, 'language-picker.png') })

  await app.restart()
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('link', { name: 'Docente: informe de la clase' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es')

  await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en')
  await expect(page.getByRole('link', { name: 'Teacher: class report' })).toBeVisible()
})

test.describe('on a Spanish system', () => {
  test.use({ locale: 'es-ES' })

  test('a first start speaks Spanish, and a choice of English is kept over the system', async ({
    app
  }) => {
    const { page } = app
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page.getByRole('link', { name: 'Docente: informe de la clase' })).toBeVisible()
    await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en')
    await expect(page.getByRole('link', { name: 'Teacher: class report' })).toBeVisible()
    await app.restart()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en')
  })
})

test('two learners on one computer each get back the language they chose, also after a restart', async ({
  app
}) => {
  const { page } = app
  const picker = page.locator('.language-picker select')
  const switchLearner = page.locator('header').getByRole('button', {
    name: /Switch learner|Cambiar de alumno|Changer d’élève/
  })
  const chooseLearner = async (name: string): Promise<void> => {
    await page.getByRole('button', { name, exact: true }).click()
    await expect(page.locator('header')).toContainText(name)
  }

  // The teacher's PIN is set before the class arrives.
  await enterTeacherMode(page)
  await page.getByRole('button', { name: 'Lock teacher mode' }).click()
  await addLearnerByKeyboard(page, 'Amira')
  await picker.selectOption('es')
  await expect(page.getByRole('heading', { level: 1, name: 'Cuestionarios' })).toBeVisible()
  await switchLearner.click()
  // Bo arrives at the Spanish screen Amira left, and chooses English for himself.
  await page.getByLabel('Añadir un alumno').fill('Bo')
  await page.getByLabel('Añadir un alumno').press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Cuestionarios' })).toBeVisible()
  await picker.selectOption('en')
  await expect(page.getByRole('heading', { level: 1, name: 'Quizzes' })).toBeVisible()

  await switchLearner.click()
  await chooseLearner('Amira')
  await expect(page.getByRole('heading', { level: 1, name: 'Cuestionarios' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await switchLearner.click()
  await chooseLearner('Bo')
  await expect(page.getByRole('heading', { level: 1, name: 'Quizzes' })).toBeVisible()

  // Cy makes her name on a French screen and keeps French; a teacher's English in teacher mode
  // does not become hers.
  await switchLearner.click()
  await picker.selectOption('fr')
  await page.getByLabel('Ajouter un élève').fill('Cy')
  await page.getByLabel('Ajouter un élève').press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Quiz' })).toBeVisible()
  await page.goto(page.url().replace(/#.*$/, '#/teacher'))
  await page.getByLabel('Code PIN de l’enseignant').fill(TEST_TEACHER_PIN)
  await page.getByRole('button', { name: 'Déverrouiller', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Verrouiller le mode enseignant' })).toBeVisible()
  await picker.selectOption('en')
  await page.getByRole('button', { name: 'Lock teacher mode' }).click()
  await chooseLearner('Bo')
  await expect(page.getByRole('heading', { level: 1, name: 'Quizzes' })).toBeVisible()
  await switchLearner.click()
  await chooseLearner('Cy')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await switchLearner.click()
  await chooseLearner('Bo')

  // After a restart the computer speaks the language chosen last, and each learner theirs.
  await app.restart()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await chooseLearner('Amira')
  await expect(page.getByRole('heading', { level: 1, name: 'Cuestionarios' })).toBeVisible()
  await expect(picker).toHaveValue('es')
  expect(app.errors).toEqual([])
})

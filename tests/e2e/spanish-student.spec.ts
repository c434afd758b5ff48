import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { smallQuizInput } from '../fixtures/quizzes'
import { SCREENSHOTS, expect, expectNoSeriousAxeViolations, tabTo, test } from './harness'

const SHIPPED = 'The Taliban, ISIS-K and the Moscow attack'
const SMALL = 'A small quiz'
/** Intl puts a (narrow) no-break space before the percent sign in Spanish: "67 %". */
const SPACE = '[\\s\\u00a0\\u202f]'

/** The three-item quiz: allegation (key 1), fact (key 2), date (key 3), published 25 March 2024. */
function threeItemQuizText(): string {
  const quiz = smallQuizInput()
  quiz.items = quiz.items.slice(0, 3)
  return JSON.stringify(quiz, null, 2)
}

async function answer(page: Page, key: string, position: number, total: number): Promise<void> {
  await expect(page.getByText(`Pregunta ${position} de ${total}`)).toBeVisible()
  await page.keyboard.press(key)
  await expect(page.locator('.feedback h3')).toBeVisible()
}

test('a learner uses Says Who? in Spanish: library, a question with its feedback, the summary, history, and Spanish again after a restart', async ({
  app
}) => {
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 860 })

  // The header's picker switches the whole interface at once.
  await page.getByLabel('Language').selectOption('es')
  await expect(page.getByRole('heading', { name: '¿Quién aprende hoy?', level: 1 })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.locator('.lead')).toContainText(
    'te ayuda a distinguir lo que alguien afirma, lo que un periodista presenta como un hecho'
  )
  await tabTo(page, page.getByLabel('Añadir un alumno'))
  await page.keyboard.type('Lucía')
  await page.keyboard.press('Enter')

  // The library: headings, counts with their plural, the card's buttons named in Spanish.
  await expect(page.getByRole('heading', { name: 'Cuestionarios', level: 1 })).toBeVisible()
  await expect(page.locator('.hint').first()).toContainText(
    'O arrastra a cualquier parte de esta ventana un archivo .quiz.json'
  )
  const card = page.locator('.quiz-card', { hasText: SHIPPED })
  await expect(card).toContainText(/59 preguntas\s+·\s+artículo de \d+ palabras/)
  await expect(card).toContainText('Aún sin terminar')
  await expect(card).toContainText('incluido en Says Who?')
  // The level is one of the app's own three words, so it is said in Spanish too.
  await expect(card).toContainText('Nivel: avanzado')

  await page.screenshot({ path: test.info().outputPath('spanish-library.png') })

  // The primer comes first, in Spanish too.
  await card.getByRole('button', { name: `Empezar ${SHIPPED}` }).click()
  await expect(page.getByRole('heading', { name: 'Cómo saber quién lo dice' })).toBeVisible()
  await expect(page.locator('.primer-clues')).toContainText('Verbos de habla')
  await page.screenshot({ path: test.info().outputPath('spanish-primer.png'), fullPage: true })
  await page.getByRole('button', { name: 'Saltar esto y empezar el cuestionario' }).click()

  // A claim taken for a fact: the feedback explains who speaks, in Spanish, with the article's words.
  await expect(page.getByText('Pregunta 1 de 59')).toBeVisible()
  await expect(
    page.getByRole('heading', { name: '¿Qué es el fragmento resaltado?', level: 1 })
  ).toBeFocused()
  await expect(page.getByRole('group', { name: 'Elige una etiqueta' })).toBeVisible()
  await page.keyboard.press('2')
  const feedback = page.locator('.feedback')
  await expect(feedback.locator('h3')).toContainText('✗ No exactamente. La respuesta es:')
  await expect(feedback).toContainText('Cuidado: esto es lo que afirma alguien, no un hecho.')
  await expect(feedback.locator('dt').first()).toHaveText('Quién habla')
  await expect(feedback).toContainText("Sohail Shaheen, the Taliban's spokesman in Qatar")
  await expect(page.locator('.legend')).toContainText('subrayado las palabras pista')
  await expect(page.locator('.legend')).toContainText('recuadrado quien habla')
  await expect(page.getByRole('button', { name: /Siguiente pregunta/ })).toBeFocused()
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: join(SCREENSHOTS, 'spanish-quiz.png') })
  await page.setViewportSize({ width: 1024, height: 640 })
  await page.screenshot({ path: test.info().outputPath('spanish-quiz-1024.png') })
  await page.setViewportSize({ width: 1280, height: 860 })

  // Back in the library, the unfinished attempt waits, said in Spanish.
  await page.getByRole('link', { name: 'Cuestionarios', exact: true }).click()
  await expect(page.locator('.resume-banner')).toContainText(
    `Dejaste ${SHIPPED} tras responder 1 de 59 preguntas.`
  )
  await expect(page.getByRole('button', { name: 'Seguir en la pregunta 2' })).toBeVisible()

  // A quiz file opened from the teacher, then answered to the end.
  const file = test.info().outputPath('pequeño.quiz.json')
  await writeFile(file, threeItemQuizText())
  app.chooseNext(file)
  await page.getByRole('button', { name: 'Abrir un cuestionario…' }).click()
  await expect(page.getByRole('status').filter({ hasText: `${SMALL} se ha añadido` })).toBeVisible()
  await page.getByRole('button', { name: `Empezar ${SMALL}` }).click()
  await expect(page.locator('.article-dateline time')).toHaveText('lunes, 25 de marzo de 2024')
  await answer(page, '2', 1, 3)
  await page.getByRole('button', { name: /Siguiente pregunta/ }).click()
  await answer(page, '2', 2, 3)
  await expect(page.locator('.feedback h3')).toContainText('✓ Correcto:')
  await page.getByRole('button', { name: /Siguiente pregunta/ }).click()
  await answer(page, '3', 3, 3)
  await page.getByRole('button', { name: /Ver mis resultados/ }).click()

  // The summary: the score, plurals for one and for several, the tables' headings.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    new RegExp(`^Has sacado 2 de 3 \\(67${SPACE}%\\)$`)
  )
  await expect(page.locator('.feedback-key-mistake')).toContainText(
    'Tomaste 1 afirmación por un hecho.'
  )
  await expect(page.locator('.all-answers summary')).toHaveText('Las 3 respuestas')
  await expect(page.getByRole('button', { name: 'Practicar la que fallé' })).toBeVisible()
  await expect(page.locator('.missed-item')).toContainText(
    'Elegiste Reported fact; la respuesta es Attributed allegation.'
  )
  await expect(page.locator('.skill-table')).toContainText('Detectar afirmaciones')
  await expect(page.getByRole('columnheader', { name: 'Aciertos' }).first()).toBeVisible()
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('spanish-summary.png'), fullPage: true })

  // History: dates and states in Spanish; the export button counts what is ticked.
  await page.getByRole('link', { name: 'Mi historial' }).first().click()
  await expect(page.getByRole('heading', { name: 'Mi historial', level: 1 })).toBeVisible()
  const month = new Intl.DateTimeFormat('es', { month: 'long' }).format(new Date())
  await expect(page.locator('.history-table tbody tr').first()).toContainText(
    new RegExp(`\\d{1,2} de ${month} de \\d{4}`)
  )
  await expect(page.locator('.history-table')).toContainText('Terminado')
  await expect(page.locator('.history-table')).toContainText('En curso')
  const exportButton = page.locator('.history-export button.primary')
  await expect(exportButton).toHaveText('Exportar resultados como archivo…')
  await page.getByRole('checkbox', { name: new RegExp(`^Elegir para exportar: ${SMALL}`) }).check()
  await expect(exportButton).toHaveText('Exportar 1 resultado como archivo…')
  await page.getByRole('button', { name: 'Elegir todos' }).click()
  await expect(exportButton).toHaveText('Exportar 2 resultados como archivo…')
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('spanish-history.png'), fullPage: true })

  // Started again, the app still speaks Spanish.
  await app.restart()
  await expect(page.getByRole('heading', { name: '¿Quién aprende hoy?', level: 1 })).toBeVisible()
  await expect(page.getByLabel('Idioma')).toHaveValue('es')
  await page.getByRole('button', { name: 'Lucía' }).click()
  await expect(page.locator('.quiz-card', { hasText: SMALL })).toContainText(
    new RegExp(`Mejor puntuación: 67${SPACE}%`)
  )
  await expect(page.locator('.quiz-card', { hasText: SHIPPED })).toContainText(
    'En curso: pregunta 2 de 59'
  )
  expect(app.errors).toEqual([])
})

test('the quiz screen in French at 1024×640, then switched to English mid-question', async ({
  app
}) => {
  const { page } = app
  await page.setViewportSize({ width: 1024, height: 640 })
  await page.getByLabel('Language').selectOption('fr')
  await expect(
    page.getByRole('heading', { name: 'Qui apprend aujourd’hui ?', level: 1 })
  ).toBeVisible()
  await page.getByLabel('Ajouter un élève').fill('Zoé')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Quiz', level: 1 })).toBeVisible()
  const file = test.info().outputPath('petit.quiz.json')
  await writeFile(file, threeItemQuizText())
  app.chooseNext(file)
  await page.getByRole('button', { name: 'Ouvrir un fichier de quiz…' }).click()
  await expect(page.getByRole('status').filter({ hasText: `${SMALL} a été ajouté` })).toBeVisible()
  await page.getByRole('button', { name: `Commencer ${SMALL}` }).click()
  await page.getByRole('button', { name: 'Passer et commencer le quiz' }).click()
  await expect(page.getByText('Question 1 sur 3')).toBeVisible()
  await expect(page.locator('.article-dateline time')).toHaveText('lundi 25 mars 2024')
  await page.keyboard.press('2')
  await expect(page.locator('.feedback h3')).toContainText('✗ Pas tout à fait. La réponse est :')
  await expect(page.locator('.feedback-chosen')).toHaveText('Tu as choisi Reported fact.')
  await expect(page.locator('.feedback')).toContainText(
    'Attention : c’est ce que quelqu’un affirme'
  )
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('french-quiz-1024.png') })

  // Switched mid-question, the screen follows at once; the answer given stays.
  await page.getByLabel('Langue').selectOption('en')
  await expect(
    page.getByRole('heading', { name: 'What is the highlighted passage?', level: 1 })
  ).toBeVisible()
  await expect(page.locator('.feedback-chosen')).toHaveText('You chose Reported fact.')
  await expect(page.getByText('Item 1 of 3')).toBeVisible()
  await expect(page.locator('.article-dateline time')).toHaveText('Monday, 25 March 2024')
  expect(app.errors).toEqual([])
})

import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import type { QuizInput } from '../../src/shared/quiz-format'
import {
  PROJECT_ROOT,
  addLearnerByKeyboard,
  enterTeacherMode,
  expect,
  test,
  type AppHarness
} from './harness'

/**
 * The "Next item" button sticks to the bottom of the question panel (of the window, in one
 * column) so that it is reachable without scrolling after an answer. It must never sit on the
 * feedback a learner is reading: here the feedback is as long as a quiz allows (an explanation of
 * about 600 characters, a speaker, clue words, the warning about a claim taken for a fact), in
 * Spanish, which runs longer, in a 1024×640 window and at 200% zoom.
 */
const SIZES = [
  { name: '1024×640', width: 1024, height: 640 },
  // A 1280×860 window at 200% zoom lays out as 640×430 CSS pixels.
  { name: '1280×860 at 200%', width: 640, height: 430 }
] as const
const SCHEMES = ['light', 'dark'] as const
const TITLE = 'El puente: explicaciones largas'

test.use({ deviceScaleFactor: 2 })

const EXPLANATION =
  'Es una afirmación atribuida, no un hecho comprobado por el periódico: la frase depende del ' +
  'verbo «dijo», y quien habla es el ministro, una fuente con interés en que el público crea que ' +
  'el puente es seguro. El periodista no afirma por su cuenta que el puente sea seguro; solo ' +
  'informa de lo que dijo el ministro en la rueda de prensa del lunes. Fíjate también en que los ' +
  'ingenieros, más adelante en el artículo, dicen lo contrario, y en que ninguna de las dos ' +
  'partes aporta un informe técnico que el lector pueda consultar. Antes de repetirlo como un ' +
  'hecho, busca quién lo dice y con qué verbo.'

/** A Spanish quiz whose every item is a claim with the longest feedback a quiz can give. */
function longFeedbackQuiz(items: number): QuizInput {
  return {
    format: 'says-who/quiz@1',
    id: 'long-feedback',
    title: TITLE,
    language: 'es',
    article: {
      headline: 'El ministro dice que el puente es seguro',
      source: 'Prueba',
      published: '2024-03-25',
      text:
        'El ministro dijo el lunes que el puente es seguro y que no hace falta cerrarlo. ' +
        'El puente se inauguró en 1998.\nSegún los ingenieros, el puente necesita reparaciones ' +
        'urgentes antes del invierno.'
    },
    items: Array.from({ length: items }, (_, index) => ({
      type: 'classify' as const,
      id: `puente-seguro-${index + 1}`,
      target: { exact: 'el puente es seguro y que no hace falta cerrarlo' },
      answer: 'allegation',
      explanation: EXPLANATION,
      cues: [{ exact: 'dijo' }, { exact: 'Según' }],
      speaker: { name: 'El ministro de Obras Públicas', quote: { exact: 'El ministro' } }
    }))
  }
}

async function writeLongQuiz(items: number): Promise<string> {
  const file = test.info().outputPath('long-feedback.quiz.json')
  await writeFile(file, JSON.stringify(longFeedbackQuiz(items)))
  return file
}

async function openLongQuiz(app: AppHarness, items: number): Promise<Locator> {
  const { page } = app
  await addLearnerByKeyboard(page, 'Inés')
  app.chooseNext(await writeLongQuiz(items))
  await page.getByRole('button', { name: 'Open quiz file…' }).click()
  const card = page.locator('.quiz-card', { hasText: TITLE })
  await expect(card).toBeVisible()
  return card
}

interface Box {
  left: number
  right: number
  top: number
  bottom: number
}

/**
 * Scrolls the feedback's last words into view the way the browser brings anything into view (its
 * scroll containers, then the window, each by the least amount), then measures the last line of
 * the feedback and the Next button.
 */
async function scrollToFeedbackEnd(
  page: Page,
  bringIntoView = true
): Promise<{ line: Box; button: Box }> {
  return page.evaluate(async (bringIntoView) => {
    const feedback = document.querySelector('.feedback')
    const button = document.querySelector('.next-button')
    if (!feedback || !button) throw new Error('no feedback or no Next button on the screen')
    const walker = document.createTreeWalker(feedback, NodeFilter.SHOW_TEXT)
    const texts: Text[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.textContent?.trim()) texts.push(node as Text)
    const last = texts.at(-1)
    if (!last?.parentElement) throw new Error('the feedback has no text')
    if (bringIntoView) last.parentElement.scrollIntoView({ block: 'nearest', inline: 'nearest' })
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
    const range = document.createRange()
    const rects = texts.flatMap((text) => {
      range.selectNodeContents(text)
      return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0)
    })
    const bottom = Math.max(...rects.map((r) => r.bottom))
    // The last line: every piece of text whose box ends where the lowest one does.
    const line = rects.filter((r) => r.bottom > bottom - 4)
    const b = button.getBoundingClientRect()
    return {
      line: {
        left: Math.min(...line.map((r) => r.left)),
        right: Math.max(...line.map((r) => r.right)),
        top: Math.min(...line.map((r) => r.top)),
        bottom
      },
      button: { left: b.left, right: b.right, top: b.top, bottom: b.bottom }
    }
  }, bringIntoView)
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
}

function expectInViewport(page: Page, box: Box, what: string): void {
  const viewport = page.viewportSize()!
  expect.soft(box.top, `${what} is not above the window`).toBeGreaterThanOrEqual(0)
  expect
    .soft(box.bottom, `${what} is not below the window`)
    .toBeLessThanOrEqual(viewport.height + 1)
  expect.soft(box.left, `${what} starts inside the window`).toBeGreaterThanOrEqual(0)
  expect.soft(box.right, `${what} ends inside the window`).toBeLessThanOrEqual(viewport.width + 1)
}

/** Answers the item on screen (a claim taken for a fact: the longest feedback) and checks it. */
async function answerAndReadToTheEnd(page: Page, next: RegExp, shot: string | null) {
  await page.keyboard.press('2')
  await expect(page.locator('.feedback h3')).toBeVisible()
  const button = page.getByRole('button', { name: next })
  // The answer hands the focus to the button, as before.
  await expect(button).toBeFocused()
  await expect(button).toBeInViewport()
  if (shot) await page.screenshot({ path: test.info().outputPath(`${shot}-answered.png`) })
  // As the feedback appears, its verdict comes into view clear of the button.
  const verdict = await page.locator('.feedback h3').boundingBox()
  const resting = await button.boundingBox()
  const asBox = (b: { x: number; y: number; width: number; height: number }): Box => ({
    left: b.x,
    right: b.x + b.width,
    top: b.y,
    bottom: b.y + b.height
  })
  expectInViewport(page, asBox(verdict!), 'the verdict')
  expect
    .soft(overlaps(asBox(verdict!), asBox(resting!)), 'the Next button covers the verdict')
    .toBe(false)
  const { line, button: box } = await scrollToFeedbackEnd(page)
  if (shot) await page.screenshot({ path: test.info().outputPath(`${shot}-end.png`) })
  expectInViewport(page, line, "the feedback's last line")
  expectInViewport(page, box, 'the Next button')
  // Soft, so that one run names every size and scheme where the button is in the way.
  expect
    .soft(
      overlaps(line, box),
      `the Next button (${JSON.stringify(box)}) covers the feedback's last line (${JSON.stringify(line)})`
    )
    .toBe(false)
  // Reading to the end took nothing away from the learner: the focus is still on the button.
  await expect(button).toBeFocused()
}

async function everySize(
  page: Page,
  check: (name: string, scheme: (typeof SCHEMES)[number]) => Promise<void>
): Promise<void> {
  for (const size of SIZES)
    for (const scheme of SCHEMES) {
      await page.setViewportSize({ width: size.width, height: size.height })
      await page.emulateMedia({ colorScheme: scheme })
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))))
      await test.step(`${size.name}, ${scheme}`, () => check(size.name, scheme))
    }
}

test('a long feedback is never covered by the Next item button, at 1024×640 and at 200% zoom, in light and dark', async ({
  app
}) => {
  const { page } = app
  const count = SIZES.length * SCHEMES.length
  const card = await openLongQuiz(app, count)
  await page.setViewportSize({ width: 1024, height: 640 })
  await card.getByRole('button', { name: `Start ${TITLE}` }).click()
  let index = 1
  await everySize(page, async (name, scheme) => {
    await expect(page.getByText(`Item ${index} of ${count}`)).toBeVisible()
    const shot = scheme === 'light' ? (name === '1024×640' ? 'narrow' : 'zoom') : null
    await answerAndReadToTheEnd(page, /^(Next item|See my results)/, shot)
    await page.keyboard.press('Enter')
    index++
  })
  await expect(page.getByRole('heading', { name: 'By label' })).toBeVisible()
  expect(app.errors).toEqual([])
})

test('in Spanish, the long feedback is never covered by the "Siguiente pregunta" button either', async ({
  app
}) => {
  const { page } = app
  const count = SIZES.length * SCHEMES.length
  const card = await openLongQuiz(app, count)
  await page.getByLabel('Language').selectOption('es')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await page.setViewportSize({ width: 1024, height: 640 })
  await card.getByRole('button', { name: `Empezar ${TITLE}` }).click()
  await page.getByRole('button', { name: 'Saltar esto y empezar el cuestionario' }).click()
  let index = 1
  await everySize(page, async (name, scheme) => {
    await expect(page.getByText(`Pregunta ${index} de ${count}`)).toBeVisible()
    const shot = scheme === 'dark' ? (name === '1024×640' ? 'es-narrow' : 'es-zoom') : null
    await answerAndReadToTheEnd(page, /^(Siguiente pregunta|Ver mis resultados)/, shot)
    await page.keyboard.press('Enter')
    index++
  })
  expect(app.errors).toEqual([])
})

test("the teacher's preview, which shows the student's screen, keeps the long feedback clear of its Next button too", async ({
  app
}) => {
  const { page } = app
  const count = SIZES.length * SCHEMES.length
  await enterTeacherMode(page)
  await page.getByRole('link', { name: 'Teacher: quiz editor' }).click()
  app.chooseNext(await writeLongQuiz(count))
  await page.getByRole('button', { name: 'Edit an existing quiz file…' }).click()
  await page.getByRole('button', { name: 'Preview as student' }).click()
  let index = 1
  await everySize(page, async (name, scheme) => {
    await expect(page.getByText(`Item ${index} of ${count}`)).toBeVisible()
    const shot =
      scheme === 'light' ? (name === '1024×640' ? 'preview-narrow' : 'preview-zoom') : null
    await answerAndReadToTheEnd(page, /^(Next item|See the summary)/, shot)
    await page.keyboard.press('Enter')
    index++
  })
  expect(app.errors).toEqual([])
})

test('by keyboard alone, End and the arrow keys on the Next button read the rest of a long feedback', async ({
  app
}) => {
  const { page } = app
  const card = await openLongQuiz(app, SIZES.length)
  await page.setViewportSize({ width: 1024, height: 640 })
  await card.getByRole('button', { name: `Start ${TITLE}` }).click()
  let index = 1
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height })
    await expect(page.getByText(`Item ${index} of ${SIZES.length}`)).toBeVisible()
    await page.keyboard.press('2')
    const button = page.getByRole('button', { name: /^(Next item|See my results)/ })
    await expect(button).toBeFocused()
    // Down a line, then to the end: the panel (or, in one column, the page) scrolls.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('End')
    // The browser's own scrolling (one column) may glide: wait until the end has come up.
    await expect
      .poll(async () => (await scrollToFeedbackEnd(page, false)).line.bottom)
      .toBeLessThanOrEqual(size.height + 1)
    const { line, button: box } = await scrollToFeedbackEnd(page, false)
    expectInViewport(page, line, `at ${size.name}, the feedback's last line after End`)
    expect(overlaps(line, box), `at ${size.name}, the button covers the last line`).toBe(false)
    await expect(button).toBeFocused()
    // Home goes back up to where the learner is in the quiz.
    await page.keyboard.press('Home')
    await expect(page.getByText(`Item ${index} of ${SIZES.length}`)).toBeInViewport()
    await page.keyboard.press('Enter')
    index++
  }
  await expect(page.getByRole('heading', { name: 'By label' })).toBeVisible()
  expect(app.errors).toEqual([])
})

test('at 200% zoom, the verdict of an item with four choices comes into view clear of the Next button', async ({
  app
}) => {
  const { page } = app
  await addLearnerByKeyboard(page, 'Noor')
  app.chooseNext(join(PROJECT_ROOT, 'tests/fixtures/quizzes/mixed-types.quiz.json'))
  await page.getByRole('button', { name: 'Open quiz file…' }).click()
  await page.getByRole('button', { name: 'Start The bridge: every kind of item' }).click()
  await page.setViewportSize({ width: 640, height: 430 })
  // Item 1 ("Which label?", three choices), then item 2 ("Who says it?", four).
  for (const item of [1, 2]) {
    await expect(page.getByText(`Item ${item} of 6`)).toBeVisible()
    await page.keyboard.press('2')
    const button = page.getByRole('button', { name: 'Next item' })
    await expect(button).toBeFocused()
    const verdict = page.locator('.feedback-verdict')
    await expect(verdict).toBeInViewport({ ratio: 1 })
    const [v, b] = [await verdict.boundingBox(), await button.boundingBox()]
    expect(
      v!.y + v!.height,
      `item ${item}: the verdict ends above the Next button`
    ).toBeLessThanOrEqual(b!.y)
    if (item === 2) await page.screenshot({ path: test.info().outputPath('four-choices-zoom.png') })
    await page.keyboard.press('Enter')
  }
  expect(app.errors).toEqual([])
})

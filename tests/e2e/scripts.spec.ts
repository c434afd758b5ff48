import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import {
  PROJECT_ROOT,
  SCREENSHOTS,
  addLearnerByKeyboard,
  enterTeacherMode,
  expect,
  expectNoSeriousAxeViolations,
  tabTo,
  test
} from './harness'

const ARABIC = join(PROJECT_ROOT, 'tests/fixtures/quizzes/afghans-deny-agent-ar.quiz.json')
const ARABIC_TITLE = 'الأفغان ينفون: من يقول ماذا؟'
const GREEK = join(PROJECT_ROOT, 'tests/fixtures/quizzes/pentagon-gunship-el.quiz.json')
const GREEK_TITLE = 'Το Πεντάγωνο και το AC-130: ποιος το λέει;'

async function next(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: /Next item|See my results/ })).toBeFocused()
  await page.keyboard.press('Enter')
}

async function startQuiz(page: Page, file: string, title: string, open: (f: string) => void) {
  await addLearnerByKeyboard(page, 'Amira')
  open(file)
  await tabTo(page, page.getByRole('button', { name: 'Open quiz file…' }))
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByRole('button', { name: `Start ${title}` }))
  await page.keyboard.press('Enter')
}

/** The quiz's words carry its language and direction; the interface around them keeps its own. */
async function expectQuizText(locator: Locator, lang: string, dir: 'rtl' | 'ltr') {
  await expect(locator).toHaveAttribute('lang', lang)
  await expect(locator).toHaveAttribute('dir', dir)
  expect(await locator.evaluate((element) => getComputedStyle(element).direction)).toBe(dir)
}

async function expectInterfaceLeftToRight(page: Page): Promise<void> {
  const heading = page.locator('#question-heading')
  expect(await heading.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr')
  await expect(heading).not.toHaveAttribute('lang', /.+/)
}

/** Where the first characters of an element's text are drawn, as a box on the screen. */
function firstCharactersBox(locator: Locator, count: number) {
  return locator.evaluate((element, n) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    let node = walker.nextNode()
    while (node && (node.textContent ?? '').trim() === '') node = walker.nextNode()
    if (!node) throw new Error('no text')
    const range = document.createRange()
    const at = (node.textContent ?? '').search(/\S/)
    range.setStart(node, at)
    range.setEnd(node, at + n)
    const box = range.getBoundingClientRect()
    return { left: box.left, right: box.right, top: box.top }
  }, count)
}

/** A reads before B on screen: above it, or on the same line at its start side (right in RTL). */
async function expectReadsBefore(a: Locator, b: Locator, dir: 'rtl' | 'ltr'): Promise<void> {
  const first = (await a.evaluate((e) => e.getClientRects()[0]?.toJSON())) as DOMRect
  const second = (await b.evaluate((e) => e.getClientRects()[0]?.toJSON())) as DOMRect
  if (Math.abs(first.top - second.top) > 4) expect(first.top).toBeLessThan(second.top)
  else if (dir === 'rtl') expect(first.left).toBeGreaterThanOrEqual(second.right - 1)
  else expect(first.right).toBeLessThanOrEqual(second.left + 1)
}

test('an Arabic quiz reads right to left: article, passage, highlights, clue words and feedback, by keyboard', async ({
  app
}) => {
  const { page } = app
  await startQuiz(page, ARABIC, ARABIC_TITLE, app.chooseNext)

  // 1. Which label? The article and the passage are Arabic, right to left.
  await expect(
    page.getByRole('heading', { name: 'What is the highlighted passage?' })
  ).toBeVisible()
  const paragraph = page.locator('article p', { has: page.locator('mark.mark-target') })
  await expectQuizText(paragraph, 'ar', 'rtl')
  await expectQuizText(page.locator('.article-headline'), 'ar', 'rtl')
  await expectQuizText(page.locator('blockquote.passage'), 'ar', 'rtl')
  await expectInterfaceLeftToRight(page)
  // The paragraph's first word is drawn at its right edge.
  const paragraphBox = (await paragraph.boundingBox())!
  const firstWord = await firstCharactersBox(paragraph, 4)
  expect(paragraphBox.x + paragraphBox.width - firstWord.right).toBeLessThan(3)
  const target = page.locator('article mark.mark-target')
  await expect(target).toHaveText('التقارير التي تشير إلى غير ذلك لا أساس لها')
  await page.keyboard.press('1')
  await expect(page.locator('.feedback h3')).toHaveText('✓ Right: ادعاء منسوب')
  await expect(page.locator('.feedback h3 bdi')).toHaveAttribute('dir', 'rtl')
  await expectQuizText(page.locator('.feedback-explanation'), 'ar', 'rtl')
  // The speaker and the cue come before the claim: above it, or to its right on the same line.
  const speaker = page.locator('article mark.mark-speaker')
  await expect(speaker).toHaveText('شفيق الله طاهري')
  await expect(page.locator('article mark.mark-cue')).toHaveText('وقال')
  await expectReadsBefore(page.locator('article mark.mark-cue'), speaker, 'rtl')
  await expectReadsBefore(speaker, target, 'rtl')
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: join(SCREENSHOTS, 'quiz-rtl.png') })
  await next(page)

  // 2. Who says it? The choices are the quiz's words, isolated in the English sentence.
  await expect(page.getByRole('heading', { name: 'Who says it?', level: 1 })).toBeVisible()
  await expectQuizText(page.locator('.choice-text').first(), 'ar', 'rtl')
  await page.keyboard.press('1')
  await expect(page.locator('.feedback h3')).toHaveText(
    '✓ Right: حلف شمال الأطلسي (NATO) ومسؤولون محليون'
  )
  await expect(page.locator('article mark.mark-speaker')).toHaveText(
    'حلف شمال الأطلسي (NATO) ومسؤولين محليين'
  )
  await next(page)

  // 3. Find the clue: the words run right to left, and the arrows follow the eye.
  await expect(page.getByRole('heading', { name: 'Find the clue', level: 1 })).toBeVisible()
  const sentence = page.locator('.clue-sentence')
  await expectQuizText(sentence, 'ar', 'rtl')
  const words = page.locator('button.clue-word')
  await expect(words.first()).toHaveText('لكنه')
  expect((await words.nth(0).boundingBox())!.x).toBeGreaterThan(
    (await words.nth(1).boundingBox())!.x
  )
  await tabTo(page, page.locator('button.clue-word[tabindex="0"]'))
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowLeft')
  await expect(page.locator('button.clue-word:focus')).toHaveText('أقرّ')
  await page.keyboard.press('Space')
  await page.keyboard.press('Enter')
  // The words are isolated (U+2068…U+2069) so the quote marks stay around them in an English line.
  await expect(page.locator('.feedback h3')).toHaveText('✓ Right: “\u2068أقرّ\u2069”')
  await expect(page.locator('article mark.mark-cue')).toHaveText('أقرّ')
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('rtl-find-clue.png') })
  await next(page)

  // 4. A fact taken for a claim: a wrong answer, so the summary lists it.
  await page.keyboard.press('1')
  await expect(page.locator('.feedback h3')).toHaveText('✗ Not quite. The answer is: حقيقة مروية')
  await expect(page.locator('.feedback-chosen bdi')).toHaveText('ادعاء منسوب')
  await next(page)

  // 5. A date.
  await page.keyboard.press('3')
  await expect(page.locator('.feedback h3')).toHaveText('✓ Right: تاريخ أو وقت')
  await next(page)

  // 6. The date words in a long sentence: "يوم الثلاثاء" are words 14 and 15.
  await expect(page.getByRole('heading', { name: 'Find the clue', level: 1 })).toBeVisible()
  await tabTo(page, page.locator('button.clue-word[tabindex="0"]'))
  await page.keyboard.press('Home')
  for (let i = 0; i < 13; i++) await page.keyboard.press('ArrowLeft')
  await expect(page.locator('button.clue-word:focus')).toHaveText('يوم')
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('Space')
  await page.keyboard.press('Enter')
  await expect(page.locator('.feedback h3')).toHaveText('✓ Right: “\u2068يوم الثلاثاء\u2069”')
  await next(page)

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You scored 5 out of 6 (83%)')
  const missed = page.locator('.missed-item')
  await expect(missed).toHaveCount(1)
  await expectQuizText(missed.locator('blockquote.passage'), 'ar', 'rtl')
  await expect(missed).toContainText('You chose ادعاء منسوب; the answer is حقيقة مروية.')
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('rtl-summary.png'), fullPage: true })
  expect(app.errors).toEqual([])
})

test('the Arabic quiz at 1024×640 in dark mode keeps its marks on the right words', async ({
  app
}) => {
  const { page } = app
  await page.setViewportSize({ width: 1024, height: 640 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await startQuiz(page, ARABIC, ARABIC_TITLE, app.chooseNext)
  await expect(
    page.getByRole('heading', { name: 'What is the highlighted passage?' })
  ).toBeVisible()
  await page.keyboard.press('1')
  await expect(page.locator('.feedback h3')).toContainText('✓ Right')
  await expectReadsBefore(
    page.locator('article mark.mark-speaker'),
    page.locator('article mark.mark-target'),
    'rtl'
  )
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('rtl-dark-narrow.png') })
  expect(app.errors).toEqual([])
})

test('a Greek quiz renders its script left to right, every item type by keyboard', async ({
  app
}) => {
  const { page } = app
  await startQuiz(page, GREEK, GREEK_TITLE, app.chooseNext)

  await expect(
    page.getByRole('heading', { name: 'What is the highlighted passage?' })
  ).toBeVisible()
  const paragraph = page.locator('article p', { has: page.locator('mark.mark-target') })
  await expectQuizText(paragraph, 'el', 'ltr')
  await expectQuizText(page.locator('blockquote.passage'), 'el', 'ltr')
  const paragraphBox = (await paragraph.boundingBox())!
  const firstWord = await firstCharactersBox(paragraph, 4)
  expect(firstWord.left - paragraphBox.x).toBeLessThan(3)
  await page.keyboard.press('1')
  await expect(page.locator('.feedback h3')).toHaveText('✓ Right: Ισχυρισμός με πηγή')
  await expect(page.locator('article mark.mark-cue')).toHaveText('ισχυρίζονται')
  await expectReadsBefore(
    page.locator('article mark.mark-speaker'),
    page.locator('article mark.mark-target'),
    'ltr'
  )
  await next(page)

  await expect(page.getByRole('heading', { name: 'Who says it?', level: 1 })).toBeVisible()
  await page.keyboard.press('1')
  await expect(page.locator('.feedback h3')).toHaveText('✓ Right: Το Πεντάγωνο')
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: join(SCREENSHOTS, 'quiz-greek.png') })
  await next(page)

  await expect(page.getByRole('heading', { name: 'Find the clue', level: 1 })).toBeVisible()
  const words = page.locator('button.clue-word')
  expect((await words.nth(0).boundingBox())!.x).toBeLessThan((await words.nth(1).boundingBox())!.x)
  await tabTo(page, page.locator('button.clue-word[tabindex="0"]'))
  await page.keyboard.press('Home')
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight')
  await expect(page.locator('button.clue-word:focus')).toHaveText('είπε')
  await page.keyboard.press('Space')
  await page.keyboard.press('Enter')
  await expect(page.locator('.feedback h3')).toHaveText('✓ Right: “είπε”')
  await next(page)

  await expect(
    page.getByRole('heading', { name: 'How does the reporter frame it?', level: 1 })
  ).toBeVisible()
  await page.keyboard.press('2')
  await expect(page.locator('.feedback h3')).toHaveText('✓ Right: Distancing or doubtful')
  await expectQuizText(page.locator('.feedback .clue-chip'), 'el', 'ltr')
  await next(page)

  await expect(page.getByRole('heading', { name: 'When?', level: 1 })).toBeVisible()
  await expect(page.locator('article mark.mark-target')).toHaveText('τη Δευτέρα')
  await page.keyboard.press('1')
  await expect(page.locator('.feedback h3')).toHaveText('✓ Right: Δευτέρα 15 Ιουλίου 2002')
  await next(page)

  await page.keyboard.press('2')
  await expect(page.locator('.feedback h3')).toHaveText('✓ Right: Αναφερόμενο γεγονός')
  await next(page)
  await page.keyboard.press('3')
  await expect(page.locator('.feedback h3')).toHaveText('✓ Right: Ημερομηνία ή χρόνος')
  await next(page)

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You scored 7 out of 7 (100%)')
  await expectNoSeriousAxeViolations(page)
  expect(app.errors).toEqual([])
})

test('the editor shows an Arabic quiz right to left with its badges at the start of each passage, and drafts nothing', async ({
  app
}) => {
  const { page } = app
  await enterTeacherMode(page)
  await page.getByRole('link', { name: 'Teacher: quiz editor' }).click()
  app.chooseNext(ARABIC)
  await page.getByRole('button', { name: 'Edit an existing quiz file…' }).click()
  await expect(page.locator('.editor-items > li')).toHaveCount(6)
  await expectQuizText(page.locator('#article-heading'), 'ar', 'rtl')
  const paragraph = page.locator('.editor-article-text p').first()
  await expectQuizText(paragraph, 'ar', 'rtl')
  // A passage's badge sits at its start: the right end of its first line.
  const mark = page.locator('mark.item-mark', { has: page.locator('.item-badge') }).first()
  const badge = mark.locator('.item-badge')
  const firstLine = (await mark.evaluate((e) => e.getClientRects()[0]?.toJSON())) as DOMRect
  const badgeBox = (await badge.boundingBox())!
  expect(firstLine.right - (badgeBox.x + badgeBox.width)).toBeLessThan(4)
  expect(badgeBox.x - firstLine.left).toBeGreaterThan(badgeBox.width)

  await page.getByRole('button', { name: 'Draft items' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Drafting' })).toContainText(
    'Drafting suggestions work only for English articles; this quiz is in Arabic.'
  )
  await expect(page.locator('.suggestion-list')).toHaveCount(0)
  await expect(page.locator('.editor-items > li')).toHaveCount(6)
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('editor-rtl.png') })

  // The preview shows it as a learner would: right to left, the label buttons in Arabic.
  await page.getByRole('button', { name: 'Preview as student' }).click()
  await expectQuizText(page.locator('.article-headline'), 'ar', 'rtl')
  await expectQuizText(page.locator('blockquote.passage'), 'ar', 'rtl')
  await page.getByRole('button', { name: /ادعاء منسوب/ }).click()
  await expect(page.locator('.feedback h3')).toHaveText('✓ Right: ادعاء منسوب')
  await expectQuizText(page.locator('.feedback-explanation'), 'ar', 'rtl')
  await page.screenshot({ path: test.info().outputPath('preview-rtl.png') })
  await page.getByRole('link', { name: 'Back to the editor' }).click()

  // The teacher says what language the article is in; the article follows it.
  const language = page.getByLabel('Article written in')
  await expect(language).toHaveValue('ar')
  await expect(page.locator('#quiz-language-hint')).toContainText('Now: Arabic.')
  await language.fill('el')
  await language.press('Tab')
  await expectQuizText(paragraph, 'el', 'ltr')
  await expect(page.locator('#quiz-language-hint')).toContainText('Now: Greek.')
  expect(app.errors).toEqual([])
})

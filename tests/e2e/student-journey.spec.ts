import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { QuizResponse } from '../../src/shared/attempt-format'
import { validateQuizText } from '../../src/shared/quiz-validation'
import { rightResponse, wrongResponse } from '../fixtures/results'
import { answerByKeyboard as respondByKeyboard } from './answer-items'
import {
  PROJECT_ROOT,
  SCREENSHOTS,
  addLearnerByKeyboard,
  expect,
  expectNoSeriousAxeViolations,
  tabTo,
  test
} from './harness'
import { articleQuiz } from '../fixtures/quizzes'

const quiz = articleQuiz()
const labelIds = quiz.labels.map((label) => label.id)
/** Every quiz shipped in quizzes/, in the library's order. */
const shipped = readdirSync(join(PROJECT_ROOT, 'quizzes'))
  .filter((name) => name.endsWith('.quiz.json'))
  .map((name) => {
    const checked = validateQuizText(readFileSync(join(PROJECT_ROOT, 'quizzes', name), 'utf8'))
    if (!checked.ok) throw new Error(`shipped quiz ${name}`)
    return checked.quiz
  })
  .sort((a, b) => a.title.localeCompare(b.title))

/**
 * The learner's plan: right on most items, wrong on every fourth (starting with the second): the
 * next label for "Which label?", another choice, a word far from the clue or the events reversed.
 */
function chosenResponse(index: number): QuizResponse {
  const item = quiz.items[index]!
  if (index % 4 !== 1) return rightResponse(item)
  if (item.type === 'classify')
    return {
      type: 'classify',
      label: labelIds[(labelIds.indexOf(item.answer) + 1) % labelIds.length]!
    }
  return wrongResponse(item, labelIds, () => 0)
}

function isRight(index: number): boolean {
  const key = JSON.stringify(rightResponse(quiz.items[index]!))
  return JSON.stringify(chosenResponse(index)) === key
}

function chosenLabel(index: number): string | null {
  const response = chosenResponse(index)
  return response.type === 'classify' ? response.label : null
}

async function answerByKeyboard(page: Page, index: number): Promise<void> {
  const item = quiz.items[index]!
  await expect(page.getByText(`Item ${index + 1} of ${quiz.items.length}`)).toBeVisible()
  if (item.type === 'classify')
    await expect(page.locator('blockquote.passage')).toHaveText(`“${item.target.exact}”`)
  await expect(page.locator('mark.mark-target').first()).toBeInViewport()
  await respondByKeyboard(page, quiz, item, chosenResponse(index))
  const right = isRight(index)
  await expect(page.locator('.feedback h3')).toContainText(right ? '✓ Right' : '✗ Not quite')
  await expect(page.locator('.feedback')).toContainText(item.explanation ?? '')
  await expect(page.getByRole('button', { name: /Next item|See my results/ })).toBeFocused()
}

test('a learner takes the article quiz by keyboard, stops after 5, resumes at item 6 and sees the right score', async ({
  app
}) => {
  const { page } = app
  await addLearnerByKeyboard(page, 'Amira')
  await expect(page.getByRole('heading', { name: quiz.title })).toBeVisible()
  await expect(page.locator('.quiz-card', { hasText: quiz.title })).toContainText(
    `${quiz.items.length} items`
  )
  // The library: every shipped quiz, sorted by title, each card with its topic, length and level.
  const cards = page.locator('.quiz-card')
  await expect(cards.locator('h2')).toHaveText(shipped.map((entry) => entry.title))
  for (const [i, entry] of shipped.entries()) {
    await expect(cards.nth(i).locator('.quiz-topic')).toHaveText(entry.topic ?? '')
    await expect(cards.nth(i)).toContainText(/article of \d+ words/)
    await expect(cards.nth(i)).toContainText(`Level: ${entry.level}`)
  }
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: join(SCREENSHOTS, 'library.png') })

  await tabTo(page, page.getByRole('button', { name: `Start ${quiz.title}` }))
  await page.keyboard.press('Enter')

  for (let index = 0; index < 5; index++) {
    await answerByKeyboard(page, index)
    if (index === 1) {
      await expectNoSeriousAxeViolations(page)
      await page.screenshot({ path: join(SCREENSHOTS, 'question-feedback.png') })
    }
    await page.keyboard.press('Enter')
  }
  await expect(page.getByText(`Item 6 of ${quiz.items.length}`)).toBeVisible()

  // Close the app mid-quiz and start it again.
  await app.restart()
  await expect(page.getByRole('heading', { name: 'Who is learning today?' })).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOTS, 'profiles.png') })
  await tabTo(page, page.getByRole('button', { name: 'Amira' }))
  await page.keyboard.press('Enter')
  await expect(page.locator('.badge', { hasText: 'In progress: item 6 of' })).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOTS, 'resume.png') })
  await tabTo(page, page.getByRole('button', { name: 'Resume at item 6' }))
  await page.keyboard.press('Enter')

  await expect(page.getByRole('progressbar')).toHaveAttribute('value', '5')
  for (let index = 5; index < quiz.items.length; index++) {
    await answerByKeyboard(page, index)
    await page.keyboard.press('Enter')
  }

  const correct = quiz.items.filter((_, index) => isRight(index)).length
  expect(correct).toBeLessThan(quiz.items.length)
  const percent = Math.round((100 * correct) / quiz.items.length)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `You scored ${correct} out of ${quiz.items.length} (${percent}%)`
  )
  for (const label of quiz.labels) {
    const items = quiz.items
      .map((item, index) => ({ item, index }))
      .filter(({ item }) => item.type === 'classify' && item.answer === label.id)
    const right = items.filter(({ index }) => isRight(index)).length
    await expect(page.getByRole('row', { name: label.name })).toContainText(
      `${right} of ${items.length}`
    )
  }
  const takenForFacts = quiz.items.filter(
    (item, index) =>
      item.type === 'classify' && item.answer === 'allegation' && chosenLabel(index) === 'fact'
  ).length
  expect(takenForFacts).toBeGreaterThan(0)
  await expect(page.getByText(`You took ${takenForFacts} claims for facts.`)).toBeVisible()
  const missed = quiz.items.length - correct
  await expect(page.getByRole('button', { name: `Practise the ${missed} I missed` })).toBeVisible()
  await expect(page.locator('.missed-item')).toHaveCount(missed)
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: join(SCREENSHOTS, 'summary.png'), fullPage: true })

  // History lists the finished attempt; reviewing it shows the same score.
  await tabTo(page, page.getByRole('link', { name: 'My history' }).first())
  await page.keyboard.press('Enter')
  const row = page.getByRole('row', { name: new RegExp(quiz.title) })
  await expect(row).toContainText('Finished')
  await expect(row).toContainText(`${correct} / ${quiz.items.length} (${percent}%)`)
  await page.screenshot({ path: join(SCREENSHOTS, 'history.png') })
  await tabTo(page, row.getByRole('link', { name: /Review/ }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    `${correct} out of ${quiz.items.length}`
  )

  // Practising the missed items asks exactly those.
  await tabTo(page, page.getByRole('button', { name: `Practise the ${missed} I missed` }))
  await page.keyboard.press('Enter')
  await expect(page.getByText(`Item 1 of ${missed}`)).toBeVisible()
  expect(app.errors).toEqual([])
})

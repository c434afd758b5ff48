import { readFileSync } from 'node:fs'
import { classic } from '../fixtures/quizzes'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { validateQuizText } from '../../src/shared/quiz-validation'
import {
  PROJECT_ROOT,
  SCREENSHOTS,
  addLearnerByKeyboard,
  enterTeacherMode,
  expect,
  expectNoSeriousAxeViolations,
  test
} from './harness'
import { openEditor, selectInArticle, startQuizFromText } from './editor-steps'

const ARTICLE = readFileSync(
  join(PROJECT_ROOT, 'tests/fixtures/articles/voa-afghans-deny-intel-agent.txt'),
  'utf8'
)

test('a teacher drafts a quiz from an article, corrects it, saves it, and a student takes it', async ({
  app
}) => {
  const { page } = app
  await openEditor(page)
  await startQuizFromText(page, ARTICLE, { source: 'Voice of America', published: '2012-08-28' })
  await expect(
    page.getByRole('heading', { name: 'Afghans Deny Intel Agent Killed 2 Americans' })
  ).toBeVisible()
  await expect(
    page.getByRole('heading', { name: /problem: the file cannot be saved yet/ })
  ).toBeVisible()

  await page.getByRole('button', { name: 'Draft items' }).click()
  const suggestions = page.locator('.suggestion-list > li')
  await expect(page.getByRole('heading', { name: /^Suggestions \(\d+\)$/ })).toBeVisible()
  const drafted = await suggestions.count()
  expect(drafted).toBeGreaterThanOrEqual(12)
  // The ones the drafting is unsure of come first, marked; each says why it was suggested.
  await expect(suggestions.first()).toContainText('Check first')
  const rejecting = suggestions.filter({ hasText: 'Afghan officials are rejecting' })
  await expect(rejecting).toContainText('Speaker: Afghan officials')
  await expect(rejecting).toContainText('Why: "rejecting"')
  await page.screenshot({ path: join(SCREENSHOTS, 'editor-draft.png') })
  await expectNoSeriousAxeViolations(page)

  // Accept the first five one by one, dismiss the sixth, accept the rest in one go.
  for (let i = 0; i < 5; i++)
    await page.getByRole('button', { name: 'Accept suggestion 1', exact: true }).click()
  await page.getByRole('button', { name: 'Dismiss suggestion 1', exact: true }).click()
  await expect(suggestions).toHaveCount(drafted - 6)
  await page.getByRole('button', { name: 'Accept all' }).click()
  const items = page.locator('.editor-items > li')
  await expect(items).toHaveCount(drafted - 1)
  await expect(page.getByRole('heading', { name: /Valid quiz file/ })).toBeVisible()

  // Edit one: the explanation of the first item.
  await items.first().getByRole('button').click()
  const explanation = page.getByRole('textbox', { name: /^Explanation/ })
  await explanation.fill('Afghan officials deny it: "rejecting" is their denial, not a fact.')
  await explanation.blur()
  // Delete one: the second item.
  await items.nth(1).getByRole('button').click()
  const deletedText = (await page.locator('.item-form blockquote').textContent()) ?? ''
  await page.getByRole('button', { name: 'Delete item' }).click()
  await expect(items).toHaveCount(drafted - 2)
  // Undo and redo the delete.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(items).toHaveCount(drafted - 1)
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(items).toHaveCount(drafted - 2)

  // Add one by selecting words in the article.
  await selectInArticle(page, 'suicide attack')
  await expect(page.locator('.selection-bar')).toContainText('Selected: “suicide attack”')
  await page.getByRole('button', { name: 'Add as Reported fact' }).click()
  await expect(items).toHaveCount(drafted - 1)
  await expect(page.locator('.item-form blockquote')).toHaveText('“suicide attack”')
  await expect(page.locator('mark.item-mark', { hasText: 'suicide attack' })).toBeVisible()
  await page
    .getByRole('textbox', { name: /^Explanation/ })
    .fill('The reporter names the attack without attributing it.')
  await page.getByRole('textbox', { name: /^Explanation/ }).blur()
  await page.screenshot({ path: join(SCREENSHOTS, 'editor-items.png') })
  await expectNoSeriousAxeViolations(page)

  // Preview as a student: nothing is recorded, the first item can be answered.
  await page.getByRole('button', { name: 'Preview as student' }).click()
  await expect(page.getByText('answers here are not recorded')).toBeVisible()
  await page.getByRole('button', { name: /Attributed allegation/ }).click()
  await expect(page.locator('.feedback h3')).toContainText('✓ Right')
  await page.getByRole('link', { name: 'Back to the editor' }).click()

  // Leaving with unsaved changes asks first; staying keeps everything.
  let asked = ''
  page.once('dialog', (dialog) => {
    asked = dialog.message()
    void dialog.dismiss()
  })
  await page.getByRole('link', { name: 'Learners' }).click()
  await expect(page.getByRole('button', { name: 'Draft items' })).toBeVisible()
  expect(asked).toBe('The quiz has unsaved changes. Discard them?')
  await expect(items).toHaveCount(drafted - 1)

  // Save: the file is written through the main process and validates.
  const file = test.info().outputPath('afghans.quiz.json')
  app.chooseNext(file)
  await expect(page.getByText('unsaved changes')).toBeVisible()
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.locator('.editor-file')).toContainText('Saved to afghans.quiz.json')
  await expect(page.getByText('unsaved changes')).toHaveCount(0)
  const checked = validateQuizText(await readFile(file, 'utf8'))
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues))
  const saved = { quiz: classic(checked.quiz) }
  expect(saved.quiz.items).toHaveLength(drafted - 1)
  expect(saved.quiz.article.published).toBe('2012-08-28')
  expect(saved.quiz.items[0]?.explanation).toBe(
    'Afghan officials deny it: "rejecting" is their denial, not a fact.'
  )
  expect(saved.quiz.items.some((i) => `“${i.target.exact}”` === deletedText)).toBe(false)
  expect(saved.quiz.items.find((i) => i.target.exact === 'suicide attack')?.answer).toBe('fact')

  // A student opens the saved file and answers its first item.
  await page.getByRole('link', { name: 'Learners' }).click()
  await addLearnerByKeyboard(page, 'Student After Teacher')
  app.chooseNext(file)
  await page.getByRole('button', { name: 'Open quiz file…' }).click()
  const card = page.locator('.quiz-card', { hasText: 'Afghans Deny Intel Agent' })
  await expect(card).toBeVisible()
  await card.getByRole('button', { name: /Start/ }).first().click()
  await expect(page.locator('blockquote.passage')).toHaveText(
    `“${saved.quiz.items[0]?.target.exact}”`
  )
  await page.keyboard.press('1')
  await expect(page.locator('.feedback h3')).toContainText('✓ Right')
  await expect(page.locator('.feedback')).toContainText('"rejecting" is their denial')
  expect(app.errors).toEqual([])
})

test('editing the article text re-places items and flags the one it cannot place', async ({
  app
}) => {
  const { page } = app
  const file = test.info().outputPath('small.quiz.json')
  const quiz = JSON.parse(
    readFileSync(join(PROJECT_ROOT, 'quizzes/taliban-isis-k.quiz.json'), 'utf8')
  )
  await writeFile(file, JSON.stringify(quiz))
  await enterTeacherMode(page)
  await page.getByRole('link', { name: 'Teacher: quiz editor' }).click()
  app.chooseNext(file)
  await page.getByRole('button', { name: 'Edit an existing quiz file…' }).click()
  await expect(page.locator('.editor-items > li')).toHaveCount(quiz.items.length)
  await page.getByRole('button', { name: 'Edit the article text' }).click()
  const text = page.getByRole('textbox', { name: /^Article text/ })
  const original = await text.inputValue()
  await text.fill(
    `A new opening line.\n${original}`
      .replace('He also noted that', 'He also stressed that')
      .replace('ISIS-K was founded in 2015', 'ISIS-K began in 2015')
  )
  await page.getByRole('button', { name: 'Apply text' }).click()
  const flagged = page.locator('.editor-items .flag-note')
  expect(await flagged.count()).toBeGreaterThanOrEqual(1)
  await expect(page.getByRole('heading', { name: /Valid quiz file|problem/ })).toBeVisible()
  // Every item still on its words, or flagged: none silently lands on other words.
  await page
    .locator('.editor-items > li', { hasText: 'check placement' })
    .first()
    .getByRole('button')
    .click()
  await expect(page.locator('.placement-flag')).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOTS, 'editor-reanchor.png') })
})

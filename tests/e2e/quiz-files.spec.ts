import { readFileSync, readdirSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { PROJECT_ROOT, SCREENSHOTS, addLearnerByKeyboard, expect, test } from './harness'

const articleQuizText = readFileSync(join(PROJECT_ROOT, 'quizzes/taliban-isis-k.quiz.json'), 'utf8')
/** The library shows every quiz shipped in quizzes/ and nothing that failed to open. */
const SHIPPED_QUIZZES = readdirSync(join(PROJECT_ROOT, 'quizzes')).filter((name) =>
  name.endsWith('.quiz.json')
).length

/** Drops files on the window the way the operating system does when a person drags them in. */
async function dropFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.evaluate((dropped) => {
    const transfer = new DataTransfer()
    for (const file of dropped)
      transfer.items.add(new File([file.text], file.name, { type: 'application/json' }))
    window.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true })
    )
    window.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })
    )
  }, files)
}

function brokenQuizText(): string {
  const quiz = JSON.parse(articleQuizText)
  quiz.id = 'broken-copy'
  quiz.items[3].target.exact = 'This sentence is not in the article'
  quiz.items[7].answer = 'opinion'
  return JSON.stringify(quiz)
}

function hostileQuizText(): string {
  const quiz = JSON.parse(articleQuizText)
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
  quiz.id = 'hostile'
  quiz.title = `Hostile ${payload}`
  quiz.article.headline = `Headline ${payload}`
  quiz.article.text = `${payload} ${quiz.article.text}`
  quiz.items[0].explanation = `Because ${payload}`
  return JSON.stringify(quiz)
}

test('opening a broken quiz file shows its errors and leaves the library as it was', async ({
  app
}) => {
  const { page } = app
  await addLearnerByKeyboard(page, 'Teacher Test')
  const cards = page.locator('.quiz-card')
  await expect(cards).toHaveCount(SHIPPED_QUIZZES)

  const file = test.info().outputPath('class-7b.quiz.json')
  await writeFile(file, brokenQuizText())
  app.chooseNext(file)
  await page.getByRole('button', { name: 'Open quiz file…' }).click()
  const report = page.getByRole('alert').filter({ hasText: 'is not a quiz Says Who? can use' })
  await expect(report).toContainText('class-7b.quiz.json is not a quiz Says Who? can use')
  await expect(report).toContainText('items[3].target')
  await expect(report).toContainText(
    'The quote "This sentence is not in the article" is not in the article text.'
  )
  await expect(report).toContainText('items[7].answer')
  await expect(cards).toHaveCount(SHIPPED_QUIZZES)
  await page.screenshot({ path: join(SCREENSHOTS, 'broken-quiz.png') })

  // The same by drag and drop, with a torn file beside it.
  await dropFiles(page, [
    { name: 'dropped-broken.quiz.json', text: brokenQuizText() },
    { name: 'torn.quiz.json', text: '{"format": "says-who/quiz@1", "items": [' }
  ])
  await expect(
    page.getByRole('alert').filter({ hasText: 'dropped-broken.quiz.json' })
  ).toContainText('items[3].target')
  await expect(page.getByRole('alert').filter({ hasText: 'torn.quiz.json' })).toContainText(
    'not valid JSON'
  )
  await expect(cards).toHaveCount(SHIPPED_QUIZZES)

  // A cancelled dialog changes nothing and says nothing.
  app.chooseNext(null)
  await page.getByRole('button', { name: 'Open quiz file…' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(cards).toHaveCount(SHIPPED_QUIZZES)
  expect(app.errors).toEqual([])
})

test('a quiz whose text holds <img onerror> and <script> shows them as text and runs nothing', async ({
  app
}) => {
  const { page } = app
  await addLearnerByKeyboard(page, 'Hostile Test')
  await dropFiles(page, [{ name: 'hostile.quiz.json', text: hostileQuizText() }])
  const card = page.locator('.quiz-card', { hasText: 'Hostile' })
  await expect(card.getByRole('heading')).toHaveText(
    'Hostile <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
  )
  await card.getByRole('button', { name: /^Start/ }).click()
  await expect(page.locator('.article-headline')).toContainText('Headline <img src=x onerror=')
  await expect(page.locator('article')).toContainText('<script>window.__pwned=2</script>')
  await page.keyboard.press('1')
  await expect(page.locator('.feedback')).toContainText(
    'Because <img src=x onerror="window.__pwned=1">'
  )
  expect(await page.locator('img').count()).toBe(0)
  expect(await page.locator('body script').count()).toBe(0)
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
  ).toBeUndefined()
  expect(app.errors).toEqual([])
})

import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { TALIBAN_ARTICLE, draftItems, selectInArticle, startEditor } from './editor-steps'
import { PROJECT_ROOT, enterTeacherMode, expect, tabTo, test } from './harness'

const VOA = readFileSync(
  join(PROJECT_ROOT, 'tests/fixtures/articles/voa-afghans-deny-intel-agent.txt'),
  'utf8'
)

/** The item form is at the top of the side panel, inside the window, and holds the focus. */
async function expectFormOnTopWithFocus(page: Page, heading: RegExp): Promise<void> {
  const form = page.locator('.item-form')
  await expect(form.getByRole('heading', { level: 3 })).toHaveText(heading)
  await expect(form).toBeInViewport()
  const [formBox, sideBox] = await Promise.all([
    form.boundingBox(),
    page.locator('.editor-side').boundingBox()
  ])
  expect(Math.abs((formBox?.y ?? -999) - (sideBox?.y ?? 0))).toBeLessThan(24)
  expect(await form.evaluate((element) => element.contains(document.activeElement))).toBe(true)
}

function focusedIsBody(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement === document.body)
}

test('"Edit" on a suggestion far down, and clicking a highlighted item, bring the item form to the top of the side panel with the focus in it', async ({
  app
}) => {
  const { page } = app
  await startEditor(page, TALIBAN_ARTICLE)
  const drafted = await draftItems(page)
  expect(drafted).toBeGreaterThanOrEqual(15)
  await page.getByRole('button', { name: 'Accept suggestion 1', exact: true }).click()
  // Accept moved the focus to the suggestion now first, not to the page.
  await expect(page.getByRole('button', { name: 'Accept suggestion 1', exact: true })).toBeFocused()

  const last = page.getByRole('button', {
    name: `Accept and edit suggestion ${drafted - 1}`,
    exact: true
  })
  await last.scrollIntoViewIfNeeded()
  const passage =
    (await page.locator('.suggestion-list > li').last().locator('p').first().textContent()) ?? ''
  await last.click()
  await expectFormOnTopWithFocus(page, /^Item 2 of 2$/)
  await expect(page.locator('.item-form blockquote')).toContainText(
    passage.replace(/^.*?“/, '').slice(0, 40)
  )

  // Scroll the side panel away, then click the first item's highlight in the article.
  await page.locator('.editor-side').evaluate((side) => (side.scrollTop = side.scrollHeight))
  await page.locator('mark.item-mark').first().click()
  await expectFormOnTopWithFocus(page, /^Item 1 of 2$/)
  expect(app.errors).toEqual([])
})

test('"Select text with the keyboard" chooses a passage in the middle of the article by keyboard alone, and it becomes an item', async ({
  app
}) => {
  const { page } = app
  await startEditor(page, VOA)
  const toggle = page.getByRole('button', { name: 'Select text with the keyboard' })
  await tabTo(page, toggle)
  await page.keyboard.press('Enter')
  const area = page.getByRole('textbox', { name: /^Article text: move with the arrow keys/ })
  await expect(area).toBeFocused()
  const text = await area.inputValue()
  const wanted = 'insider attacks'
  const at = text.indexOf(wanted)
  expect(at).toBeGreaterThan(text.length / 3)

  const caret = (): Promise<number> => area.evaluate((a: HTMLTextAreaElement) => a.selectionStart)
  // Down a line at a time, then along the line: the caret moves, so any passage can be chosen.
  for (let i = 0; i < 60 && (await caret()) < at - 120; i++) await page.keyboard.press('ArrowDown')
  for (let i = 0; i < 400 && (await caret()) < at; i++) await page.keyboard.press('ArrowRight')
  for (let i = 0; i < 400 && (await caret()) > at; i++) await page.keyboard.press('ArrowLeft')
  expect(await caret()).toBe(at)
  for (let i = 0; i < wanted.length; i++) await page.keyboard.press('Shift+ArrowRight')

  // Typing, deleting and pasting change nothing: the article is only selected here.
  await page.keyboard.type('x')
  await page.keyboard.press('Backspace')
  expect(await area.inputValue()).toBe(text)
  await page.keyboard.press('Shift+ArrowLeft')
  await page.keyboard.press('Shift+ArrowRight')

  await expect(page.locator('.selection-bar')).toContainText(`Selected: “${wanted}”`)
  await tabTo(page, page.getByRole('button', { name: 'Add as Reported fact' }))
  await page.keyboard.press('Enter')
  await expect(page.locator('.editor-items > li')).toHaveCount(1)
  await expect(page.locator('.item-form blockquote')).toHaveText(`“${wanted}”`)
  expect(await focusedIsBody(page)).toBe(false)
  expect(
    await page.locator('.item-form').evaluate((form) => form.contains(document.activeElement))
  ).toBe(true)
})

test('"Accept all" never adds a passage that is already an item, and adds nothing the second time', async ({
  app
}) => {
  const { page } = app
  await startEditor(page, VOA)
  const drafted = await draftItems(page)
  const third = page.locator('.suggestion-list > li').nth(2)
  const exact = ((await third.locator('p').first().textContent()) ?? '')
    .replace(/^[^“]*“/, '')
    .replace(/”\s*$/, '')
  // The teacher makes the third suggestion's passage an item by hand first.
  await selectInArticle(page, exact.slice(0, 60).includes('\n') ? exact.split('\n')[0]! : exact)
  await page.getByRole('button', { name: 'Add as Attributed allegation' }).click()
  const items = page.locator('.editor-items > li')
  await expect(items).toHaveCount(1)

  const acceptAll = page.getByRole('button', { name: 'Accept all' })
  await acceptAll.click()
  await expect(items).toHaveCount(drafted)
  await expect(page.locator('.editor-file')).toContainText('1 already an item')
  expect(await focusedIsBody(page)).toBe(false)
  const passages = await page.locator('.editor-items > li').allTextContents()
  expect(passages.filter((p) => p.includes(exact.slice(0, 50)))).toHaveLength(1)

  // Drafting again offers nothing new, and Accept all is not there to add anything twice.
  await page.getByRole('button', { name: 'Draft items' }).click()
  await expect(page.locator('.editor-file')).toContainText('0 suggestions drafted')
  await expect(acceptAll).toHaveCount(0)
  await expect(items).toHaveCount(drafted)
})

test('pasted article text that looks like HTML is shown as text and runs nothing', async ({
  app
}) => {
  const { page } = app
  const article =
    '<b>Mayor</b> says <i>budget</i> is fine\n\n' +
    'The mayor said <img src=x onerror="window.__pwned=1"> the budget is balanced. ' +
    '<script>window.__pwned=2</script> The council voted on Monday.'
  await startEditor(page, article)
  await expect(
    page.getByRole('heading', { name: '<b>Mayor</b> says <i>budget</i> is fine', level: 1 })
  ).toBeVisible()
  const body = page.locator('.editor-article-text')
  await expect(body).toContainText('<img src=x onerror="window.__pwned=1">')
  await expect(body).toContainText('<script>window.__pwned=2</script>')
  await expect(page.locator('.editor img, .editor b, .editor i')).toHaveCount(0)
  await draftItems(page)
  await expect(page.locator('.suggestion-list')).toContainText('<img src=x')
  await expect(page.locator('.suggestion-list img')).toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
    undefined
  )
})

async function answerWithKey(page: Page, key: string, feedback: Locator): Promise<boolean> {
  await page.keyboard.press(key)
  await expect(feedback).toBeVisible()
  return ((await feedback.textContent()) ?? '').includes('✓ Right')
}

test('"Preview as student" takes keys 1–3 and Enter, starts at any item and ends with the summary', async ({
  app
}) => {
  const { page } = app
  await startEditor(page, VOA)
  const drafted = await draftItems(page)
  await page.getByRole('button', { name: 'Accept all' }).click()
  await expect(page.getByRole('heading', { name: /Valid quiz file/ })).toBeVisible()
  await page.getByRole('button', { name: 'Preview as student' }).click()
  await expect(page.getByText('answers here are not recorded')).toBeVisible()
  await expect(page.getByText(`Item 1 of ${drafted}`)).toBeVisible()

  // Start two items before the end.
  await page.getByRole('spinbutton', { name: 'Start at item' }).fill(String(drafted - 1))
  await page.getByRole('button', { name: 'Start there' }).click()
  await expect(page.getByText(`Item ${drafted - 1} of ${drafted}`)).toBeVisible()
  await expect(
    page.getByRole('heading', { name: 'What is the highlighted passage?' })
  ).toBeFocused()

  const feedback = page.locator('.feedback h3')
  let right = 0
  if (await answerWithKey(page, '1', feedback)) right++
  await expect(page.getByRole('button', { name: /Next item/ })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByText(`Item ${drafted} of ${drafted}`)).toBeVisible()
  await expect(feedback).toHaveCount(0)
  if (await answerWithKey(page, '3', feedback)) right++
  await expect(page.getByRole('button', { name: /See the summary/ })).toBeFocused()
  await page.keyboard.press('Enter')

  const summary = page.getByRole('heading', { name: /^Summary: / })
  await expect(summary).toContainText(`Summary: ${right} of 2 right`)
  await expect(summary).toBeFocused()
  await expect(page.getByText(`From item ${drafted - 1} to the end.`)).toBeVisible()
  await page.getByRole('button', { name: 'Preview again from item 1' }).click()
  await expect(page.getByText(`Item 1 of ${drafted}`)).toBeVisible()
  expect(app.errors).toEqual([])
})

test('the start screen opens an article file into the text box, and a file that is not a quiz is refused by name', async ({
  app
}) => {
  const { page } = app
  const folder = test.info().outputPath('files')
  await mkdir(folder, { recursive: true })
  const article = join(folder, 'bridge.txt')
  await writeFile(article, 'Minister says bridge is safe\nThe minister said the bridge is safe.\n')
  const notQuiz = join(folder, 'notes.quiz.json')
  await writeFile(notQuiz, '{"title": "Notes"}')
  const torn = join(folder, 'torn.quiz.json')
  await writeFile(torn, '{"article": ')

  await enterTeacherMode(page)
  await page.getByRole('link', { name: 'Teacher: quiz editor' }).click()
  app.chooseNext(null)
  await page.getByRole('button', { name: 'Open an article file…' }).click()
  await expect(page.getByLabel('Article text')).toHaveValue('')
  await expect(page.getByRole('alert')).toHaveCount(0)

  app.chooseNext(article)
  await page.getByRole('button', { name: 'Open an article file…' }).click()
  await expect(page.getByLabel('Article text')).toHaveValue(/^Minister says bridge is safe\n/)
  await expect(page.getByLabel('Source')).toHaveValue('bridge.txt')

  for (const [file, said] of [
    [notQuiz, 'notes.quiz.json: this is not a quiz file'],
    [torn, 'torn.quiz.json:']
  ] as const) {
    app.chooseNext(file)
    await page.getByRole('button', { name: 'Edit an existing quiz file…' }).click()
    await expect(page.getByRole('alert')).toContainText(said)
    // Still the start screen, with what was there: nothing was opened.
    await expect(page.getByRole('heading', { name: 'Build a quiz from an article' })).toBeVisible()
    await expect(page.getByLabel('Article text')).toHaveValue(/^Minister says bridge is safe\n/)
  }

  await page.getByRole('button', { name: 'Start a quiz from this text' }).click()
  await expect(page.locator('#article-heading')).toHaveText('Minister says bridge is safe')
  expect(app.errors).toEqual([])
})

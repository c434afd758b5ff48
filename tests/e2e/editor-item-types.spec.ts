import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { QUIZ_FORMAT_2, type QuizItem } from '../../src/shared/quiz-format'
import { validateQuizText } from '../../src/shared/quiz-validation'
import { SCREENSHOTS, expect, expectNoSeriousAxeViolations, test } from './harness'
import { TALIBAN_ARTICLE, draftItems, openEditor, startQuizFromText } from './editor-steps'

const NEW_TYPES = [
  'Who says it?',
  'Find the clue',
  'How does the reporter frame it?',
  'When?',
  'Put in order'
]

async function openItem(page: Page, typeName: string): Promise<void> {
  await page
    .locator('.editor-items > li', { has: page.locator('.label-chip', { hasText: typeName }) })
    .first()
    .getByRole('button')
    .click()
  await expect(page.locator('.item-form .item-type')).toContainText(typeName)
}

async function eventTexts(page: Page): Promise<string[]> {
  return page.locator('.timeline-rows > li > p').allTextContents()
}

/** The whole item form, however long: the side panel scrolls, so the window grows for the shot. */
async function formShot(page: Page): Promise<Buffer> {
  const size = page.viewportSize()
  await page.setViewportSize({ width: size?.width ?? 1280, height: 2400 })
  const png = await page.locator('.item-form').screenshot()
  if (size) await page.setViewportSize(size)
  return png
}

test('a teacher accepts a drafted item of every new type, edits a source and an order by keyboard, undoes once, and saves a quiz@2 file', async ({
  app
}) => {
  const { page } = app
  await openEditor(page)
  await startQuizFromText(page, TALIBAN_ARTICLE, { published: '2024-03-25' })
  await draftItems(page)

  // Classic suggestions show first; each later type is one choice away, with its reason and how sure.
  const show = page.getByLabel('Show suggestions of type')
  for (const name of NEW_TYPES) {
    const option = show.locator('option', { hasText: name })
    await show.selectOption({ label: (await option.textContent())!.trim() })
    const first = page.locator('.suggestion-list > li').first()
    await expect(first.locator('.label-chip')).toHaveText(name)
    await expect(first).toContainText('Why:')
    await expect(first).toContainText(/sure: \d+%/)
    if (name === 'Who says it?')
      await page
        .locator('.suggestions')
        .screenshot({ path: test.info().outputPath('p-suggestions.png') })
    await page.getByRole('button', { name: 'Accept suggestion 1', exact: true }).click()
  }
  const items = page.locator('.editor-items > li')
  await expect(items).toHaveCount(5)

  // Who says it?: rename the first choice by keyboard.
  await openItem(page, 'Who says it?')
  const choice = page.getByRole('textbox', { name: 'Choice 1', exact: true })
  await choice.focus()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('The Taliban spokesman')
  await page.keyboard.press('Tab')
  await expect(choice).toHaveValue('The Taliban spokesman')
  const whoShot = await formShot(page)
  await expectNoSeriousAxeViolations(page)

  // Put in order: move the first event down twice by keyboard, then undo once.
  await openItem(page, 'Put in order')
  const before = await eventTexts(page)
  expect(before.length).toBeGreaterThanOrEqual(3)
  await page.getByRole('button', { name: 'Move event 1 down' }).focus()
  await page.keyboard.press('Enter')
  await expect.poll(() => eventTexts(page)).toEqual([before[1], before[0], ...before.slice(2)])
  // The focus stays on the moved event's button, so it can move again.
  await expect(page.getByRole('button', { name: 'Move event 2 down' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect
    .poll(() => eventTexts(page))
    .toEqual([before[1], before[2], before[0], ...before.slice(3)])
  await page.getByRole('button', { name: 'Undo' }).click()
  const ordered = [before[1]!, before[0]!, ...before.slice(2)]
  await expect.poll(() => eventTexts(page)).toEqual(ordered)
  const timelineShot = await formShot(page)
  await expectNoSeriousAxeViolations(page)

  const file = test.info().outputPath('taliban-types.quiz.json')
  app.chooseNext(file)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.locator('.editor-file')).toContainText('Saved to taliban-types.quiz.json')

  const checked = validateQuizText(await readFile(file, 'utf8'))
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues))
  expect(checked.quiz.format).toBe(QUIZ_FORMAT_2)
  const byType = new Map<string, QuizItem>(checked.quiz.items.map((item) => [item.type, item]))
  expect([...byType.keys()].sort()).toEqual(['find-clue', 'frame', 'timeline', 'when', 'who-says'])
  const who = byType.get('who-says')
  expect(who?.type === 'who-says' && who.choices[0]?.name).toBe('The Taliban spokesman')
  const timeline = byType.get('timeline')
  expect(
    timeline?.type === 'timeline' && timeline.events.map((e) => `“${e.target.exact}”`)
  ).toEqual(ordered)

  // Reopened in the editor, it has the same five items.
  await page.getByRole('button', { name: 'Close quiz' }).click()
  app.chooseNext(file)
  await page.getByRole('button', { name: 'Edit an existing quiz file…' }).click()
  await expect(items).toHaveCount(5)
  await expect(page.getByRole('heading', { name: /Valid quiz file/ })).toBeVisible()

  // Both forms side by side, for the README.
  const sheet = await page.context().newPage()
  const src = (png: Buffer): string => `data:image/png;base64,${png.toString('base64')}`
  await sheet.setContent(
    `<body style="margin:0;display:flex;gap:16px;align-items:flex-start;background:#fff"><img src="${src(whoShot)}"><img src="${src(timelineShot)}"></body>`
  )
  await sheet.screenshot({ path: join(SCREENSHOTS, 'editor-item-types.png'), fullPage: true })
  await sheet.close()
  expect(app.errors).toEqual([])
})

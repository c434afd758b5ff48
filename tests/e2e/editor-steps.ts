import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { PROJECT_ROOT, enterTeacherMode, expect } from './harness'

/** The article the app was made for, as a teacher would paste it into the editor. */
export const TALIBAN_ARTICLE = readFileSync(
  join(PROJECT_ROOT, 'tests/fixtures/articles/taliban-isis-k.txt'),
  'utf8'
)

/** Unlocks teacher mode and opens the quiz editor's start screen from the header. */
export async function openEditor(page: Page): Promise<void> {
  await enterTeacherMode(page)
  await page.getByRole('link', { name: 'Teacher: quiz editor' }).click()
}

/**
 * On the editor's start screen: pastes an article (with its source and dateline when given) and
 * starts a quiz from it. The start screen is gone once the focus is on the article's headline.
 */
export async function startQuizFromText(
  page: Page,
  article: string,
  fields: { source?: string; published?: string } = {}
): Promise<void> {
  await page.getByLabel('Article text').fill(article)
  if (fields.source !== undefined) await page.getByLabel('Source').fill(fields.source)
  if (fields.published !== undefined)
    await page.getByLabel('Published (dateline)').fill(fields.published)
  await page.getByRole('button', { name: 'Start a quiz from this text' }).click()
  await expect(page.getByRole('button', { name: 'Draft items' })).toBeVisible()
  await expect(page.locator('#article-heading')).toBeFocused()
}

/** Teacher mode, the editor, and a quiz started from `article`. */
export async function startEditor(page: Page, article: string): Promise<void> {
  await openEditor(page)
  await startQuizFromText(page, article)
}

/** Presses "Draft items" and gives how many suggestions the list shows. */
export async function draftItems(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Draft items' }).click()
  await expect(page.getByRole('heading', { name: /^Suggestions \(\d+\)$/ })).toBeVisible()
  return page.locator('.suggestion-list > li').count()
}

/** Selects words of the article as the mouse does: a DOM selection, then mouseup. */
export async function selectInArticle(page: Page, words: string): Promise<void> {
  await page.locator('.editor-article-text').evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1
      if (at === -1) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + wanted.length)
      const selection = window.getSelection()
      selection?.removeAllRanges()
      selection?.addRange(range)
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
      return
    }
    throw new Error(`"${wanted}" is not in one text node of the article`)
  }, words)
}

import type { Page } from '@playwright/test'
import type { QuizResponse } from '../../src/shared/attempt-format'
import { itemChoices } from '../../src/shared/item-kinds'
import type { Quiz, QuizItem } from '../../src/shared/quiz-format'
import { expect, tabTo } from './harness'

/**
 * Gives `response` to the item on screen through its own controls, by keyboard alone, as
 * item-types.spec.ts does for each type: number keys for the choices, arrows and Space then
 * Enter for "Find the clue", Alt+Arrow then "Check order" for "Put in order". Leaves the
 * feedback showing; the caller moves on.
 */
export async function answerByKeyboard(
  page: Page,
  quiz: Quiz,
  item: QuizItem,
  response: QuizResponse
): Promise<void> {
  switch (response.type) {
    case 'classify':
      await pressChoice(
        page,
        quiz.labels.findIndex((label) => label.id === response.label)
      )
      return
    case 'who-says':
    case 'when':
      await pressChoice(
        page,
        itemChoices(item).findIndex((choice) => choice.id === response.choice)
      )
      return
    case 'frame':
      await pressChoice(
        page,
        itemChoices(item).findIndex((choice) => choice.id === response.stance)
      )
      return
    case 'find-clue':
      await markWords(page, response.words)
      return
    case 'timeline':
      await orderEvents(page, response.order)
      return
  }
}

async function pressChoice(page: Page, index: number): Promise<void> {
  if (index < 0) throw new Error('the response names no choice of the item')
  await page.keyboard.press(String(index + 1))
}

/** Marks the words at `indexes` of the "Find the clue" sentence, then checks with Enter. */
async function markWords(page: Page, indexes: readonly number[]): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Find the clue', level: 1 })).toBeVisible()
  await tabTo(page, page.locator('button.clue-word[tabindex="0"]'))
  await page.keyboard.press('Home')
  let at = 0
  for (const index of [...indexes].sort((a, b) => a - b)) {
    for (; at < index; at++) await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Space')
  }
  await expect(page.locator('button.clue-word[aria-pressed="true"]')).toHaveCount(indexes.length)
  await page.keyboard.press('Enter')
}

/** Moves the events into `order` with Alt+ArrowUp alone, then presses "Check order". */
async function orderEvents(page: Page, order: readonly string[]): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Put in order', level: 1 })).toBeVisible()
  const shown = () =>
    page.locator('li.timeline-event').evaluateAll((rows) => rows.map((r) => r.dataset['event']))
  for (let place = 0; place < order.length; place++) {
    const id = order[place]!
    const event = page.locator(`li.timeline-event[data-event="${id}"]`)
    let at = (await shown()).indexOf(id)
    if (at === place) continue
    await tabTo(page, event)
    while (at > place) {
      await page.keyboard.press('Alt+ArrowUp')
      at--
      await expect(event).toBeFocused()
    }
  }
  expect(await shown()).toEqual(order)
  await tabTo(page, page.getByRole('button', { name: 'Check order' }))
  await page.keyboard.press('Enter')
}

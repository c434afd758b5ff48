import { anchorQuote, type TextRange } from '../../../shared/anchoring'
import { slugFrom } from '../../../shared/drafting/slug-from'
import type { DraftSuggestion } from '../../../shared/drafting/suggestion'
import { itemPassage } from '../../../shared/item-kinds'
import type { ItemType, QuizInput, QuizItem, TextQuoteInput } from '../../../shared/quiz-format'
import type { EditorMessage } from './editor-message'
import { newItem } from './editor-new-items'
import { reanchor, rememberPassage } from '../../../shared/reanchoring'
import { quoteInputFor } from '../../../shared/drafting/suggestion'

/** Changes to a copy of the edited quiz, kept apart from the store's state so they read plainly. */
export type EditorItem = QuizInput['items'][number]

/**
 * What makes two items the same question: one passage asked the same way. Two kinds of question
 * on one claim (its label, then its source) are a design, so the kind is part of the key.
 */
export function itemKey(item: EditorItem, range: TextRange): string {
  // A drafted timeline's range spans all its events: its first event tells it apart instead.
  if (item.type === 'timeline') return `timeline:${item.events[0]?.target.exact ?? ''}`
  const kind = item.type === 'find-clue' ? `find-clue-${item.clue}` : item.type
  return `${kind}:${range.start}:${range.end}`
}

/** Where each item's passage (a timeline's first event) is in the text; null where not found. */
export function itemRanges(text: string, items: readonly EditorItem[]): (TextRange | null)[] {
  return items.map((item) => {
    const found = anchorQuote(text, itemPassage(item as QuizItem))
    return found.ok ? { start: found.start, end: found.end } : null
  })
}

/**
 * Adds suggestions as items, in article order. A suggestion on a passage that is already an item
 * (or twice in the same batch) is skipped. Returns the ids of the items added.
 */
export function acceptSuggestions(
  draft: QuizInput,
  suggestions: readonly DraftSuggestion[]
): string[] {
  const text = draft.article.text
  const taken = new Set(
    itemRanges(text, draft.items).flatMap((range, i) =>
      range && draft.items[i] ? [itemKey(draft.items[i], range)] : []
    )
  )
  const used = new Set(draft.items.map((item) => item.id))
  const ids: string[] = []
  for (const suggestion of suggestions) {
    const found = anchorQuote(text, itemPassage(suggestion.item))
    const key = itemKey(suggestion.item, found.ok ? found : suggestion)
    if (taken.has(key)) continue
    taken.add(key)
    const item = JSON.parse(JSON.stringify(suggestion.item)) as EditorItem
    item.id = slugFrom(item.id, used)
    ids.push(item.id)
    draft.items.push(item)
  }
  const starts = new Map(
    draft.items.map((item) => {
      const found = anchorQuote(text, itemPassage(item as QuizItem))
      return [item, found.ok ? found.start : Number.MAX_SAFE_INTEGER] as const
    })
  )
  draft.items.sort((a, b) => (starts.get(a) ?? 0) - (starts.get(b) ?? 0))
  return ids
}

/** Inserts an item on a passage before the first item that starts after it; returns its index. */
export function insertItem(
  draft: QuizInput,
  ranges: readonly (TextRange | null)[],
  range: TextRange,
  answer: string,
  type: ItemType = 'classify'
): number {
  const text = draft.article.text
  const exact = text.slice(range.start, range.end)
  const id = slugFrom(exact, new Set(draft.items.map((other) => other.id)))
  const item = newItem(type, id, text, range, answer)
  const at = ranges.findIndex((other) => other !== null && other.start > range.start)
  const index = at === -1 ? draft.items.length : at
  draft.items.splice(index, 0, item)
  return index
}

/**
 * Replaces the article text and finds every item again: exact placements move silently,
 * changed ones are placed on the best match and flagged, lost ones are left and flagged.
 * Returns item id → what to check.
 */
export function replaceArticleText(draft: QuizInput, text: string): Map<string, EditorMessage> {
  const before = draft.article.text
  const flags = new Map<string, EditorMessage>()
  draft.article.text = text
  for (const item of draft.items) {
    const holders = item.type === 'timeline' ? item.events : [item]
    for (const holder of holders) {
      const flag = placeAgain(before, text, holder)
      if (flag && !flags.has(item.id)) flags.set(item.id, flag)
    }
  }
  return flags
}

/** Finds one passage again in the new text; says what to check when it moved or was lost. */
function placeAgain(
  before: string,
  text: string,
  holder: { target: TextQuoteInput }
): EditorMessage | null {
  const old = anchorQuote(before, holder.target)
  if (!old.ok) return null
  const placed = reanchor(text, rememberPassage(before, old))
  if (placed.status === 'lost')
    return { key: 'editor.flags.lost', values: { passage: holder.target.exact.slice(0, 60) } }
  holder.target = quoteInputFor(text, placed)
  return placed.status === 'fuzzy'
    ? { key: 'editor.flags.fuzzy', values: { score: placed.score } }
    : null
}

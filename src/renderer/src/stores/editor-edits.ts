import { anchorQuote, type TextRange } from '../../../shared/anchoring'
import { slugFrom } from '../../../shared/drafting/slug-from'
import type { DraftSuggestion } from '../../../shared/drafting/suggestion'
import type { QuizInput } from '../../../shared/quiz-format'
import { reanchor, rememberPassage } from '../../../shared/reanchoring'
import { quoteInputFor } from '../../../shared/drafting/suggestion'

/** Changes to a copy of the edited quiz, kept apart from the store's state so they read plainly. */
export type EditorItem = QuizInput['items'][number]

const rangeKey = (range: TextRange): string => `${range.start}:${range.end}`

/** Where each item's passage is in the text; null where it is not found. */
export function itemRanges(text: string, items: readonly EditorItem[]): (TextRange | null)[] {
  return items.map((item) => {
    const found = anchorQuote(text, item.target)
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
    itemRanges(text, draft.items).flatMap((range) => (range ? [rangeKey(range)] : []))
  )
  const used = new Set(draft.items.map((item) => item.id))
  const ids: string[] = []
  for (const suggestion of suggestions) {
    const found = anchorQuote(text, suggestion.item.target)
    const key = found.ok ? rangeKey(found) : rangeKey(suggestion)
    if (taken.has(key)) continue
    taken.add(key)
    const item = JSON.parse(JSON.stringify(suggestion.item)) as EditorItem
    item.id = slugFrom(item.id, used)
    ids.push(item.id)
    draft.items.push(item)
  }
  const starts = new Map(
    draft.items.map((item) => {
      const found = anchorQuote(text, item.target)
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
  answer: string
): number {
  const text = draft.article.text
  const exact = text.slice(range.start, range.end)
  const item: EditorItem = {
    type: 'classify',
    id: slugFrom(exact, new Set(draft.items.map((other) => other.id))),
    target: quoteInputFor(text, range),
    answer
  }
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
export function replaceArticleText(draft: QuizInput, text: string): Map<string, string> {
  const before = draft.article.text
  const flags = new Map<string, string>()
  draft.article.text = text
  for (const item of draft.items) {
    const old = anchorQuote(before, item.target)
    if (!old.ok) continue
    const placed = reanchor(text, rememberPassage(before, old))
    if (placed.status === 'lost') {
      flags.set(
        item.id,
        `Could not find "${item.target.exact.slice(0, 60)}" in the new text: select its passage again.`
      )
      continue
    }
    item.target = quoteInputFor(text, placed)
    if (placed.status === 'fuzzy') {
      flags.set(
        item.id,
        `The passage changed; placed on the closest match (${Math.round(placed.score * 100)}% alike). Check it.`
      )
    }
  }
  return flags
}

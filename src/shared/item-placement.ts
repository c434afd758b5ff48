import { anchorNear, anchorQuote, type TextRange } from './anchoring'
import { itemClueQuotes, itemPassages, itemSpeakerQuote } from './item-kinds'
import type { Quiz } from './quiz-format'

export interface PlacedItem {
  /** The passage asked about (a timeline's first event). */
  target: TextRange
  /** Every passage: one, or each of a timeline's events in the right order. */
  passages: TextRange[]
  cues: TextRange[]
  speaker: TextRange | null
}

/** Where an item's passage, cues and speaker sit in the article (the quiz is already validated). */
export function placeItem(quiz: Quiz, itemId: string): PlacedItem | null {
  const item = quiz.items.find((candidate) => candidate.id === itemId)
  if (!item) return null
  const text = quiz.article.text
  const passages: TextRange[] = []
  for (const passage of itemPassages(item)) {
    const found = anchorQuote(text, passage)
    if (!found.ok) return null
    passages.push({ start: found.start, end: found.end })
  }
  const range = passages[0]
  if (!range) return null
  const cues: TextRange[] = []
  for (const cue of itemClueQuotes(item)) {
    const found = anchorNear(text, cue, range)
    if (found.ok) cues.push({ start: found.start, end: found.end })
  }
  let speaker: TextRange | null = null
  const speakerQuote = itemSpeakerQuote(item)
  if (speakerQuote) {
    const found = anchorNear(text, speakerQuote, range)
    if (found.ok) speaker = { start: found.start, end: found.end }
  }
  return { target: range, passages, cues, speaker }
}

import { anchorNear, anchorQuote, type TextRange } from './anchoring'
import type { Quiz } from './quiz-format'

export interface PlacedItem {
  target: TextRange
  cues: TextRange[]
  speaker: TextRange | null
}

/** Where an item's passage, cues and speaker sit in the article (the quiz is already validated). */
export function placeItem(quiz: Quiz, itemId: string): PlacedItem | null {
  const item = quiz.items.find((candidate) => candidate.id === itemId)
  if (!item) return null
  const text = quiz.article.text
  const target = anchorQuote(text, item.target)
  if (!target.ok) return null
  const range = { start: target.start, end: target.end }
  const cues: TextRange[] = []
  for (const cue of item.cues ?? []) {
    const found = anchorNear(text, cue, range)
    if (found.ok) cues.push({ start: found.start, end: found.end })
  }
  let speaker: TextRange | null = null
  if (item.speaker?.quote) {
    const found = anchorNear(text, item.speaker.quote, range)
    if (found.ok) speaker = { start: found.start, end: found.end }
  }
  return { target: range, cues, speaker }
}

import { quoteFor, type TextRange } from '../anchoring'
import type { ClassifyItem, ItemType, QuizItem, TextQuoteInput } from '../quiz-format'

// What the editor needs of a drafted suggestion, apart from the drafting itself (which is heavy:
// it loads in a worker, when a teacher asks for a draft).

export type SuggestionLabel = 'allegation' | 'fact' | 'date'

interface SuggestionBase {
  start: number
  end: number
  /** 0 to 1: how sure the drafting is; below CONFIDENT the editor asks the teacher to look first. */
  confidence: number
  /** Why it was suggested: the cue, the speaker and how the speaker was found. */
  reason: string
}

/** One drafted "which label?" item, with what the drafting found, so the editor can show why. */
export interface ClassifySuggestion extends SuggestionBase {
  /** The suggestion list's group: the label for a classify item. */
  kind: SuggestionLabel
  label: SuggestionLabel
  item: ClassifyItem
  /** For allegations: the speaker and whether a pronoun was resolved to them. */
  speakerNote?: string
  /** For allegations: who speaks, as the drafting resolved them. */
  speaker?: { name: string; unnamed: boolean; resolvedFrom?: string }
}

/** A drafted item of the later types (who says it, find the clue, frame, when, timeline). */
export interface TypeSuggestion extends SuggestionBase {
  kind: Exclude<ItemType, 'classify'>
  label?: undefined
  item: QuizItem
  speakerNote?: undefined
}

export type DraftSuggestion = ClassifySuggestion | TypeSuggestion
export type SuggestionKind = DraftSuggestion['kind']

/** Suggestions at or above this are "confident" and may be accepted together. */
export const CONFIDENT = 0.8

/** The selector a quiz file stores for a passage: the shortest context that makes it unique. */
export function quoteInputFor(text: string, range: TextRange): TextQuoteInput {
  const found = quoteFor(text, range)
  return {
    exact: found.exact,
    ...(found.prefix ? { prefix: found.prefix } : {}),
    ...(found.suffix ? { suffix: found.suffix } : {}),
    ...(found.start !== undefined ? { start: found.start } : {})
  }
}

import search from 'approx-string-match'
import { anchorQuote, type TextQuote, type TextRange } from './anchoring'

export type Placement =
  | ({ status: 'exact' } & TextRange)
  /** Placed on text that differs from the old quote: the editor asks the teacher to check it. */
  | ({ status: 'fuzzy'; score: number } & TextRange)
  | { status: 'lost' }

/** What the editor keeps of a passage to find it again after the article changes. */
export interface PassageMemory {
  exact: string
  prefix: string
  suffix: string
  start: number
}

const CONTEXT = 32

export function rememberPassage(text: string, range: TextRange): PassageMemory {
  return {
    exact: text.slice(range.start, range.end),
    prefix: text.slice(Math.max(0, range.start - CONTEXT), range.start),
    suffix: text.slice(range.end, range.end + CONTEXT),
    start: range.start
  }
}

/** Similarity of two strings in [0, 1]: 1 minus the edit distance over the longer length. */
function similarity(a: string, b: string): number {
  if (a.length === 0 && b.length === 0) return 1
  if (a.length === 0 || b.length === 0) return 0
  const found = search(b, a, a.length)
  const errors = Math.min(...found.map((m) => m.errors), a.length)
  return 1 - errors / Math.max(a.length, b.length)
}

// Hypothesis weighs the quote most, then its context, then a little the old position.
const QUOTE_WEIGHT = 50
const PREFIX_WEIGHT = 20
const SUFFIX_WEIGHT = 20
const POSITION_WEIGHT = 2
/** Below this, a candidate is a guess: the teacher must place the item by hand. */
export const MIN_CONFIDENCE = 0.75

/**
 * Finds a remembered passage in a changed article, as Hypothesis does: the exact quote in its
 * context first, then the best approximate match scored on quote, prefix, suffix and position.
 */
export function reanchor(text: string, memory: PassageMemory): Placement {
  const exact = anchorQuote(text, {
    exact: memory.exact,
    prefix: memory.prefix,
    suffix: memory.suffix
  } satisfies TextQuote)
  if (exact.ok) return { status: 'exact', start: exact.start, end: exact.end }
  const occurrences = text.split(memory.exact).length - 1
  if (occurrences === 1) {
    const start = text.indexOf(memory.exact)
    return { status: 'exact', start, end: start + memory.exact.length }
  }
  const maxErrors = Math.max(1, Math.floor(memory.exact.length / 3))
  const candidates = search(text, memory.exact, maxErrors)
  let best: { start: number; end: number; score: number } | undefined
  let runnerUp = 0
  for (const match of candidates) {
    const quoteScore = 1 - match.errors / memory.exact.length
    const prefix = text.slice(Math.max(0, match.start - memory.prefix.length), match.start)
    const suffix = text.slice(match.end, match.end + memory.suffix.length)
    const position =
      1 - Math.min(1, Math.abs(match.start - memory.start) / Math.max(1, text.length))
    const score =
      (QUOTE_WEIGHT * quoteScore +
        PREFIX_WEIGHT * similarity(memory.prefix, prefix) +
        SUFFIX_WEIGHT * similarity(memory.suffix, suffix) +
        POSITION_WEIGHT * position) /
      (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)
    if (!best || score > best.score) {
      if (best && Math.abs(best.start - match.start) > memory.exact.length / 2)
        runnerUp = best.score
      best = { start: match.start, end: match.end, score }
    } else if (Math.abs(best.start - match.start) > memory.exact.length / 2) {
      runnerUp = Math.max(runnerUp, score)
    }
  }
  if (!best || best.score < MIN_CONFIDENCE) return { status: 'lost' }
  // Two equally good places are a coin toss, not a confident placement.
  if (best.score - runnerUp < 0.02) return { status: 'lost' }
  return { status: 'fuzzy', start: best.start, end: best.end, score: best.score }
}

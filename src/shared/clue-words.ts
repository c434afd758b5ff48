import type { FindClueItem } from './quiz-format'

/** A word of a sentence, by character offsets into it. */
export interface WordSpan {
  start: number
  end: number
  text: string
}

/**
 * Letters and digits of any script, with inner apostrophes and hyphens ("Taliban's", "ISIS-K").
 * Combining marks belong to their word: Devanagari vowel signs, Arabic and Hebrew vowel points
 * and decomposed Vietnamese tones would otherwise cut a word in pieces. Hebrew's geresh and
 * gershayim join abbreviations (צה״ל) as the apostrophe does.
 */
const WORD =
  /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-.\u05F3\u05F4][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu

export function wordsOf(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0]
  }))
}

/** How far a marked word may be from the clue and still count: "within a few words". */
export const CLUE_SLACK_WORDS = 2

/** Where each cue lies in the target sentence, as the indexes of its words; null if not inside. */
export function cueWordIndexes(item: Pick<FindClueItem, 'target' | 'cues'>): (number[] | null)[] {
  const sentence = item.target.exact
  const words = wordsOf(sentence)
  return item.cues.map((cue) => {
    const withPrefix = cue.prefix ? sentence.indexOf(cue.prefix + cue.exact) : -1
    const at =
      withPrefix >= 0 ? withPrefix + (cue.prefix?.length ?? 0) : sentence.indexOf(cue.exact)
    if (at < 0) return null
    const end = at + cue.exact.length
    const indexes = words.flatMap((word, i) => (word.start < end && word.end > at ? [i] : []))
    return indexes.length > 0 ? indexes : null
  })
}

/**
 * Right when every word of at least one cue is marked and no marked word is more than
 * CLUE_SLACK_WORDS words from a cue: marking the whole sentence is not finding the clue.
 */
export function isClueFound(
  item: Pick<FindClueItem, 'target' | 'cues'>,
  marked: readonly number[]
): boolean {
  if (marked.length === 0) return false
  const marks = new Set(marked)
  const cues = cueWordIndexes(item).filter((cue): cue is number[] => cue !== null)
  if (!cues.some((cue) => cue.every((i) => marks.has(i)))) return false
  const cueWords = cues.flat()
  return [...marks].every((mark) =>
    cueWords.some((word) => Math.abs(word - mark) <= CLUE_SLACK_WORDS)
  )
}

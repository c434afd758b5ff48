import type { TextRange } from '../../../shared/anchoring'
import { quoteInputFor } from '../../../shared/drafting/suggestion'
import type { ItemType, TextQuoteInput } from '../../../shared/quiz-format'
import type { EditorItem } from './editor-edits'
import { UNNAMED_SOURCE } from '../../../shared/item-kinds'

/**
 * A new item of any type on a passage the teacher selected. The parts only the teacher knows (the
 * choices, the verb, the clue words) start as placeholders or empty, so live validation says what
 * is left to fill in.
 */
export function newItem(
  type: ItemType,
  id: string,
  text: string,
  range: TextRange,
  answer: string
): EditorItem {
  const target: TextQuoteInput = quoteInputFor(text, range)
  switch (type) {
    case 'classify':
      return { type, id, target, answer }
    case 'who-says':
      return {
        type,
        id,
        target,
        choices: [
          { id: 'choice-1', name: 'Choice 1' },
          { id: 'choice-2', name: 'Choice 2' },
          { ...UNNAMED_SOURCE }
        ],
        answer: 'choice-1'
      }
    case 'find-clue':
      return { type, id, target, clue: 'attribution', cues: [] }
    case 'frame':
      return { type, id, target, verb: { exact: '' }, answer: 'neutral' }
    case 'when':
      return {
        type,
        id,
        target,
        choices: [
          { id: 'choice-1', text: 'Choice 1' },
          { id: 'choice-2', text: 'Choice 2' },
          { id: 'choice-3', text: 'Choice 3' }
        ],
        answer: 'choice-1'
      }
    case 'timeline':
      return { type, id, events: [{ id: 'event-1', target }] }
  }
}

/** An id not yet used among `taken`, from `base`: "choice-4", "event-2". */
export function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  let n = 1
  while (used.has(`${base}-${n}`)) n++
  return `${base}-${n}`
}

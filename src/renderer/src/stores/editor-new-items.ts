import type { TextRange } from '../../../shared/anchoring'
import { quoteInputFor } from '../../../shared/drafting/suggestion'
import type { ItemType, TextQuoteInput } from '../../../shared/quiz-format'
import { translate } from '../i18n'
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
  // Placeholders the teacher replaces, in the words of the screen they are reading.
  const choice = (number: number): string => translate('editor.choices.placeholder', { number })
  switch (type) {
    case 'classify':
      return { type, id, target, answer }
    case 'who-says':
      return {
        type,
        id,
        target,
        choices: [
          { id: 'choice-1', name: choice(1) },
          { id: 'choice-2', name: choice(2) },
          { ...UNNAMED_SOURCE, name: translate('editor.choices.unnamed') }
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
          { id: 'choice-1', text: choice(1) },
          { id: 'choice-2', text: choice(2) },
          { id: 'choice-3', text: choice(3) }
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

import { currentLocale, translate } from './i18n'
import {
  englishMessages,
  matchMessage,
  patternFor,
  type KnownMessage,
  type MessagePattern
} from './message-patterns'

let patterns: MessagePattern[] | null = null

/**
 * Drafting explains each suggestion in English (it reads English articles only); these are its
 * sentences from the English catalog's editor.reasons, which says them word for word
 * (tests/unit/renderer/drafting-text.spec.ts keeps them in step).
 */
function reasonPatterns(): MessagePattern[] {
  patterns ??= Object.entries(englishMessages('editor.reasons')).flatMap(([key, template]) =>
    typeof template === 'string' && key !== 'unnamedNote' ? [patternFor(key, template)] : []
  )
  return patterns
}

/** A drafting reason recognised: its key under editor.reasons and its values, or null. */
export function knownReason(reason: string): KnownMessage | null {
  return matchMessage(reasonPatterns(), reason)
}

export function reasonWords({ key, values }: KnownMessage): string {
  return translate(`editor.reasons.${key}`, values)
}

/** Why drafting suggests an item, in the interface's language; an unknown reason as it came. */
export function reasonText(reason: string): string {
  if (currentLocale() === 'en') return reason
  const known = knownReason(reason)
  return known ? reasonWords(known) : reason
}

/** Who drafting took to be the speaker: a name from the article, or "unnamed". */
export function speakerNoteText(note: string): string {
  return note === 'unnamed' ? translate('editor.reasons.unnamedNote') : note
}

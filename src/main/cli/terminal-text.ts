import { CONTROL_OR_BIDI_IN_TEXT } from '../../shared/unsafe-characters'

/**
 * Quiz and result files are untrusted, so their text is printed with every character that could
 * drive a terminal or reorder what it shows spelled out as \uXXXX (also valid inside a JSON string).
 */
export function forTerminal(text: string): string {
  return text.replace(
    CONTROL_OR_BIDI_IN_TEXT,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

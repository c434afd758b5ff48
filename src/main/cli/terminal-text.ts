/**
 * Characters that can drive a terminal or reorder what it shows: C0 controls but tab and newline,
 * DEL and the C1 controls (U+009B is a one-character escape sequence), and the bidi controls.
 * Quiz and result files are untrusted, so their text is printed with these spelled out.
 */
const UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** The text with every unsafe character written as \uXXXX (also valid inside a JSON string). */
export function forTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

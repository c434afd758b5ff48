/**
 * The characters that change how text around them is shown rather than showing themselves: the
 * C0 and C1 controls (U+009B alone starts a terminal escape sequence) and the bidi controls
 * (marks, embeddings, overrides and isolates), which can make "Ben" display as another name.
 */
const C0_BUT_TAB_AND_NEWLINE = '\\u0000-\\u0008\\u000b-\\u001f'
const C0 = '\\u0000-\\u001f'
const DEL_AND_C1 = '\\u007f-\\u009f'
const BIDI_CONTROLS = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069'

/** Any control or bidi character, tab and newline included: none belongs in a name. */
export const CONTROL_OR_BIDI = new RegExp(`[${C0}${DEL_AND_C1}${BIDI_CONTROLS}]`, 'u')

/** The same, but tab and newline, which printed text keeps; global, for replacing. */
export const CONTROL_OR_BIDI_IN_TEXT = new RegExp(
  `[${C0_BUT_TAB_AND_NEWLINE}${DEL_AND_C1}${BIDI_CONTROLS}]`,
  'gu'
)

import { z } from 'zod'

/**
 * Characters a learner's name must not hold: controls, which can drive a terminal or break a
 * file, and the bidi controls, which make "Ben" display as another name in the report.
 */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u
/** A name needs one character a person can see: not only spaces, joiners or marks. */
const VISIBLE = /[^\p{Z}\p{Cf}\p{Cc}\p{M}\s]/u

/** File names Windows keeps for devices, whatever their extension. */
export const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i

/** A learner's name as typed, renamed or imported from a class list. */
export const learnerNameSchema = z
  .string()
  .trim()
  .min(1, 'Type a name.')
  .max(60, 'Use at most 60 characters.')
  .refine((name) => !FORBIDDEN.test(name), {
    message: 'A name cannot hold control characters or characters that reverse the text direction.'
  })
  .refine((name) => VISIBLE.test(name), {
    message: 'Type a name with at least one letter or digit you can see.'
  })
  .transform((name) => name.normalize('NFC'))

/** A file name's part before its first dot is never one of Windows' device names. */
export function safeFileBase(base: string): string {
  const stem = base.split('.')[0] ?? ''
  return WINDOWS_RESERVED.test(stem) ? `_${base}` : base
}

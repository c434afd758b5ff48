import { z } from 'zod'
import { CONTROL_OR_BIDI } from './unsafe-characters'

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
  .refine((name) => !CONTROL_OR_BIDI.test(name), {
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

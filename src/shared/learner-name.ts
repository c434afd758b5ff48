import { z } from 'zod'
import { CONTROL_OR_BIDI } from './unsafe-characters'

/** A name needs a letter or a digit, in any script: not only spaces, marks or punctuation. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** File names Windows keeps for devices, whatever their extension. */
export const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i

/** What is wrong with a name as typed, or null: the renderer words it in the interface language. */
export type LearnerNameProblem = 'empty' | 'tooLong' | 'control' | 'noLetterOrDigit'

/** The English the command line and main's refusals use. */
export const LEARNER_NAME_MESSAGES: Record<LearnerNameProblem, string> = {
  empty: 'Type a name.',
  tooLong: 'Use at most 60 characters.',
  control: 'A name cannot hold control characters or characters that reverse the text direction.',
  noLetterOrDigit: 'Type a name with at least one letter or digit you can see.'
}

export function learnerNameProblem(typed: string): LearnerNameProblem | null {
  const name = typed.trim()
  if (name.length === 0) return 'empty'
  if (name.length > 60) return 'tooLong'
  if (CONTROL_OR_BIDI.test(name)) return 'control'
  if (!LETTER_OR_DIGIT.test(name)) return 'noLetterOrDigit'
  return null
}

/** A learner's name as typed, renamed or imported from a class list. */
export const learnerNameSchema = z
  .string()
  .trim()
  .superRefine((name, context) => {
    const problem = learnerNameProblem(name)
    if (problem) context.addIssue({ code: 'custom', message: LEARNER_NAME_MESSAGES[problem] })
  })
  .transform((name) => name.normalize('NFC'))

/** A file name's part before its first dot is never one of Windows' device names. */
export function safeFileBase(base: string): string {
  const stem = base.split('.')[0] ?? ''
  return WINDOWS_RESERVED.test(stem) ? `_${base}` : base
}

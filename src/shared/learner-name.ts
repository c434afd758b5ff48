import { z } from 'zod'
import { learnerNameProblem, type LearnerNameProblem } from './learner-name-rules'

/** File names Windows keeps for devices, whatever their extension. */
export const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i

export { learnerNameProblem, type LearnerNameProblem } from './learner-name-rules'

/** The English the command line and main's refusals use. */
export const LEARNER_NAME_MESSAGES: Record<LearnerNameProblem, string> = {
  empty: 'Type a name.',
  tooLong: 'Use at most 60 characters.',
  control: 'A name cannot hold control characters or characters that reverse the text direction.',
  noLetterOrDigit: 'Type a name with at least one letter or digit you can see.'
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

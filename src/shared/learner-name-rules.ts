import { CONTROL_OR_BIDI } from './unsafe-characters'

// Kept apart from the schema (learner-name.ts) so the first screen checks a name without zod.

/** A name needs a letter or a digit, in any script: not only spaces, marks or punctuation. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** What is wrong with a name as typed, or null: the renderer words it in the interface language. */
export type LearnerNameProblem = 'empty' | 'tooLong' | 'control' | 'noLetterOrDigit'

export function learnerNameProblem(typed: string): LearnerNameProblem | null {
  const name = typed.trim()
  if (name.length === 0) return 'empty'
  if (name.length > 60) return 'tooLong'
  if (CONTROL_OR_BIDI.test(name)) return 'control'
  if (!LETTER_OR_DIGIT.test(name)) return 'noLetterOrDigit'
  return null
}

import { ApiFailure } from '../api'

type DialogOutcome = { status: string } & ({ status: 'unreadable'; message: string } | object)

/**
 * What a file dialog gave: the file, null when the person cancelled, and for a file main could
 * not read, a failure carrying main's sentence, thrown like every other failure of a store action.
 */
export function pickedFile<T extends DialogOutcome>(
  outcome: T
): Extract<T, { status: 'opened' }> | null {
  if (outcome.status === 'cancelled') return null
  if ('message' in outcome && outcome.status === 'unreadable') throw new ApiFailure(outcome.message)
  return outcome as Extract<T, { status: 'opened' }>
}

import type { Attempt } from './attempt-format'

// Where an attempt stands, without zod: the student's screens need these at start, while the
// attempt's schema (and zod with it) is only needed where attempts are read from disk.

export type AttemptStatus = 'in-progress' | 'finished' | 'abandoned'

export function attemptStatus(attempt: Attempt): AttemptStatus {
  if (attempt.finishedAt) return 'finished'
  if (attempt.abandonedAt) return 'abandoned'
  return 'in-progress'
}

/** The id of the item to ask next, or null when every item is answered. */
export function nextItemId(attempt: Attempt): string | null {
  return attempt.itemIds[attempt.answers.length] ?? null
}

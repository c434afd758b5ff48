import type { Claim } from './identity'
import { flagOf, reason } from './reasons'
import type { AttemptFlag, AttemptRecord, ReportOptions } from './report-types'

/** Flags that only describe an attempt; every other flag leaves it out of the statistics. */
const HARMLESS = new Set<AttemptFlag['kind']>(['duplicate'])

/**
 * Full attempts of one other version must list the same items: one that lists fewer than the
 * others of its version left some out (the teacher's quiz cannot say what that version held).
 */
export function checkOtherVersionCoverage(claims: Claim[]): void {
  const most = new Map<string, number>()
  for (const { record, attempt } of claims) {
    if (record.version.kind !== 'other' || attempt.mode !== 'full') continue
    most.set(attempt.quizHash, Math.max(most.get(attempt.quizHash) ?? 0, attempt.itemIds.length))
  }
  for (const claim of claims) {
    const { attempt } = claim
    const largest = most.get(attempt.quizHash)
    if (claim.record.version.kind !== 'other' || attempt.mode !== 'full' || largest === undefined)
      continue
    if (attempt.itemIds.length < largest) {
      claim.record.flags.push(
        flagOf('modified', [reason('shortFull', { listed: attempt.itemIds.length, largest })])
      )
    }
  }
}

export function countable(r: AttemptRecord): boolean {
  return !r.apart && r.finishedAt !== null && r.flags.every((f) => HARMLESS.has(f.kind))
}

/** Which attempts count: finished, full, unflagged; by default each learner's first one. */
export function chooseCounted(records: AttemptRecord[], options: ReportOptions): AttemptRecord[] {
  const eligible = records.filter(countable).sort((a, b) => a.startedAt.localeCompare(b.startedAt))
  const firstOf = new Set<string>()
  for (const record of eligible) {
    if (options.attempts === 'first' && firstOf.has(record.learnerKey)) {
      record.flags.push(flagOf('later-attempt', [reason('laterAttempt')]))
      continue
    }
    firstOf.add(record.learnerKey)
    record.counted = true
  }
  return records.filter((r) => r.counted)
}

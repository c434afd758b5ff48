import { describe, expect, it } from 'vitest'
import { fuzzResultFiles, TAMPERING_KINDS } from '../../../fuzz/result-fuzz'

// npm run fuzz runs 100,000 cases; npm test runs 5,000 on a fresh seed each time.
describe('fuzzing result files against the class report', () => {
  it('flags and leaves out every kind of doctored attempt, counts the honest ones, never throws', () => {
    const counts = fuzzResultFiles(5000)
    const kinds = [...counts.tampering].map(([k, t]) => `${k} ${t.flagged}/${t.tried}`)
    console.log(
      `result fuzz: ${counts.cases} cases; ${kinds.join('; ')}; honest counted ${counts.honestCounted}/${counts.honestTried}; ${counts.failures.length} failures`
    )
    expect(counts.failures).toEqual([])
    for (const kind of TAMPERING_KINDS)
      expect(counts.tampering.get(kind)!.tried, kind).toBeGreaterThan(100)
  }, 300_000)
})

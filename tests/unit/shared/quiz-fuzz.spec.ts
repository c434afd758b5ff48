import { describe, expect, it } from 'vitest'
import { fuzzQuizFiles } from '../../fuzz/quiz-fuzz'

// npm run fuzz runs 100,000 cases; npm test runs 5,000 on a fresh seed each time.
describe('fuzzing quiz files', () => {
  it('accepts with every passage placed, or refuses with a message naming where; never throws', () => {
    const counts = fuzzQuizFiles(5000)
    console.log(
      `quiz fuzz: ${counts.cases} cases, ${counts.accepted} accepted, ${counts.refused} refused, ${counts.failures.length} failures`
    )
    expect(counts.failures).toEqual([])
    expect(counts.accepted).toBeGreaterThan(100)
    expect(counts.refused).toBeGreaterThan(1000)
  }, 120_000)
})

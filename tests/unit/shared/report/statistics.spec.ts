import { describe, expect, it } from 'vitest'
import {
  correlation,
  discriminationIndex,
  facilityIndex,
  mean,
  sampleStandardDeviation
} from '../../../../src/shared/report/statistics'

// Four learners, three items, scored by hand:
//        item1 item2 item3  total
//   S1     1     1     1      3
//   S2     1     0     1      2
//   S3     0     1     0      1
//   S4     0     0     0      0
const item1 = [1, 1, 0, 0]
const item2 = [1, 0, 1, 0]
const totals = [3, 2, 1, 0]

describe('item statistics', () => {
  it('facility is the mean score over the maximum', () => {
    expect(facilityIndex(item1)).toBe(0.5)
    expect(facilityIndex([1, 1, 1, 0])).toBe(0.75)
    expect(facilityIndex([2, 1], 2)).toBe(0.75)
    expect(facilityIndex([])).toBeNull()
  })

  it('discrimination correlates the item with the rest of the test, not the total', () => {
    // item1 against rest = [2, 1, 1, 0]: sxy = 1, sxx = 1, syy = 2, so r = 1/√2.
    expect(discriminationIndex(item1, totals)).toBeCloseTo(100 / Math.SQRT2, 10)
    // item2 against rest = [2, 2, 0, 0]: the deviations cancel, r = 0.
    expect(discriminationIndex(item2, totals)).toBeCloseTo(0, 10)
    // Against the total instead it would be 0.4472: the rest is what Moodle uses.
    expect(correlation(item2, totals)).toBeCloseTo(1 / Math.sqrt(5), 10)
  })

  it('is undefined, not zero, when everyone scores the same on the item or the rest', () => {
    expect(discriminationIndex([1, 1, 1, 1], totals)).toBeNull()
    expect(discriminationIndex([1, 0, 1, 0], [2, 1, 2, 1])).toBeNull()
  })

  it('handles ties: learners with the same totals', () => {
    // x = [1, 0, 0, 1], totals [2, 1, 0, 1] so rest = [1, 1, 0, 0] (two ties on each side):
    // dx = [.5, -.5, -.5, .5], dy = [.5, .5, -.5, -.5], sxy = 0, so r = 0.
    expect(discriminationIndex([1, 0, 0, 1], [2, 1, 0, 1])).toBeCloseTo(0, 10)
  })

  it('uses sample estimators', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5)
    expect(sampleStandardDeviation([1, 2, 3, 4])).toBeCloseTo(Math.sqrt(5 / 3), 10)
    expect(sampleStandardDeviation([4])).toBeNull()
    expect(correlation([1], [1])).toBeNull()
  })
})

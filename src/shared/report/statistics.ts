/** Classical test statistics, as Moodle's quiz statistics report defines them. */

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null
  let sum = 0
  for (const v of values) sum += v
  return sum / values.length
}

/** Sample standard deviation (n − 1); null with fewer than two values. */
export function sampleStandardDeviation(values: readonly number[]): number | null {
  if (values.length < 2) return null
  const m = mean(values) as number
  let squares = 0
  for (const v of values) squares += (v - m) ** 2
  return Math.sqrt(squares / (values.length - 1))
}

/**
 * Pearson's correlation with sample estimators; null when either side has no variance (every
 * learner got the item right, say), because then the correlation is undefined, not zero.
 */
export function correlation(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length
  if (n !== ys.length || n < 2) return null
  const mx = mean(xs) as number
  const my = mean(ys) as number
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx
    const dy = (ys[i] as number) - my
    sxy += dx * dy
    sxx += dx * dx
    syy += dy * dy
  }
  if (sxx === 0 || syy === 0) return null
  return sxy / Math.sqrt(sxx * syy)
}

/** Facility index: the mean score on the item over its maximum, as a fraction (0 to 1). */
export function facilityIndex(itemScores: readonly number[], maxScore = 1): number | null {
  const m = mean(itemScores)
  return m === null ? null : m / maxScore
}

/**
 * Discrimination index: 100 × the correlation between the item's score and the score on the rest
 * of the test (the total without this item), so an item does not correlate with itself.
 */
export function discriminationIndex(
  itemScores: readonly number[],
  totalScores: readonly number[]
): number | null {
  const rest = totalScores.map((total, i) => total - (itemScores[i] as number))
  const r = correlation(itemScores, rest)
  return r === null ? null : 100 * r
}

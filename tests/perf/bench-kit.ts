// Shared by every benchmark behind `npm run bench`: interleaved rounds against a reference
// measured in the same run, reported as ratios of medians. Nothing here fails on a time.

export interface BenchRow {
  /** What is measured, as the README's table names it. */
  measure: string
  /** The reference it is compared with, in a few words. */
  reference: string
  /** Samples of the measured step and of its reference, in `unit`. */
  subject: number[]
  referenceSamples: number[]
  unit: 'ms' | 'MB' | 'KB'
  /** The issue's goal for subject ÷ reference (e.g. 1.3), or null when only reported. */
  goal: number | null
  /** What limits the figure when the goal is not met, or any context. */
  note?: string
}

export const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/**
 * Runs each step `rounds` times after `warmUp` unmeasured rounds, alternating the steps within
 * every round so a slow moment of the machine hits all of them alike. Returns ms samples.
 */
export async function interleaved<K extends string>(
  steps: Record<K, () => unknown>,
  rounds: number,
  warmUp = 2
): Promise<Record<K, number[]>> {
  const names = Object.keys(steps) as K[]
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
    K,
    number[]
  >
  for (let round = -warmUp; round < rounds; round++) {
    for (const name of names) {
      const start = performance.now()
      await steps[name]()
      const elapsed = performance.now() - start
      if (round >= 0) samples[name].push(elapsed)
    }
  }
  return samples
}

export function ratio(row: BenchRow): number {
  return median(row.subject) / median(row.referenceSamples)
}

/** One line per row: median and min–max of both sides, the ratio and whether the goal holds. */
export function formatTable(rows: readonly BenchRow[]): string {
  const fmt = (x: number): string =>
    x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)
  const span = (xs: readonly number[], unit: string): string =>
    `${fmt(median(xs))} ${unit} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`
  const lines = [
    '| measure | median (min–max) | reference | reference median (min–max) | ratio | goal | met |',
    '| --- | --- | --- | --- | --- | --- | --- |'
  ]
  for (const row of rows) {
    const r = ratio(row)
    const met = row.goal === null ? '—' : r <= row.goal ? 'yes' : 'no'
    lines.push(
      `| ${row.measure} | ${span(row.subject, row.unit)} | ${row.reference} | ${span(row.referenceSamples, row.unit)} | ${r.toFixed(2)}× | ${row.goal === null ? '—' : `≤ ${row.goal}×`} | ${met}${row.note ? ` (${row.note})` : ''} |`
    )
  }
  return lines.join('\n')
}

// The two structures behind article-index.ts: a suffix array built by prefix doubling with
// counting sorts, and a merge-sort tree over it for nearest-occurrence queries.
/** Work counters, so a test can bound the cost in operations rather than in wall-clock time. */
export const indexWork = { built: 0, builtChars: 0, comparedChars: 0, probes: 0 }

export function suffixArray(text: string): Int32Array {
  const n = text.length
  const order = new Int32Array(n)
  let rank = new Int32Array(n)
  let next = new Int32Array(n)
  const work = new Int32Array(n)
  if (n === 0) return order
  // Ranks of single characters, compacted so the counting sort stays the size of the text.
  const codeRank = new Int32Array(65536)
  for (let i = 0; i < n; i++) codeRank[text.charCodeAt(i)] = 1
  let classes = 0
  for (let code = 0; code < 65536; code++) if (codeRank[code] === 1) codeRank[code] = ++classes
  for (let i = 0; i < n; i++) {
    rank[i] = (codeRank[text.charCodeAt(i)] as number) - 1
    work[i] = i
  }
  countingSort(order, work, rank, classes)
  for (let width = 1; ; width <<= 1) {
    // Sort by (rank[i], rank[i + width]): by the second key first (suffixes too short to have one
    // come first), then stably by the first.
    let p = 0
    for (let i = Math.max(0, n - width); i < n; i++) work[p++] = i
    for (let j = 0; j < n; j++) {
      const at = order[j] as number
      if (at >= width) work[p++] = at - width
    }
    countingSort(order, work, rank, n)
    renumber(order, rank, next, width)
    ;[rank, next] = [next, rank]
    if ((rank[order[n - 1] as number] as number) + 1 === n) break
  }
  return order
}

function countingSort(out: Int32Array, input: Int32Array, keys: Int32Array, classes: number): void {
  const counts = new Int32Array(classes + 1)
  for (let i = 0; i < input.length; i++) {
    const slot = (keys[input[i] as number] as number) + 1
    counts[slot] = (counts[slot] as number) + 1
  }
  for (let k = 1; k <= classes; k++) counts[k] = (counts[k] as number) + (counts[k - 1] as number)
  for (let i = 0; i < input.length; i++) {
    const at = input[i] as number
    const key = keys[at] as number
    out[counts[key] as number] = at
    counts[key] = (counts[key] as number) + 1
  }
}

function renumber(order: Int32Array, rank: Int32Array, next: Int32Array, width: number): void {
  const n = order.length
  let previous = order[0] as number
  next[previous] = 0
  let previousSecond = previous + width < n ? (rank[previous + width] as number) : -1
  for (let j = 1; j < n; j++) {
    const at = order[j] as number
    const second = at + width < n ? (rank[at + width] as number) : -1
    const same = rank[at] === rank[previous] && second === previousSecond
    next[at] = (next[previous] as number) + (same ? 0 : 1)
    previous = at
    previousSecond = second
  }
}

export interface MergeSortTree {
  successor(lo: number, hi: number, from: number): number
  predecessor(lo: number, hi: number, upTo: number): number
}

/** levels[k] holds the suffix array with each aligned block of 2^k entries sorted by position. */
export function mergeSortTree(suffixes: Int32Array): MergeSortTree {
  const n = suffixes.length
  const levels: Int32Array[] = [suffixes]
  for (let size = 1; size < n; size <<= 1) {
    const below = levels[levels.length - 1] as Int32Array
    const level = new Int32Array(n)
    for (let start = 0; start < n; start += 2 * size) {
      let a = start
      let b = Math.min(start + size, n)
      const aEnd = b
      const bEnd = Math.min(start + 2 * size, n)
      let out = start
      while (a < aEnd && b < bEnd)
        level[out++] = (below[a] as number) <= (below[b] as number) ? below[a++]! : below[b++]!
      while (a < aEnd) level[out++] = below[a++]!
      while (b < bEnd) level[out++] = below[b++]!
    }
    levels.push(level)
  }

  /** Visits the aligned blocks that make up [lo, hi), each sorted by position. */
  function blocks(
    lo: number,
    hi: number,
    visit: (level: Int32Array, from: number, to: number) => void
  ): void {
    while (lo < hi) {
      let k = 0
      while (k + 1 < levels.length && lo % (1 << (k + 1)) === 0 && lo + (1 << (k + 1)) <= hi) k++
      visit(levels[k] as Int32Array, lo, lo + (1 << k))
      lo += 1 << k
    }
  }
  function firstAtLeast(level: Int32Array, from: number, to: number, value: number): number {
    let lo = from
    let hi = to
    while (lo < hi) {
      indexWork.probes++
      const mid = (lo + hi) >>> 1
      if ((level[mid] as number) < value) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return {
    successor(lo, hi, from) {
      let best = -1
      blocks(lo, hi, (level, a, b) => {
        const at = firstAtLeast(level, a, b, from)
        if (at < b && (best === -1 || (level[at] as number) < best)) best = level[at] as number
      })
      return best
    },
    predecessor(lo, hi, upTo) {
      let best = -1
      blocks(lo, hi, (level, a, b) => {
        const at = firstAtLeast(level, a, b, upTo + 1) - 1
        if (at >= a && (level[at] as number) > best) best = level[at] as number
      })
      return best
    }
  }
}

/**
 * One index of an article's text, so that placing quotes costs the length of the quote times a
 * logarithm, however many quotes a quiz holds and however often they repeat in the article.
 *
 * A suffix array (prefix doubling with counting sorts, O(n log n)) finds every occurrence of a
 * string as one range of suffixes; a merge-sort tree over that array answers "the occurrence
 * nearest to position x" in O(log² n). Scanning the article once per quote, as `indexOf` loops
 * do, made a valid quiz with long cue lists take tens of seconds to validate.
 */
import { indexWork, mergeSortTree, suffixArray, type MergeSortTree } from './suffix-array'

export { indexWork }

export interface ArticleIndex {
  readonly text: string
  /** How many times `needle` occurs (overlapping occurrences count). */
  count(needle: string): number
  /** Up to `limit` start positions of `needle`, in no particular order. */
  sample(needle: string, limit: number): number[]
  /** The smallest start position ≥ `from`, or -1. */
  firstAtOrAfter(needle: string, from: number): number
  /** The largest start position ≤ `upTo`, or -1. */
  lastAtOrBefore(needle: string, upTo: number): number
}

export function buildArticleIndex(text: string): ArticleIndex {
  const suffixes = suffixArray(text)
  // A quote that occurs often ("said") is asked about once per item: its positions are sorted
  // once and searched after that. Sorting stops at a budget the size of the text; past it one
  // merge-sort tree, built on the first such question, answers for every other range.
  let tree: MergeSortTree | null = null
  const sortedRanges = new Map<number, Int32Array>()
  let sortBudget = text.length
  const nearest = (
    lo: number,
    hi: number,
    pick: (tree: MergeSortTree) => number,
    search: (sorted: Int32Array) => number,
    scan: () => number
  ): number => {
    if (hi - lo <= SCAN_LIMIT) return scan()
    const key = lo * (suffixes.length + 1) + hi
    let sorted = sortedRanges.get(key)
    if (sorted === undefined && tree === null && hi - lo <= sortBudget) {
      sortBudget -= hi - lo
      sorted = suffixes.slice(lo, hi).sort()
      sortedRanges.set(key, sorted)
    }
    if (sorted !== undefined) return search(sorted)
    tree ??= mergeSortTree(suffixes)
    return pick(tree)
  }
  /** Index of the first entry ≥ value in an ascending array (its length when there is none). */
  const firstAtLeast = (sorted: Int32Array, value: number): number => {
    let a = 0
    let b = sorted.length
    while (a < b) {
      indexWork.probes++
      const mid = (a + b) >>> 1
      if ((sorted[mid] as number) < value) a = mid + 1
      else b = mid
    }
    return a
  }
  indexWork.built++
  indexWork.builtChars += text.length

  /**
   * First suffix whose first |needle| characters are ≥ needle (or > needle, when `after`).
   * Every suffix between two that share k characters with the needle shares them too, so each
   * comparison starts after the shorter of the two shared prefixes (Manber and Myers).
   */
  function bound(needle: string, after: boolean): number {
    let lo = 0
    let hi = suffixes.length
    let sharedLo = 0
    let sharedHi = 0
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const skip = Math.min(sharedLo, sharedHi)
      const order = comparePrefix(text, suffixes[mid] as number, needle, skip)
      if (order < 0 || (after && order === 0)) {
        lo = mid + 1
        sharedLo = lastShared
      } else {
        hi = mid
        sharedHi = lastShared
      }
    }
    return lo
  }
  const ranges = new Map<string, [number, number]>()
  function range(needle: string): [number, number] {
    if (needle.length === 0) return [0, 0]
    let found = ranges.get(needle)
    if (found === undefined) {
      found = [bound(needle, false), bound(needle, true)]
      ranges.set(needle, found)
    }
    return found
  }

  return {
    text,
    count(needle) {
      const [lo, hi] = range(needle)
      return hi - lo
    },
    sample(needle, limit) {
      const [lo, hi] = range(needle)
      return Array.from(suffixes.subarray(lo, Math.min(hi, lo + limit)))
    },
    firstAtOrAfter(needle, from) {
      const [lo, hi] = range(needle)
      return nearest(
        lo,
        hi,
        (t) => t.successor(lo, hi, from),
        (sorted) => {
          const at = firstAtLeast(sorted, from)
          return at < sorted.length ? (sorted[at] as number) : -1
        },
        () => {
          let best = -1
          for (let i = lo; i < hi; i++) {
            const at = suffixes[i] as number
            if (at >= from && (best === -1 || at < best)) best = at
          }
          return best
        }
      )
    },
    lastAtOrBefore(needle, upTo) {
      const [lo, hi] = range(needle)
      return nearest(
        lo,
        hi,
        (t) => t.predecessor(lo, hi, upTo),
        (sorted) => {
          const at = firstAtLeast(sorted, upTo + 1) - 1
          return at >= 0 ? (sorted[at] as number) : -1
        },
        () => {
          let best = -1
          for (let i = lo; i < hi; i++) {
            const at = suffixes[i] as number
            if (at <= upTo && at > best) best = at
          }
          return best
        }
      )
    }
  }
}

const SCAN_LIMIT = 64

let cached: ArticleIndex | null = null
/**
 * The string last asked for. Two equal strings that are not the same string compare character
 * by character: keeping the caller's own string makes every later question of one validation
 * a pointer comparison, not a pass over the article per quote.
 */
let cachedText: string | null = null

/** The index of the article last asked for: validation and placement ask for one text many times. */
export function articleIndexFor(text: string): ArticleIndex {
  if (cached === null || cachedText !== text) {
    if (cached === null || cached.text !== text) cached = buildArticleIndex(text)
    cachedText = text
  }
  return cached
}

/** How many characters the last comparison found in common. */
let lastShared = 0

/** Compares the suffix at `at`, cut to the needle's length, with the needle, from `skip` on. */
function comparePrefix(text: string, at: number, needle: string, skip: number): number {
  const n = Math.min(needle.length, text.length - at)
  for (let i = skip; i < n; i++) {
    const difference = text.charCodeAt(at + i) - needle.charCodeAt(i)
    if (difference !== 0) {
      indexWork.comparedChars += i - skip + 1
      lastShared = i
      return difference
    }
  }
  indexWork.comparedChars += Math.max(0, n - skip)
  lastShared = n
  return n < needle.length ? -1 : 0
}

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  anchorNear,
  anchorQuote,
  type TextQuote,
  type TextRange
} from '../../../src/shared/anchoring'
import { buildArticleIndex } from '../../../src/shared/article-index'

/** Every start of `needle` in `text`, overlapping ones included: the reference the index must match. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = []
  if (needle === '') return found
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at)
  return found
}

/** The anchoring rules written the slow, obvious way: every occurrence, then filter and pick. */
function fitting(text: string, quote: TextQuote): number[] {
  return occurrences(text, quote.exact).filter(
    (at) =>
      text.slice(0, at).endsWith(quote.prefix ?? '') &&
      text.slice(at + quote.exact.length).startsWith(quote.suffix ?? '')
  )
}
const gap = (a: TextRange, b: TextRange): number =>
  a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0

// Few letters, so that repeats, overlaps and near misses are common.
const smallText = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é'), maxLength: 120 })
const smallNeedle = fc.string({
  unit: fc.constantFrom('a', 'b', ' ', 'é'),
  minLength: 1,
  maxLength: 5
})

describe('the article index', () => {
  it('counts and finds the nearest occurrences exactly as a scan does', () => {
    fc.assert(
      fc.property(smallText, smallNeedle, fc.integer({ min: -2, max: 125 }), (text, needle, x) => {
        const index = buildArticleIndex(text)
        const all = occurrences(text, needle)
        expect(index.count(needle)).toBe(all.length)
        expect(index.firstAtOrAfter(needle, x)).toBe(all.find((at) => at >= x) ?? -1)
        expect(index.lastAtOrBefore(needle, x)).toBe(all.findLast((at) => at <= x) ?? -1)
      }),
      { numRuns: 2000 }
    )
  })

  it('answers over long runs of one letter (the merge-sort tree path)', () => {
    const text = `${'a'.repeat(3000)}b${'a'.repeat(3000)}`
    const index = buildArticleIndex(text)
    expect(index.count('ab')).toBe(1)
    expect(index.count('aaa')).toBe(5996)
    expect(index.firstAtOrAfter('aaa', 2999)).toBe(3001)
    expect(index.lastAtOrBefore('aaa', 2999)).toBe(2997)
  })
})

describe('anchoring through the index', () => {
  const quoteArb = fc.record(
    {
      exact: smallNeedle,
      prefix: fc.string({ unit: fc.constantFrom('a', 'b', ' '), maxLength: 2 }),
      suffix: fc.string({ unit: fc.constantFrom('a', 'b', ' '), maxLength: 2 })
    },
    { requiredKeys: ['exact'] }
  )

  it('places a passage as the plain rules say', () => {
    fc.assert(
      fc.property(smallText, quoteArb, (text, quote) => {
        const places = fitting(text, quote)
        const result = anchorQuote(text, quote)
        if (places.length === 1)
          expect(result).toEqual({
            ok: true,
            start: places[0],
            end: (places[0] as number) + quote.exact.length
          })
        else if (places.length > 1)
          expect(result).toEqual({ ok: false, reason: 'ambiguous', matches: places.length })
        else expect(result.ok).toBe(false)
      }),
      { numRuns: 2000 }
    )
  })

  it('places a cue at the fitting occurrence nearest the passage, the earlier on a tie', () => {
    fc.assert(
      fc.property(smallText, quoteArb, fc.nat(120), fc.nat(10), (text, quote, start, width) => {
        const near = { start, end: start + width }
        const places = fitting(text, quote)
        const result = anchorNear(text, quote, near)
        if (places.length === 0) {
          expect(result.ok).toBe(false)
          return
        }
        const len = quote.exact.length
        const best = places.reduce((a, b) =>
          gap({ start: b, end: b + len }, near) < gap({ start: a, end: a + len }, near) ? b : a
        )
        expect(result).toEqual({ ok: true, start: best, end: best + len })
      }),
      { numRuns: 2000 }
    )
  })
})

import { describe, expect, it } from 'vitest'
import {
  anchorNear,
  anchorQuote,
  describeAnchorFailure,
  quoteFor
} from '../../../src/shared/anchoring'

const text = 'He said it rained. She said it snowed. It rained again on Friday.'

describe('anchorQuote', () => {
  it('finds a quote that occurs once', () => {
    expect(anchorQuote(text, { exact: 'it snowed' })).toEqual({ ok: true, start: 28, end: 37 })
  })

  it('reports a quote that is not in the text', () => {
    expect(anchorQuote(text, { exact: 'it hailed' })).toEqual({
      ok: false,
      reason: 'not-found',
      matches: 0
    })
  })

  it('reports a quote that occurs twice without context as ambiguous', () => {
    expect(anchorQuote(text, { exact: 'said' })).toEqual({
      ok: false,
      reason: 'ambiguous',
      matches: 2
    })
  })

  it('tells repeats apart by prefix', () => {
    expect(anchorQuote(text, { exact: 'said', prefix: 'She ' })).toEqual({
      ok: true,
      start: 23,
      end: 27
    })
  })

  it('tells repeats apart by suffix', () => {
    expect(anchorQuote(text, { exact: 'rained', suffix: ' again' })).toEqual({
      ok: true,
      start: 42,
      end: 48
    })
  })

  it('tells repeats apart by position', () => {
    expect(anchorQuote(text, { exact: 'said', start: 3 })).toEqual({ ok: true, start: 3, end: 7 })
  })

  it('refuses context that matches no occurrence', () => {
    const result = anchorQuote(text, { exact: 'said', prefix: 'They ' })
    expect(result).toEqual({ ok: false, reason: 'context-mismatch', matches: 2 })
  })

  it('ignores a wrong position when context alone decides', () => {
    expect(anchorQuote(text, { exact: 'snowed', start: 2 })).toEqual({
      ok: true,
      start: 31,
      end: 37
    })
  })

  it('explains failures in words that name the quote', () => {
    const result = anchorQuote(text, { exact: 'said' })
    if (result.ok) throw new Error('expected a failure')
    expect(describeAnchorFailure(result, 'said')).toBe(
      'The quote "said" appears 2 times; add a prefix or suffix to say which one.'
    )
  })
})

describe('anchorNear', () => {
  it('picks the occurrence nearest to the passage', () => {
    const snowed = anchorQuote(text, { exact: 'it snowed' })
    if (!snowed.ok) throw new Error('fixture')
    expect(anchorNear(text, { exact: 'said' }, snowed)).toEqual({ ok: true, start: 23, end: 27 })
    const rained = anchorQuote(text, { exact: 'it rained.' })
    if (!rained.ok) throw new Error('fixture')
    expect(anchorNear(text, { exact: 'said' }, rained)).toEqual({ ok: true, start: 3, end: 7 })
  })

  it('still fails for a cue that is not in the text', () => {
    expect(anchorNear(text, { exact: 'claimed' }, { start: 0, end: 5 })).toMatchObject({
      ok: false,
      reason: 'not-found'
    })
  })
})

describe('quoteFor', () => {
  it('writes a selector that finds the same passage again', () => {
    for (const start of [3, 23]) {
      const quote = quoteFor(text, { start, end: start + 4 })
      expect(anchorQuote(text, quote)).toEqual({ ok: true, start, end: start + 4 })
    }
  })

  it('adds no context to a passage that is already unique', () => {
    expect(quoteFor(text, { start: 58, end: 64 })).toEqual({ exact: 'Friday' })
  })
})

import { describe, expect, it } from 'vitest'
import { covers, piecesByParagraph } from '../../../src/shared/text-pieces'

describe('piecesByParagraph', () => {
  it('cuts at range edges and line breaks, dropping the breaks and empty paragraphs', () => {
    const text = 'One two three.\n\nFour five.'
    const pieces = piecesByParagraph(text, [{ start: 4, end: 7 }])
    expect(pieces.map((p) => p.map((x) => x.text))).toEqual([
      ['One ', 'two', ' three.'],
      ['Four five.']
    ])
    for (const paragraph of pieces)
      for (const piece of paragraph) expect(text.slice(piece.start, piece.end)).toBe(piece.text)
  })

  it('splits nested ranges so each piece is covered by a known set of ranges', () => {
    const outer = { start: 0, end: 10 }
    const inner = { start: 2, end: 5 }
    const [paragraph] = piecesByParagraph('abcdefghij', [outer, inner])
    expect(paragraph?.map((p) => [p.text, covers(outer, p), covers(inner, p)])).toEqual([
      ['ab', true, false],
      ['cde', true, true],
      ['fghij', true, false]
    ])
  })
})

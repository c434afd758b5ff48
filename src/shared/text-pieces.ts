import type { TextRange } from './anchoring'

export interface TextPiece extends TextRange {
  text: string
}

/**
 * Cuts a text at every range boundary and at every line break, and groups the pieces by
 * paragraph, so a view can wrap each piece in the marks that cover it without parsing HTML.
 */
export function piecesByParagraph(text: string, ranges: readonly TextRange[]): TextPiece[][] {
  const cuts = new Set<number>([0, text.length])
  for (const range of ranges) {
    cuts.add(range.start)
    cuts.add(range.end)
  }
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    cuts.add(i)
    cuts.add(i + 1)
  }
  const sorted = [...cuts].sort((a, b) => a - b)
  const paragraphs: TextPiece[][] = [[]]
  for (let i = 0; i < sorted.length - 1; i++) {
    const start = sorted[i] as number
    const end = sorted[i + 1] as number
    const piece = text.slice(start, end)
    if (piece === '\n') paragraphs.push([])
    else paragraphs[paragraphs.length - 1]?.push({ start, end, text: piece })
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0)
}

/** Whether a piece lies inside a range. */
export const covers = (range: TextRange, piece: TextRange): boolean =>
  range.start <= piece.start && piece.end <= range.end

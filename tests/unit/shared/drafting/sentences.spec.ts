import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../../../src/shared/drafting/sentences'

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text)

describe('splitSentences', () => {
  it('keeps abbreviations such as "U.S." and "Gen." inside their sentence', () => {
    expect(
      texts('Gen. Smith met U.S. troops in Lagos. The visit lasted two days.\nHe left.')
    ).toEqual(['Gen. Smith met U.S. troops in Lagos.', 'The visit lasted two days.', 'He left.'])
  })

  it('keeps a quotation of several sentences whole and ends a sentence after a closing quote', () => {
    expect(
      texts('Colonel Park said, "I can\'t say that. It will come out." She added that it was late.')
    ).toEqual([
      'Colonel Park said, "I can\'t say that. It will come out."',
      'She added that it was late.'
    ])
  })

  it('gives positions that slice back to each sentence, and numbers paragraphs from the headline', () => {
    const text = 'Headline here\n\nFirst one. Second one.\nThird.'
    const sentences = splitSentences(text)
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2])
  })
})

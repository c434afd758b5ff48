import nlp from 'compromise'

export interface Sentence {
  start: number
  end: number
  text: string
  /** 0 for the headline (the first line, unless told there is none), then one per paragraph. */
  paragraph: number
}

// compromise keeps 'late." He added' together: a quotation that ends a sentence ends it.
const QUOTE_THEN_SENTENCE = /(?<=[.!?]["”])\s+(?=\p{Lu})/u

/**
 * Splits an article into sentences with their character positions. Paragraph breaks always end a
 * sentence; inside a paragraph compromise decides, which keeps "U.S.", "Gen." and quotations whole.
 */
export function splitSentences(
  text: string,
  options: { headline?: boolean; tags?: Map<number, Set<string>> } = {}
): Sentence[] {
  const sentences: Sentence[] = []
  let paragraph = options.headline === false ? 1 : 0
  let lineStart = 0
  for (const line of text.split('\n')) {
    const offset = lineStart
    lineStart += line.length + 1
    if (line.trim() === '') continue
    let searchFrom = 0
    const doc = nlp(line)
    // The same parse tags the words, so the attribution rules need not parse the text again.
    if (options.tags) {
      const json = doc.json({ offset: true }) as {
        terms: { tags: string[]; offset: { start: number } }[]
      }[]
      for (const s of json)
        for (const term of s.terms) options.tags.set(offset + term.offset.start, new Set(term.tags))
    }
    const found = doc.sentences().out('array') as string[]
    for (const piece of found.flatMap((t) => t.split(QUOTE_THEN_SENTENCE))) {
      const trimmed = piece.trim()
      if (trimmed === '') continue
      const at = line.indexOf(trimmed, searchFrom)
      if (at === -1) continue
      searchFrom = at + trimmed.length
      sentences.push({
        start: offset + at,
        end: offset + at + trimmed.length,
        text: trimmed,
        paragraph
      })
    }
    paragraph++
  }
  return sentences
}

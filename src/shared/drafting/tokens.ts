export interface Token {
  text: string
  start: number
  end: number
  /** A word (letters, digits, inner dots, apostrophes and dashes) rather than punctuation. */
  word: boolean
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?\.?|[^\s\p{L}\p{N}]/gu

/** Words and punctuation marks of a text, with positions relative to `offset`. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(TOKEN)) {
    let value = match[0]
    // A trailing dot belongs to the word only for abbreviations like "U.S." and "Gen."
    if (
      value.endsWith('.') &&
      !/^(\p{L}\.)+$|^(Gen|Lt|Col|Maj|Capt|Sgt|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|St|Jr|Sr|Prof)\.$/u.test(
        value
      )
    ) {
      value = value.slice(0, -1)
    }
    const start = offset + (match.index ?? 0)
    tokens.push({
      text: value,
      start,
      end: start + value.length,
      word: /[\p{L}\p{N}]/u.test(value)
    })
    if (value !== match[0]) {
      tokens.push({
        text: '.',
        start: start + value.length,
        end: start + value.length + 1,
        word: false
      })
    }
  }
  return tokens
}

export const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word)

/**
 * An id made of the first words of a text: lower-case ASCII letters and digits joined by dashes
 * (accents dropped), as quiz and item ids must be. Empty when the text has no such letters.
 */
export function slugify(words: string, maxWords: number, maxLength: number): string {
  return words
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, maxWords)
    .join('-')
    .slice(0, maxLength)
    .replace(/-+$/, '')
}

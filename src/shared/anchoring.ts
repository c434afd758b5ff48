import { articleIndexFor, type ArticleIndex } from './article-index'

/**
 * Finds passages of an article by quotation, after the W3C Web Annotation TextQuoteSelector:
 * the exact quote, optionally with the text just before (prefix) and after (suffix) it,
 * and optionally the character position where it starts.
 */
export interface TextQuote {
  exact: string
  prefix?: string | undefined
  suffix?: string | undefined
  start?: number | undefined
}

export interface TextRange {
  start: number
  end: number
}

export type AnchorResult =
  | ({ ok: true } & TextRange)
  | { ok: false; reason: 'not-found' | 'context-mismatch' | 'ambiguous'; matches: number }

/**
 * The quote with its context as one string: an occurrence of prefix + exact + suffix is an
 * occurrence of exact that fits its context, so one index lookup answers both questions.
 */
function inContext(quote: TextQuote): { needle: string; offset: number } {
  const prefix = quote.prefix ?? ''
  return { needle: `${prefix}${quote.exact}${quote.suffix ?? ''}`, offset: prefix.length }
}

function fitsAt(text: string, at: number, quote: TextQuote): boolean {
  const { needle, offset } = inContext(quote)
  return at - offset >= 0 && text.startsWith(needle, at - offset)
}

function missing(index: ArticleIndex, quote: TextQuote): AnchorResult {
  const all = index.count(quote.exact)
  return all === 0
    ? { ok: false, reason: 'not-found', matches: 0 }
    : { ok: false, reason: 'context-mismatch', matches: all }
}

/** Places a quote that must identify exactly one passage. */
export function anchorQuote(text: string, quote: TextQuote): AnchorResult {
  if (quote.exact.length === 0) return { ok: false, reason: 'not-found', matches: 0 }
  const index = articleIndexFor(text)
  const { needle, offset } = inContext(quote)
  const fitting = index.count(needle)
  if (fitting === 0) return missing(index, quote)
  if (quote.start !== undefined && fitsAt(text, quote.start, quote)) {
    return { ok: true, start: quote.start, end: quote.start + quote.exact.length }
  }
  if (fitting > 1) return { ok: false, reason: 'ambiguous', matches: fitting }
  const at = (index.sample(needle, 1)[0] as number) + offset
  return { ok: true, start: at, end: at + quote.exact.length }
}

/**
 * Places a cue or a speaker's name: the occurrence nearest to the passage it explains,
 * so authors write "said" rather than a context that picks out the right "said".
 * On a tie the earlier occurrence wins.
 */
export function anchorNear(text: string, quote: TextQuote, near: TextRange): AnchorResult {
  if (quote.exact.length === 0) return { ok: false, reason: 'not-found', matches: 0 }
  const index = articleIndexFor(text)
  const { needle, offset } = inContext(quote)
  const length = quote.exact.length
  // The first occurrence that overlaps the passage or follows it, and the last one before it.
  const after = index.firstAtOrAfter(needle, near.start - length + 1 - offset)
  const before = index.lastAtOrBefore(needle, near.start - length - offset)
  if (after === -1 && before === -1) return missing(index, quote)
  const candidates = [before, after].filter((at) => at !== -1).map((at) => at + offset)
  let best = candidates[0] as number
  for (const at of candidates) {
    if (
      distanceBetween({ start: at, end: at + length }, near) <
      distanceBetween({ start: best, end: best + length }, near)
    )
      best = at
  }
  return { ok: true, start: best, end: best + length }
}

function distanceBetween(a: TextRange, b: TextRange): number {
  if (a.end <= b.start) return b.start - a.end
  if (b.end <= a.start) return a.start - b.end
  return 0
}

/** The shortest prefix and suffix that make a passage unique: what an editor writes into a file. */
export function quoteFor(text: string, range: TextRange): TextQuote {
  const exact = text.slice(range.start, range.end)
  for (let width = 0; width <= 64; width += 8) {
    const quote: TextQuote = { exact }
    if (width > 0) {
      quote.prefix = text.slice(Math.max(0, range.start - width), range.start)
      quote.suffix = text.slice(range.end, range.end + width)
    }
    const result = anchorQuote(text, quote)
    if (result.ok && result.start === range.start) return quote
  }
  return { exact, start: range.start }
}

export function describeAnchorFailure(
  result: Extract<AnchorResult, { ok: false }>,
  exact: string
): string {
  const shown = exact.length > 60 ? `${exact.slice(0, 57)}...` : exact
  switch (result.reason) {
    case 'not-found':
      return `The quote "${shown}" is not in the article text.`
    case 'context-mismatch':
      return `The quote "${shown}" is in the article, but not with the given prefix/suffix.`
    case 'ambiguous':
      return `The quote "${shown}" appears ${result.matches} times; add a prefix or suffix to say which one.`
  }
}

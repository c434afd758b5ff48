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

export function findAll(text: string, exact: string): number[] {
  const positions: number[] = []
  if (exact.length === 0) return positions
  let from = 0
  for (;;) {
    const at = text.indexOf(exact, from)
    if (at === -1) return positions
    positions.push(at)
    from = at + 1
  }
}

function fitsContext(text: string, at: number, quote: TextQuote): boolean {
  if (quote.prefix && !text.slice(0, at).endsWith(quote.prefix)) return false
  const end = at + quote.exact.length
  if (quote.suffix && !text.slice(end).startsWith(quote.suffix)) return false
  return true
}

function candidates(text: string, quote: TextQuote): { all: number[]; fitting: number[] } {
  const all = findAll(text, quote.exact)
  return { all, fitting: all.filter((at) => fitsContext(text, at, quote)) }
}

/** Places a quote that must identify exactly one passage. */
export function anchorQuote(text: string, quote: TextQuote): AnchorResult {
  const { all, fitting } = candidates(text, quote)
  if (all.length === 0) return { ok: false, reason: 'not-found', matches: 0 }
  if (fitting.length === 0) return { ok: false, reason: 'context-mismatch', matches: all.length }
  if (quote.start !== undefined && fitting.includes(quote.start)) {
    return { ok: true, start: quote.start, end: quote.start + quote.exact.length }
  }
  if (fitting.length > 1) return { ok: false, reason: 'ambiguous', matches: fitting.length }
  const at = fitting[0] as number
  return { ok: true, start: at, end: at + quote.exact.length }
}

/**
 * Places a cue or a speaker's name: the occurrence nearest to the passage it explains,
 * so authors write "said" rather than a context that picks out the right "said".
 */
export function anchorNear(text: string, quote: TextQuote, near: TextRange): AnchorResult {
  const { all, fitting } = candidates(text, quote)
  if (all.length === 0) return { ok: false, reason: 'not-found', matches: 0 }
  if (fitting.length === 0) return { ok: false, reason: 'context-mismatch', matches: all.length }
  let best = fitting[0] as number
  let bestDistance = Infinity
  for (const at of fitting) {
    const distance = distanceBetween({ start: at, end: at + quote.exact.length }, near)
    if (distance < bestDistance) {
      best = at
      bestDistance = distance
    }
  }
  return { ok: true, start: best, end: best + quote.exact.length }
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

/**
 * Quoted speech, as PARC's "content" spans: a quotation may run over several sentences and
 * paragraphs (a paragraph that ends inside a quotation and a next one that opens with a quote mark
 * continue it, as news style writes long quotes).
 */
export interface Quotation {
  start: number
  end: number
  /** Words inside the marks: a short quoted phrase is a title or scare quote, not speech. */
  words: number
}

const OPEN = new Set(['“', '„'])
const CLOSE = new Set(['”'])

/** Whether a straight quote at `i` opens (after a space or a bracket) rather than closes. */
function opensAt(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : (text[i - 1] as string)
  return /[\s([{—–-]/.test(before)
}

export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = []
  let openAt = -1
  const close = (end: number): void => {
    if (openAt === -1) return
    const inner = text.slice(openAt + 1, end)
    out.push({
      start: openAt,
      end,
      words: inner.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length
    })
    openAt = -1
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (c === '\n') {
      // A paragraph ending inside a quotation continues only if the next one reopens it.
      const next = /^\s*(\S)/.exec(text.slice(i + 1, i + 8))?.[1]
      if (openAt !== -1 && !(next && (OPEN.has(next) || next === '"'))) close(i)
      continue
    }
    const straight = c === '"'
    // A reopening mark at the start of a continued paragraph belongs to the same quotation.
    if (
      (OPEN.has(c) || straight) &&
      openAt !== -1 &&
      /\n\s*$/.test(text.slice(Math.max(0, i - 4), i))
    )
      continue
    if (OPEN.has(c) || (straight && opensAt(text, i) && openAt === -1)) {
      if (openAt !== -1) close(i)
      openAt = i
    } else if (CLOSE.has(c) || straight) {
      // A closing mark never opened in its paragraph ends a quotation carried over from before.
      if (openAt === -1 && CLOSE.has(c)) openAt = text.lastIndexOf('\n', i) + 1
      close(i + 1)
    }
  }
  close(text.length)
  return out
}

/** The share of a range's letters that lie inside the quotations. */
export function quotedShare(quotes: Quotation[], start: number, end: number, text: string): number {
  const near = quotes.filter((q) => q.start < end && start < q.end)
  if (near.length === 0) return 0
  let inside = 0
  let all = 0
  for (let i = start; i < end; i++) {
    if (!/\p{L}/u.test(text[i] as string)) continue
    all++
    if (near.some((q) => q.start <= i && i < q.end)) inside++
  }
  return all === 0 ? 0 : inside / all
}

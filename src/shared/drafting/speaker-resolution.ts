import {
  UNNAMED_SPEAKER,
  isPerson,
  withoutResolution,
  type Attribution,
  type Speaker
} from './attribution-types'
import { quotedShare, type Quotation } from './quotations'
import type { Sentence } from './sentences'

/**
 * Who speaks where the sentence does not say: a headline's source named in the body, and quoted
 * sentences given the source of their quotation.
 */

/**
 * A headline's or deck's source is often described ("Rebel group") or left out ("Tells
 * reporters ..."); the body names it: the first body speaker with the same head noun, else the
 * first body speaker.
 */
export function resolveHeadlines(pending: Attribution[], all: Attribution[]): void {
  for (const attribution of pending) {
    const body = all.filter(
      (a) =>
        a.sentence.paragraph > attribution.sentence.paragraph &&
        !a.speaker.unnamed &&
        a.speaker.name !== '' &&
        !pending.includes(a)
    )
    const head = /(\p{L}+)\W*$/u.exec(attribution.speaker.name)?.[1]?.toLowerCase()
    const same = head
      ? body.find((a) => new RegExp(`(^|\\W)${head}(\\W|$)`, 'i').test(a.speaker.name))
      : undefined
    const target = same ?? (attribution.speaker.name === '' ? body[0] : undefined)
    if (target) {
      attribution.speaker = {
        ...withoutResolution(target.speaker),
        ...(attribution.speaker.mention ? { resolvedFrom: attribution.speaker.mention } : {})
      }
    }
  }
  for (const a of pending) {
    if (a.speaker.name === '') a.speaker = { name: UNNAMED_SPEAKER, unnamed: true }
  }
}

/** Sentences mostly inside a quotation take the quotation's source. */
export function withQuotations(
  text: string,
  sentences: Sentence[],
  quotes: Quotation[],
  direct: Map<Sentence, Attribution>
): Attribution[] {
  const out: Attribution[] = []
  for (const sentence of sentences) {
    const own = direct.get(sentence)
    const share = quotedShare(quotes, sentence.start, sentence.end, text)
    const firstPerson = /^["“]?(I|We|My|Our|Us)\b/.test(sentence.text) && sentence.paragraph > 1
    if (own || (share < 0.5 && !firstPerson)) {
      if (own) out.push(own)
      continue
    }
    const quote = quotes.find((q) => q.start < sentence.end && sentence.start < q.end) ?? {
      start: sentence.start,
      end: sentence.end,
      words: 0
    }
    const speaker = quoteSource(quote, sentence, sentences, direct)
    if (!speaker && share < 0.5) continue
    const mark = /[“”"]/.exec(sentence.text)
    const at = sentence.start + (mark?.index ?? 0)
    out.push({
      sentence,
      cues: [{ start: at, end: at + (mark ? 1 : 0), text: mark?.[0] ?? '' }],
      kind: 'quotation',
      speaker: speaker ?? { name: UNNAMED_SPEAKER, unnamed: true }
    })
  }
  return out
}

/**
 * Who says a quotation: the attribution in a sentence the quotation touches (its frame: '"…," said
 * X' or 'X said: "…"'), else the nearest one before it in the paragraph or the previous one, else
 * the nearest after it in the same paragraph.
 */
function quoteSource(
  quote: Quotation,
  sentence: Sentence,
  sentences: Sentence[],
  direct: Map<Sentence, Attribution>
): Speaker | undefined {
  const usable = (a: Attribution | undefined): a is Attribution =>
    a !== undefined && !a.speaker.unnamed && a.speaker.name !== ''
  const touching = sentences.filter((s) => s.start < quote.end && quote.start < s.end)
  const frame = touching.map((s) => direct.get(s)).find(usable)
  if (frame) return withoutResolution(frame.speaker)
  const index = sentences.indexOf(sentence)
  // Quoted words are a person's: prefer the last person who spoke over an organisation.
  let fallback: Speaker | undefined
  for (let j = index - 1; j >= 0; j--) {
    const s = sentences[j] as Sentence
    if (s.paragraph < sentence.paragraph - 3) break
    const a = direct.get(s)
    if (!usable(a)) continue
    if (isPerson(a.speaker.name)) return withoutResolution(a.speaker)
    if (s.paragraph >= sentence.paragraph - 1) fallback ??= withoutResolution(a.speaker)
  }
  if (fallback) return fallback
  for (let j = index + 1; j < sentences.length; j++) {
    const s = sentences[j] as Sentence
    if (s.paragraph !== sentence.paragraph) break
    const a = direct.get(s)
    if (usable(a)) return withoutResolution(a.speaker)
  }
  return undefined
}

import {
  UNNAMED_SPEAKER,
  isPerson,
  span,
  withoutResolution,
  type Attribution,
  type Span,
  type Speaker
} from './attribution-types'
import { fullName, openingSubject, resolve, type Context } from './coreference'
import { findInSentence, unnamedCue } from './cues'
import { findQuotations, quotedShare, type Quotation } from './quotations'
import type { Sentence } from './sentences'
import { personRuns, tagSentence, type Tags } from './tags'
import { tokenize, type Token } from './tokens'

/**
 * Attribution after the PARC scheme: a source (the speaker), a cue (the reporting verb, "according
 * to", a quote mark) and the content. Quoted content belongs to its source even when the cue is
 * in a neighbouring sentence or paragraph.
 */
export type { Attribution, Span, Speaker } from './attribution-types'
export { SOURCE_NOUNS } from './cues'
export { UNNAMED_SPEAKER, findAttributionsIn as findAttributions }

/** Finds every attributed sentence of an article, with its cue words and resolved speaker. */
function findAttributionsIn(
  text: string,
  sentences: Sentence[],
  articleTags?: Tags
): Attribution[] {
  const quotes = findQuotations(text).filter((q) => q.words >= 5)
  const context: Context = { speakers: [], people: [] }
  const direct = new Map<Sentence, Attribution>()
  const pendingHeadlines: Attribution[] = []
  for (const sentence of sentences) {
    const tokens = tokenize(sentence.text, sentence.start)
    const tags = articleTags ?? tagSentence(sentence.text, sentence.start)
    const headline = isHeadlineLike(sentence)
    const found = findInSentence(tokens, headline, tags)
    const ownSubject = openingSubject(text, tokens)
    const people = personRuns(tags, tokens)
    let attribution: Attribution | undefined
    if (found && !cueInsideQuote(quotes, found.cues[0])) {
      const subjectSpan = span(text, found.subject)
      const startsSentence =
        found.subject[0] === tokens[0] || found.subject[0] === tokens.find((t) => t.word)
      const speaker = subjectSpan
        ? fullName(
            resolve(subjectSpan, context, startsSentence ? undefined : ownSubject),
            context.people
          )
        : { name: '', unnamed: false }
      attribution = {
        sentence,
        cues: found.cues.map((t) => ({ start: t.start, end: t.end, text: t.text })),
        kind: found.kind,
        ...(found.verb ? { verb: found.verb } : {}),
        speaker
      }
      if (!subjectSpan || headline) pendingHeadlines.push(attribution)
    } else {
      const cue = unnamedCue(sentence)
      if (cue) {
        attribution = {
          sentence,
          cues: [cue],
          kind: 'unnamed',
          speaker: { name: UNNAMED_SPEAKER, unnamed: true }
        }
      }
    }
    if (attribution) {
      direct.set(sentence, attribution)
      const { speaker } = attribution
      if (!speaker.unnamed && speaker.name !== '') {
        context.lastSpeaker = speaker
        context.speakers.push(speaker)
        if (isPerson(speaker.name)) context.lastPerson = speaker
      }
    }
    for (const run of people) context.people.push(span(text, run) as Span)
    const firstPerson = people[0]
    if (firstPerson && !(attribution && isPerson(attribution.speaker.name))) {
      const mention = span(text, firstPerson) as Span
      context.lastPerson = { name: mention.text, mention, unnamed: false }
    }
    context.previousSubject = ownSubject ?? context.previousSubject
  }
  resolveHeadlines(pendingHeadlines, [...direct.values()])
  return withQuotations(text, sentences, quotes, direct)
}

/** The headline, and a deck line under it (no final punctuation), speak in headline style. */
function isHeadlineLike(sentence: Sentence): boolean {
  return (
    sentence.paragraph === 0 || (sentence.paragraph === 1 && !/[.!?:]["”’)]?$/.test(sentence.text))
  )
}

function cueInsideQuote(quotes: Quotation[], cue: Token | undefined): boolean {
  return cue !== undefined && quotes.some((q) => q.start < cue.start && cue.end < q.end)
}

/**
 * A headline's or deck's source is often described ("Rebel group") or left out ("Tells
 * reporters ..."); the body names it: the first body speaker with the same head noun, else the
 * first body speaker.
 */
function resolveHeadlines(pending: Attribution[], all: Attribution[]): void {
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
function withQuotations(
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

import { UNNAMED_SPEAKER, isPerson, span, type Attribution, type Span } from './attribution-types'
import { fullName, openingSubject, resolve, type Context } from './coreference'
import { findInSentence, unnamedCue } from './cues'
import { findQuotations, type Quotation } from './quotations'
import { resolveHeadlines, withQuotations } from './speaker-resolution'
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

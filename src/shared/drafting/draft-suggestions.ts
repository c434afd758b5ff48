import { slugFrom } from './slug-from'
import { QUIZ_LIMITS, type ClassifyItem } from '../quiz-format'
import {
  CONFIDENT,
  quoteInputFor,
  type ClassifySuggestion,
  type DraftSuggestion,
  type SuggestionLabel
} from './suggestion'
import { findQuotations, quotedShare } from './quotations'
import { reportingVerb } from './reporting-verbs'
import { findAttributions, type Attribution } from './attribution'
import { findDates, type DateMention } from './dates'
import { STANCE_WORDS } from './reporting-verbs'
import { splitSentences, type Sentence } from './sentences'

export { slugFrom }

export {
  CONFIDENT,
  quoteInputFor,
  type ClassifySuggestion,
  type DraftSuggestion,
  type SuggestionLabel
}

export interface ArticleAnalysis {
  sentences: Sentence[]
  attributions: Attribution[]
  dates: DateMention[]
  facts: Sentence[]
}

/**
 * The reporter's own statements: declarative body sentences nobody is quoted for. Questions,
 * first-person lines (quotations) and headlines are left to the teacher.
 */
function factCandidates(
  text: string,
  sentences: Sentence[],
  attributed: Set<Sentence>
): Sentence[] {
  const quotes = findQuotations(text).filter((q) => q.words >= 5)
  return sentences.filter((sentence) => {
    if (attributed.has(sentence) || sentence.paragraph === 0) return false
    // Quoted speech is never offered as a fact, whoever the drafting thinks says it.
    if (quotedShare(quotes, sentence.start, sentence.end, text) > 0) return false
    if (!/[.!]["”’]?$/.test(sentence.text) || /^["“]?(I|We|My|Our)\b/.test(sentence.text))
      return false
    return sentence.text.split(/\s+/).length >= 4
  })
}

export interface DraftOptions {
  /** YYYY-MM-DD: resolves "on Friday" and "this year". */
  dateline?: string | undefined
  /** Whether the text's first line is its headline (plain-text articles) or already body text. */
  headline?: boolean
}

export function analyseArticle(text: string, options: DraftOptions = {}): ArticleAnalysis {
  const { dateline } = options
  const tags = new Map<number, Set<string>>()
  const sentences = splitSentences(text, { headline: options.headline ?? true, tags })
  const attributions = findAttributions(text, sentences, tags)
  const dates = findDates(text, dateline)
  const facts = factCandidates(text, sentences, new Set(attributions.map((a) => a.sentence)))
  return { sentences, attributions, dates, facts }
}

function allegationExplanation(attribution: Attribution): string {
  const { speaker, verb, kind } = attribution
  const cue = attribution.cues.map((c) => c.text).join(' ')
  if (speaker.unnamed) {
    return `Nobody is named: "${cue}" passes the claim on without saying who makes it, so nobody vouches for it.`
  }
  const resolved = speaker.resolvedFrom
    ? ` ("${speaker.resolvedFrom.text}" refers back to ${speaker.name})`
    : ''
  const how =
    kind === 'according-to'
      ? '"according to" hands it to them'
      : kind === 'quotation'
        ? 'these are their own words, quoted'
        : verb
          ? `"${cue}" is ${STANCE_WORDS[verb.stance]}`
          : `"${cue}" hands it to them`
  return `The claim comes from ${speaker.name}${resolved}; ${how}. The reporter does not vouch for it.`
}

function dateExplanation(mention: DateMention): string {
  const kinds = {
    date: 'a date',
    range: 'a span of time',
    duration: 'how long something lasted',
    relative: 'a time given relative to another moment'
  }
  const value = mention.value ? ` (${mention.value})` : ''
  return `"${mention.text}" tells you when${value}: it is ${kinds[mention.kind]}, not a claim.`
}

function allegationConfidence(attribution: Attribution): { confidence: number; reason: string } {
  const { speaker, kind } = attribution
  const cue = attribution.cues.map((c) => c.text).join(' ') || 'quotation marks'
  const who = speaker.unnamed ? 'nobody named' : speaker.name
  if (kind === 'quotation')
    return {
      confidence: 0.7,
      reason: `Quoted words; the speaker (${who}) was taken from the attribution nearby.`
    }
  if (speaker.unnamed) return { confidence: 0.8, reason: `"${cue}": attribution without a source.` }
  if (speaker.resolvedFrom)
    return {
      confidence: 0.7,
      reason: `"${cue}" by "${speaker.resolvedFrom.text}", taken to mean ${who}.`
    }
  if (attribution.sentence.paragraph === 0)
    return { confidence: 0.7, reason: `A headline: "${cue}", speaker ${who}.` }
  return { confidence: 0.9, reason: `"${cue}" with the speaker named: ${who}.` }
}

function factConfidence(sentence: string): { confidence: number; reason: string } {
  const words = sentence.split(/\s+/)
  const verb = words.find((w) => reportingVerb(w.replace(/[^\p{L}]/gu, '')))
  if (verb)
    return {
      confidence: 0.5,
      reason: `No source found, but "${verb}" may report someone's words: check who says it.`
    }
  if (/["“”]/.test(sentence) || words.length < 6)
    return { confidence: 0.6, reason: 'No source found; it is short or has quotation marks.' }
  return {
    confidence: 0.85,
    reason: 'No source, reporting verb or quotation: the reporter says it.'
  }
}

/**
 * At most `limit` suggestions (the quiz format's item limit), the most confident first, so a
 * long article still drafts a valid quiz; `omitted` says how many were left out.
 */
export function capSuggestions<S extends { confidence: number }>(
  suggestions: S[],
  limit: number = QUIZ_LIMITS.items
): { suggestions: S[]; omitted: number } {
  if (suggestions.length <= limit) return { suggestions, omitted: 0 }
  const kept = suggestions
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.confidence - a.s.confidence || a.i - b.i)
    .slice(0, limit)
    .sort((a, b) => a.i - b.i)
    .map(({ s }) => s)
  return { suggestions: kept, omitted: suggestions.length - limit }
}

/** Draft items for an article: the editor offers each one for the teacher to accept, edit or dismiss. */
export function draftSuggestions(text: string, options: DraftOptions = {}): ClassifySuggestion[] {
  return classifySuggestions(text, analyseArticle(text, options))
}

/** The "which label?" suggestions of an analysed article. */
export function classifySuggestions(text: string, analysis: ArticleAnalysis): ClassifySuggestion[] {
  const used = new Set<string>()
  const suggestions: ClassifySuggestion[] = []
  for (const attribution of analysis.attributions) {
    const { sentence, speaker } = attribution
    const item: ClassifyItem = {
      type: 'classify',
      id: slugFrom(sentence.text, used),
      target: quoteInputFor(text, sentence),
      answer: 'allegation',
      explanation: allegationExplanation(attribution),
      cues: attribution.cues.filter((c) => c.text.trim() !== '').map((c) => quoteInputFor(text, c))
    }
    // An unnamed source still gets a speaker entry: "nobody is named" is the lesson.
    item.speaker = {
      name: speaker.name.slice(0, 120),
      ...(speaker.mention ? { quote: quoteInputFor(text, speaker.mention) } : {})
    }
    const { confidence, reason } = allegationConfidence(attribution)
    suggestions.push({
      kind: 'allegation',
      label: 'allegation',
      confidence,
      reason,
      start: sentence.start,
      end: sentence.end,
      item,
      speaker: {
        name: speaker.name,
        unnamed: speaker.unnamed,
        ...(speaker.resolvedFrom ? { resolvedFrom: speaker.resolvedFrom.text } : {})
      },
      speakerNote: speaker.unnamed
        ? 'unnamed'
        : speaker.resolvedFrom
          ? `"${speaker.resolvedFrom.text}" = ${speaker.name}`
          : speaker.name
    })
  }
  for (const fact of analysis.facts) {
    suggestions.push({
      kind: 'fact',
      label: 'fact',
      ...factConfidence(fact.text),
      start: fact.start,
      end: fact.end,
      item: {
        type: 'classify',
        id: slugFrom(fact.text, used),
        target: quoteInputFor(text, fact),
        answer: 'fact',
        explanation:
          'The reporter states this without saying who claims it, so it is given as fact.'
      }
    })
  }
  for (const mention of analysis.dates) {
    suggestions.push({
      kind: 'date',
      label: 'date',
      confidence: mention.value || mention.kind !== 'relative' ? 0.9 : 0.75,
      reason: `"${mention.text}": ${mention.kind === 'relative' ? 'a time relative to another' : `a ${mention.kind}`}${mention.value ? ` (${mention.value})` : ''}`,
      start: mention.start,
      end: mention.end,
      item: {
        type: 'classify',
        id: slugFrom(`date ${mention.text}`, used),
        target: quoteInputFor(text, mention),
        answer: 'date',
        explanation: dateExplanation(mention),
        cues: [quoteInputFor(text, mention)]
      }
    })
  }
  return suggestions.sort((a, b) => a.start - b.start || b.end - a.end)
}

import { quoteFor, type TextRange } from '../anchoring'
import { slugify } from '../slug'
import type { ClassifyItem, TextQuoteInput } from '../quiz-format'
import { findAttributions, type Attribution } from './attribution'
import { findDates, type DateMention } from './dates'
import { STANCE_WORDS } from './reporting-verbs'
import { splitSentences, type Sentence } from './sentences'

export type SuggestionLabel = 'allegation' | 'fact' | 'date'

/** One drafted item, with what the drafting found, so the editor can show why. */
export interface DraftSuggestion {
  label: SuggestionLabel
  start: number
  end: number
  item: ClassifyItem
  /** For allegations: the speaker and whether a pronoun was resolved to them. */
  speakerNote?: string
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
function factCandidates(sentences: Sentence[], attributed: Set<Sentence>): Sentence[] {
  return sentences.filter((sentence) => {
    if (attributed.has(sentence) || sentence.paragraph === 0) return false
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
  const sentences = splitSentences(text, { headline: options.headline ?? true })
  const attributions = findAttributions(text, sentences)
  const dates = findDates(text, dateline)
  const facts = factCandidates(sentences, new Set(attributions.map((a) => a.sentence)))
  return { sentences, attributions, dates, facts }
}

/** The selector a quiz file stores for a passage: the shortest context that makes it unique. */
export function quoteInputFor(text: string, range: TextRange): TextQuoteInput {
  const found = quoteFor(text, range)
  return {
    exact: found.exact,
    ...(found.prefix ? { prefix: found.prefix } : {}),
    ...(found.suffix ? { suffix: found.suffix } : {}),
    ...(found.start !== undefined ? { start: found.start } : {})
  }
}

/** A new item id from some words of its passage, unique among `used` (which it extends). */
export function slugFrom(words: string, used: Set<string>): string {
  const base = slugify(words, 5, 48) || 'item'
  let id = base
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`
  used.add(id)
  return id
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

/** Draft items for an article: the editor offers each one for the teacher to accept, edit or dismiss. */
export function draftSuggestions(text: string, options: DraftOptions = {}): DraftSuggestion[] {
  const analysis = analyseArticle(text, options)
  const used = new Set<string>()
  const suggestions: DraftSuggestion[] = []
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
    suggestions.push({
      label: 'allegation',
      start: sentence.start,
      end: sentence.end,
      item,
      speakerNote: speaker.unnamed
        ? 'unnamed'
        : speaker.resolvedFrom
          ? `"${speaker.resolvedFrom.text}" = ${speaker.name}`
          : speaker.name
    })
  }
  for (const fact of analysis.facts) {
    suggestions.push({
      label: 'fact',
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
      label: 'date',
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

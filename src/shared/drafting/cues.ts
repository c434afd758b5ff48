import type { Attribution, Span } from './attribution-types'
import { reportingVerb, type Stance } from './reporting-verbs'
import type { Sentence } from './sentences'
import { PRONOUNS, subjectAfter, subjectBefore, trailingNounPhrase } from './speaker-phrase'
import { has, type Tags } from './tags'
import { isCapitalized, type Token } from './tokens'

/** The PARC cue of one sentence: a reporting verb, "according to", a passive or unnamed source. */

const NEGATIONS = /^(not|n't|never|declined|refused|no)$/i
const COGNITION = new Set(['believe', 'think', 'expect', 'hope', 'fear', 'estimate', 'predict'])
const BE = /^(is|are|was|were|be|been|being|'s|’s)$/i
const UNNAMED_PATTERNS = [
  /\b(?:has|have|had|is|are|was|were) been linked to\b/i,
  /\b(?:is|are|was|were|has been|have been) (?:said|believed|alleged|reported|thought|rumou?red|understood|feared|claimed|suspected|found|estimated) to\b/i,
  /\bit(?:'s|’s| is| was| has been| had been) (?:believed|thought|said|reported|alleged|claimed|understood|feared|rumou?red|suspected|known)\b/i,
  /\b(?:is|are|was|were) (?:seen|regarded|viewed|described|considered) by (?:many|some|critics|others)\b/i,
  /\b(?:reportedly|allegedly|purportedly|supposedly)\b/i,
  /\bblamed for\b/i
]
/** People whose views news reports: "experts", "researchers". */
export const SOURCE_NOUNS =
  /^(experts|researchers|scientists|analysts|economists|critics|officials|observers|doctors|historians|scholars|investors|forecasters)$/i
const NOUN_LIKE =
  /^(reports?|claims?|states?|notes?|comments?|calls?|promises?|demands?|fears?|hopes?|estimates?|labels?|stress|disputes?|blames?|vows?|praise|warns?|charges?|concerns?|thanks|denials?|replies|reply|responds?|tweets?|recalls?|mentions?|predictions?|finds?)$/
const SUBORDINATORS = new Set(['where', 'when', 'after', 'because', 'if', 'while', 'whereas'])
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', ';', ':'])
const QUOTE_MARKS = /["“”]/
export interface Found {
  cues: Token[]
  kind: Attribution['kind']
  verb?: { lemma: string; stance: Stance }
  /** Empty when the source is not in the sentence: a headline's verb, a passive. */
  subject: Token[]
  unnamed?: boolean
}

function isVerbUse(tokens: Token[], i: number, headline: boolean, tags: Tags): boolean {
  const token = tokens[i] as Token
  const lower = token.text.toLowerCase()
  const next = tokens[i + 1]?.text ?? ''
  if (isCapitalized(token.text) && !headline && i > 0) return false
  const previous = tokens[i - 1]
  if (headline && lower === 'states' && previous?.text === 'United') return false
  const lemma = reportingVerb(lower)?.lemma
  // "found that" reports a finding; "was founded" and "found a job" do not.
  if (lemma === 'find') return next === 'that'
  // "called on", "called for", "called the plan 'reckless'"; not "a ship called Endeavour".
  if (lemma === 'call') {
    if (!headline && tags.has(token.start) && !has(tags, token, 'Verb')) return false
    // The thing called comes between: "called the plan 'reckless'", not "a show called 'Light'".
    const quoteAt = tokens.findIndex((t, j) => j > i && j < i + 8 && QUOTE_MARKS.test(t.text))
    const soon = quoteAt > i + 1
    return /^(on|for|upon|it|them|him|her|this|that)$/i.test(next) || soon
  }
  // "urged voters to register": a speech act; "the news encouraged buyers" is not.
  if (lemma === 'encourage' || lemma === 'urge')
    return tokens.slice(i + 1, i + 12).some((t) => t.text === 'to')
  // "a panel discussing taxes": a participle modifying a noun is not the report.
  if (
    /ing$/.test(lower) &&
    previous &&
    previous.word &&
    !/^(by|is|are|was|were|been|be)$/i.test(previous.text)
  )
    return false
  // "said nothing", "said little": no content is reported.
  if (/^(nothing|little|no)$/i.test(next)) return false
  // "The law requires firms to report": an infinitive reports only after "went on to", "had to".
  if (
    previous?.text === 'to' &&
    !/^(on|had|has|have|continued|went|used|wanted|rushed|hastened)$/i.test(
      tokens[i - 2]?.text ?? ''
    )
  )
    return false
  // "She added that ...", "he added." but not "added 200 jobs"; "wrote that", not "wrote a letter".
  if (lemma === 'add' || lemma === 'write')
    return i + 1 >= tokens.length || /^(that|,|\.|:|;|"|“|”)$/.test(next)
  // "The police report lists": a noun before a verb.
  if (
    !/(ed|ing)$/.test(lower) &&
    !headline &&
    has(tags, tokens[i + 1], 'Verb') &&
    !has(tags, tokens[i + 1], 'Noun') &&
    !/^(that|to)$/.test(next)
  )
    return false
  if (lemma === 'see') return tokens.slice(0, i).some((t) => SOURCE_NOUNS.test(t.text))
  if (lemma === 'identify') return tokens.slice(i + 1).some((t) => t.text === 'as')
  // "The clinic admitted 40 patients" is not an admission.
  if (lemma === 'admit' || lemma === 'acknowledge') return /^(that|to|,|"|“)$/.test(next)
  if (headline) return true
  // Forms that are as often nouns ("the report", "her claims") ask the tagger; "say" does not.
  if (NOUN_LIKE.test(lower) && tags.has(token.start)) return has(tags, token, 'Verb')
  return true
}

function isNegated(tokens: Token[], i: number, lemma: string): boolean {
  if (COGNITION.has(lemma)) return false
  return tokens
    .slice(Math.max(0, i - 3), i)
    .some((t) => NEGATIONS.test(t.text) || /n't$/.test(t.text))
}

/** "was reported", "were said by": a passive cue, whose agent (if any) follows "by". */
function isPassive(tokens: Token[], i: number): boolean {
  if (!/ed$|^(said|told|thought|found)$/.test(tokens[i]?.text ?? '')) return false
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = tokens[j]?.text ?? ''
    if (BE.test(t) || /^(it|that|this|there)['’]s$/i.test(t)) return true
    if (!/ly$|^(not|also|widely|first|never)$/.test(t)) return false
  }
  return false
}

function clauseStart(tokens: Token[], i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const text = (tokens[j] as Token).text.toLowerCase()
    const next = tokens[j + 1]?.text ?? ''
    const closedBefore = tokens.slice(j + 1, i).some((t) => t.text === ',')
    // "that they said" opens a clause; "published that year" does not.
    if (text === 'that' && !(PRONOUNS.has(next.toLowerCase()) || isCapitalized(next))) continue
    // "Dr. Lee, who runs the lab, said": the relative clause closes before the verb.
    if ((text === 'who' || text === 'which') && closedBefore) continue
    // "skeptics, who look at the data and conclude": the relative pronoun stands for the noun before it.
    if (text === 'who' && j > 0) return -j
    if (SUBORDINATORS.has(text) && !closedBefore && j > 0) return j + 1
    if (CLAUSE_OPENERS.has(text)) return j + 1
    if (QUOTE_MARKS.test(text) && j < i - 1) return j + 1
  }
  return 0
}

function afterBy(tokens: Token[], i: number): Token[] {
  const by = tokens.findIndex((t, j) => j > i && j <= i + 2 && t.text === 'by')
  return by === -1 ? [] : subjectAfter(tokens.slice(by + 1))
}

export function findInSentence(tokens: Token[], headline: boolean, tags: Tags): Found | undefined {
  const lowerWords = tokens.map((t) => t.text.toLowerCase())
  // A transcript's speaker tag: "SMITH: We are ready."
  const colon = tokens.findIndex((t) => t.text === ':')
  if (
    colon > 0 &&
    colon <= 3 &&
    tokens.slice(0, colon).every((t) => t.word && /^[\p{Lu}'’.-]{2,}$/u.test(t.text))
  )
    return { cues: [tokens[colon] as Token], kind: 'quotation', subject: tokens.slice(0, colon) }
  for (let i = 0; i < tokens.length; i++) {
    if (lowerWords[i] === 'according' && lowerWords[i + 1] === 'to') {
      const rest = tokens.slice(i + 2)
      const stop = rest.findIndex((t) => t.text === ',' || t.text === '.')
      return {
        cues: tokens.slice(i, i + 2),
        kind: 'according-to',
        subject: rest.slice(0, stop === -1 ? rest.length : stop)
      }
    }
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    // "agreement among economists that ...": the consensus has a source.
    if (
      /^(agreement|consensus)$/i.test(lowerWords[i] ?? '') &&
      /^(among|between)$/.test(lowerWords[i + 1] ?? '')
    ) {
      const that = tokens.findIndex((t, j) => j > i + 1 && t.text === 'that')
      if (that > i + 2)
        return { cues: tokens.slice(i, i + 2), kind: 'verb', subject: tokens.slice(i + 2, that) }
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    const verb = reportingVerb(token.text)
    if (!verb || !isVerbUse(tokens, i, headline, tags) || isNegated(tokens, i, verb.lemma)) continue
    // "a fire blamed for the outage", "accused of": passive, so nobody is named.
    if (/ed$/.test(token.text) && /^(for|of)$/.test(tokens[i + 1]?.text ?? '')) continue
    if (isPassive(tokens, i)) {
      const agent = afterBy(tokens, i)
      if (agent.length > 0) return { cues: [token], kind: 'verb', verb, subject: agent }
      continue
    }
    const from = clauseStart(tokens, i)
    let region = from < 0 ? trailingNounPhrase(tokens.slice(0, -from), tags) : tokens.slice(from, i)
    while (region.length > 0 && region[region.length - 1]?.text === ',')
      region = region.slice(0, -1)
    const inverted = QUOTE_MARKS.test(region[region.length - 1]?.text ?? '')
    // '"We were not asked," said Ana Ruiz': the speaker follows the verb.
    if (inverted) region = []
    // "..., adding": a participle after a comma shares the main clause's subject.
    if (/ing$/.test(token.text) && tokens[i - 1]?.text === ',' && !inverted) {
      region = tokens.slice(0, i - 1)
    }
    let subject = region.length > 0 ? subjectBefore(region, tags) : []
    if (subject.length === 0 && (inverted || region.length === 0) && verb.lemma !== 'tell')
      subject = subjectAfter(tokens.slice(i + 1))
    if (subject.length === 0 && !headline) continue
    return { cues: [token], kind: 'verb', verb, subject }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (
      /^(statements?|remarks|claims|reports|accusations)$/i.test(tokens[i]?.text ?? '') &&
      tokens[i + 1]?.text === 'by'
    ) {
      const rest = tokens.slice(i + 2)
      const stop = rest.findIndex((t) => !t.word || t.text === 'that')
      return {
        cues: tokens.slice(i, i + 2),
        kind: 'verb',
        subject: rest.slice(0, stop === -1 ? rest.length : stop)
      }
    }
  }
  return undefined
}

export function unnamedCue(sentence: Sentence): Span | undefined {
  for (const pattern of UNNAMED_PATTERNS) {
    const match = pattern.exec(sentence.text)
    if (match) {
      const start = sentence.start + match.index
      return { start, end: start + match[0].length, text: match[0] }
    }
  }
  return undefined
}

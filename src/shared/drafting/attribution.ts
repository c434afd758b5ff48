import { reportingVerb, type Stance } from './reporting-verbs'
import type { Sentence } from './sentences'
import { isCapitalized, tokenize, type Token } from './tokens'

export interface Span {
  start: number
  end: number
  text: string
}

export interface Speaker {
  name: string
  /** Where the article names the speaker (for a pronoun, where it named them before). */
  mention?: Span
  /** The pronoun or description ("he", "the spokesman") that was resolved to the name. */
  resolvedFrom?: Span
  /** True when the article hides who says it ("has been linked to", "reportedly"). */
  unnamed: boolean
}

export interface Attribution {
  sentence: Sentence
  /** The words that show the claim is attributed: the verb, "according to", the quote mark. */
  cues: Span[]
  kind: 'verb' | 'according-to' | 'unnamed' | 'quotation'
  verb?: { lemma: string; stance: Stance }
  speaker: Speaker
}

const UNNAMED_SPEAKER = 'Not named: the article does not say who'

/** Forms that are often nouns: they count as verbs only after a likely subject. */
const NOUN_LIKE = new Set([
  'report',
  'reports',
  'claim',
  'claims',
  'state',
  'states',
  'note',
  'notes',
  'stress',
  'dispute',
  'blame',
  'add',
  'warn'
])
const SUBJECT_NOUNS =
  /^(officials|spokesman|spokeswoman|spokesperson|police|ministry|government|sources|critics|residents|experts|analysts|he|she|it|they|we|i|who)$/i
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i'])
const DESCRIPTIONS =
  /^(the )?(spokesman|spokeswoman|spokesperson|general|official|minister|mayor|president|senator|group|statement|agency|department)$/i
const INTRO = new Set([
  'in',
  'on',
  'at',
  'previously',
  'meanwhile',
  'also',
  'but',
  'however',
  'and',
  'so',
  'yet',
  'now',
  'then',
  'after',
  'before',
  'during',
  'since',
  'for',
  'with',
  'later',
  'earlier',
  'until',
  'under',
  'as',
  'while',
  'when',
  'although',
  'though'
])
const LEADING_FILLER = new Set([
  'but',
  'and',
  'also',
  'however',
  'meanwhile',
  'yet',
  'so',
  'then',
  'now'
])
const TRAILING_FILLER =
  /^(also|again|repeatedly|strongly|did|does|do|has|have|had|will|would|is|are|was|were|be|been|not|later|still|then|once|first|previously|\p{L}+ly)$/iu
const NEGATIONS = /^(not|n't|never|declined|refused)$/i
const UNNAMED_PATTERNS = [
  /\b(?:has|have|had|is|are|was|were) been linked to\b/i,
  /\b(?:is|are|was|were) (?:said|believed|alleged|reported|thought) to\b/i,
  /\b(?:reportedly|allegedly|purportedly)\b/i,
  /\bblamed for\b/i
]
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', ';', ':'])
const QUOTE_MARKS = /["“”]/

function span(text: string, tokens: Token[]): Span | undefined {
  const first = tokens[0]
  const last = tokens[tokens.length - 1]
  if (!first || !last) return undefined
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) }
}

function isPersonName(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.word)
  if (/^(the|a|an)$/i.test(words[0]?.text ?? '')) return false
  return words.length >= 2 && words.length <= 6 && words.every((t) => isCapitalized(t.text))
}

/** "General John Rosa of the Pentagon's Joint Staff" is named as "General John Rosa". */
function trimAfterName(tokens: Token[]): Token[] {
  const cut = tokens.findIndex((t, i) => i >= 2 && /^(of|for|in|from|at)$/.test(t.text))
  if (cut !== -1 && isPersonName(tokens.slice(0, cut))) return tokens.slice(0, cut)
  return tokens
}

/** The noun phrase that speaks, from the words between the clause start and the verb. */
function subjectBefore(tokens: Token[]): Token[] {
  const segments: Token[][] = [[]]
  for (const token of tokens) {
    if (token.text === ',') segments.push([])
    else segments[segments.length - 1]?.push(token)
  }
  // "The review, published that year, found": a participle phrase is not the speaker.
  let kept = segments.filter(
    (segment, i) =>
      segment.some((t) => t.word) &&
      !(i > 0 && /^(\p{Ll}+(ed|ing)|who|which|whose)$/u.test(segment[0]?.text ?? ''))
  )
  while (kept.length > 1 && INTRO.has((kept[0]?.[0]?.text ?? '').toLowerCase()))
    kept = kept.slice(1)
  // "A spokesman for X, Shafiqullah Tahiri," : the appositive name is the speaker.
  const chosen = kept.find(isPersonName) ?? kept[kept.length - 1] ?? []
  let start = 0
  let end = chosen.length
  while (start < end && LEADING_FILLER.has((chosen[start]?.text ?? '').toLowerCase())) start++
  while (
    end > start &&
    (TRAILING_FILLER.test(chosen[end - 1]?.text ?? '') || !chosen[end - 1]?.word)
  )
    end--
  return trimAfterName(chosen.slice(start, end))
}

/** "..., said Tom Okafor, who leads ...": the speaker named after the verb. */
function subjectAfter(tokens: Token[]): Token[] {
  const out: Token[] = []
  for (const token of tokens) {
    if (!token.word) break
    if (out.length === 0 && /^(the|a|an)$/i.test(token.text)) {
      out.push(token)
      continue
    }
    if (!isCapitalized(token.text) && !/^(officials|spokesman|spokeswoman)$/.test(token.text)) break
    out.push(token)
  }
  return out.some((t) => isCapitalized(t.text)) ? out : []
}

interface Found {
  cues: Token[]
  kind: Attribution['kind']
  verb?: { lemma: string; stance: Stance }
  subject: Token[]
}

function isVerbUse(tokens: Token[], i: number, headline: boolean): boolean {
  const token = tokens[i] as Token
  const lower = token.text.toLowerCase()
  if (isCapitalized(token.text) && !headline && i > 0) return false
  const previous = tokens[i - 1]
  if (headline && lower === 'states' && previous?.text === 'United') return false
  // "found that" reports a finding; "was founded" and "found a job" do not.
  if (reportingVerb(lower)?.lemma === 'find') return tokens[i + 1]?.text === 'that'
  // "Hospitals admitted more than 600 people" is not an admission.
  if (/^admit/.test(lower) || /^acknowledg/.test(lower)) {
    return /^(that|to|,|"|“)$/.test(tokens[i + 1]?.text ?? '')
  }
  if (!NOUN_LIKE.has(lower)) return true
  if (!previous) return false
  return (
    isCapitalized(previous.text) || SUBJECT_NOUNS.test(previous.text) || /ly$/.test(previous.text)
  )
}

function isNegated(tokens: Token[], i: number): boolean {
  return tokens
    .slice(Math.max(0, i - 3), i)
    .some((t) => NEGATIONS.test(t.text) || /n't$/.test(t.text))
}

function clauseStart(tokens: Token[], i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const text = (tokens[j] as Token).text.toLowerCase()
    const next = tokens[j + 1]?.text ?? ''
    // "that they said" opens a clause; "published that year" does not.
    if (text === 'that' && !(PRONOUNS.has(next.toLowerCase()) || isCapitalized(next))) continue
    // "Dr. Rousseau, who heads the department, said": the relative clause closes before the verb.
    const closedBefore = tokens.slice(j + 1, i).some((t) => t.text === ',')
    if ((text === 'who' || text === 'which') && closedBefore) continue
    if (CLAUSE_OPENERS.has(text)) return j + 1
    if (QUOTE_MARKS.test(text) && j < i - 1) return j + 1
  }
  return 0
}

function findInSentence(tokens: Token[], headline: boolean): Found | undefined {
  const lowerWords = tokens.map((t) => t.text.toLowerCase())
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
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    const verb = reportingVerb(token.text)
    if (!verb || !isVerbUse(tokens, i, headline) || isNegated(tokens, i)) continue
    // "an air raid blamed for killing", "accused of": passive, so nobody is named.
    if (/ed$/.test(token.text) && /^(for|of)$/.test(tokens[i + 1]?.text ?? '')) continue
    let region = tokens.slice(clauseStart(tokens, i), i)
    while (region.length > 0 && region[region.length - 1]?.text === ',')
      region = region.slice(0, -1)
    // '"Nobody asked ...," said Tom Okafor': the speaker follows the verb.
    if (QUOTE_MARKS.test(region[region.length - 1]?.text ?? '')) region = []
    let subject = subjectBefore(region)
    if (subject.length === 0) subject = subjectAfter(tokens.slice(i + 1))
    if (subject.length === 0) continue
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

function unnamedCue(sentence: Sentence): Span | undefined {
  for (const pattern of UNNAMED_PATTERNS) {
    const match = pattern.exec(sentence.text)
    if (match) {
      const start = sentence.start + match.index
      return { start, end: start + match[0].length, text: match[0] }
    }
  }
  return undefined
}

function withoutResolution(speaker: Speaker): Speaker {
  const { resolvedFrom, ...rest } = speaker
  void resolvedFrom
  return rest
}

interface Context {
  speakers: Speaker[]
  lastPerson?: Speaker
  lastSpeaker?: Speaker
  previousSubject?: Speaker
}

function resolve(subject: Span, context: Context, sentenceSubject: Speaker | undefined): Speaker {
  const lower = subject.text.toLowerCase()
  if (DESCRIPTIONS.test(lower)) {
    // "the agency" is the last speaker whose name has "agency" in it.
    const noun = lower.replace(/^the /, '')
    const named = [...context.speakers].reverse().find((s) => s.name.toLowerCase().includes(noun))
    if (named) return { ...withoutResolution(named), resolvedFrom: subject }
  }
  if (lower === 'he' || lower === 'she' || DESCRIPTIONS.test(lower)) {
    const target =
      lower === 'he' || lower === 'she'
        ? (context.lastPerson ?? context.lastSpeaker)
        : context.lastSpeaker
    if (target) return { ...target, resolvedFrom: subject }
  }
  if (lower === 'it' || lower === 'they') {
    const target = sentenceSubject ?? context.previousSubject ?? context.lastSpeaker
    if (target) return { ...target, resolvedFrom: subject }
  }
  if (PRONOUNS.has(lower) && context.lastSpeaker)
    return { ...context.lastSpeaker, resolvedFrom: subject }
  return { name: subject.text, mention: subject, unnamed: false }
}

/** The noun phrase a sentence opens with, for resolving "it" and "they" in the next one. */
function openingSubject(text: string, tokens: Token[]): Speaker | undefined {
  let i = 0
  const commaAt = tokens.findIndex((t) => t.text === ',')
  if (commaAt !== -1 && INTRO.has((tokens[0]?.text ?? '').toLowerCase())) i = commaAt + 1
  const phrase: Token[] = []
  for (; i < tokens.length; i++) {
    const token = tokens[i] as Token
    if (!token.word) break
    if (phrase.length === 0 && /^(the|a|an)$/i.test(token.text)) phrase.push(token)
    else if (isCapitalized(token.text) || /^(officials|spokesman|group)$/.test(token.text))
      phrase.push(token)
    else break
  }
  const found = span(text, phrase)
  if (
    !found ||
    PRONOUNS.has(found.text.toLowerCase()) ||
    (phrase.length < 2 && /^(the|a|an)$/i.test(found.text))
  )
    return undefined
  return { name: found.text, mention: found, unnamed: false }
}

function quotedContinuation(sentence: Sentence, text: string): boolean {
  if (/^(We|Our|I|My)\b/.test(sentence.text)) return true
  // A paragraph that ends a quotation it never opened continues the previous speaker's words.
  const paragraphEnd = text.indexOf('\n', sentence.start)
  const paragraphStart = text.lastIndexOf('\n', sentence.start) + 1
  const paragraph = text.slice(paragraphStart, paragraphEnd === -1 ? text.length : paragraphEnd)
  return /”\s*$/.test(paragraph) && !paragraph.includes('“') && !paragraph.includes('"')
}

/** Finds every attributed sentence of an article, with its cue words and resolved speaker. */
export function findAttributions(text: string, sentences: Sentence[]): Attribution[] {
  const attributions: Attribution[] = []
  const context: Context = { speakers: [] }
  for (const sentence of sentences) {
    const tokens = tokenize(sentence.text, sentence.start)
    const headline = sentence.paragraph === 0
    const found = findInSentence(tokens, headline)
    const ownSubject = openingSubject(text, tokens)
    let attribution: Attribution | undefined
    if (found) {
      const subjectSpan = span(text, found.subject) as Span
      const startsSentence =
        found.subject[0] === tokens[0] || found.subject[0] === tokens.find((t) => t.word)
      const speaker = resolve(subjectSpan, context, startsSentence ? undefined : ownSubject)
      attribution = {
        sentence,
        cues: found.cues.map((t) => ({ start: t.start, end: t.end, text: t.text })),
        kind: found.kind,
        ...(found.verb ? { verb: found.verb } : {}),
        speaker
      }
    } else {
      const cue = unnamedCue(sentence)
      if (cue) {
        attribution = {
          sentence,
          cues: [cue],
          kind: 'unnamed',
          speaker: { name: UNNAMED_SPEAKER, unnamed: true }
        }
      } else if (context.lastSpeaker && !headline && quotedContinuation(sentence, text)) {
        const mark = /[“”"]|^\p{L}+/u.exec(sentence.text)
        const at = sentence.start + (mark?.index ?? 0)
        attribution = {
          sentence,
          cues: [{ start: at, end: at + (mark?.[0].length ?? 0), text: mark?.[0] ?? '' }],
          kind: 'quotation',
          speaker: withoutResolution(context.lastPerson ?? context.lastSpeaker)
        }
      }
    }
    if (attribution) {
      attributions.push(attribution)
      if (!attribution.speaker.unnamed) {
        context.lastSpeaker = attribution.speaker
        context.speakers.push(attribution.speaker)
        if (
          isPersonName(tokenize(attribution.speaker.name)) ||
          /\b(General|Mayor|Senator|Dr\.)\b/.test(attribution.speaker.name)
        )
          context.lastPerson = attribution.speaker
      }
    }
    context.previousSubject = ownSubject ?? context.previousSubject
  }
  return attributions
}

export { UNNAMED_SPEAKER }

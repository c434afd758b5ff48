import { UNNAMED_SOURCE } from '../item-kinds'
import type { QuizItem, Stance } from '../quiz-format'
import type { Attribution, Span } from './attribution-types'
import type { ArticleAnalysis } from './draft-suggestions'
import { slugFrom } from './slug-from'
import { quoteInputFor } from './suggestion'
import { dateDrafts } from './date-drafts'

/** A drafted item of the later types, with where it sits and how sure the drafting is. */
export interface TypeDraft {
  item: QuizItem
  start: number
  end: number
  confidence: number
  reason: string
}

/** The verbs whose framing is clear enough to ask about; the others are left to the teacher. */
const FRAMING: Readonly<Record<string, Stance>> = {
  say: 'neutral',
  tell: 'neutral',
  state: 'neutral',
  note: 'neutral',
  add: 'neutral',
  report: 'neutral',
  announce: 'neutral',
  explain: 'neutral',
  claim: 'distancing',
  allege: 'distancing',
  insist: 'distancing',
  maintain: 'distancing',
  contend: 'distancing',
  assert: 'distancing',
  admit: 'against-interest',
  concede: 'against-interest',
  acknowledge: 'against-interest',
  deny: 'denial',
  reject: 'denial',
  dispute: 'denial',
  dismiss: 'denial',
  refute: 'denial'
}

const FRAMING_WHY: Readonly<Record<Stance, string>> = {
  neutral: 'is neutral: it passes the words on without taking a side',
  distancing: "puts distance between the reporter and the claim: it is one side's version",
  'against-interest':
    'means the speaker said something that does not help them, which makes it weigh more',
  denial: 'reports a denial: someone says something is not true'
}

/**
 * The claim without its attribution: "Shaheen said that X" gives X, "'X,' he said" gives X. Null
 * when too little is left to ask about.
 */
export function claimSpan(text: string, attribution: Attribution): Span | null {
  const { sentence, cues, speaker } = attribution
  // "has been linked to", "blamed for": the whole sentence is what nobody named vouches for.
  if (attribution.kind === 'unnamed') return trimmed(text, sentence.start, sentence.end)
  const inside = (s: Span | undefined): s is Span =>
    s !== undefined && s.start >= sentence.start && s.end <= sentence.end
  const parts = [...cues, speaker.mention, speaker.resolvedFrom].filter(inside)
  if (parts.length === 0) return null
  const from = Math.min(...parts.map((p) => p.start))
  const to = Math.max(...parts.map((p) => p.end))
  const before = trimmed(text, sentence.start, from)
  const after = trimmed(text, to, sentence.end)
  const longer = (before?.text.length ?? 0) >= (after?.text.length ?? 0) ? before : after
  const claim = longer === after && after ? withoutLead(text, after) : longer
  return claim && claim.text.split(/\s+/).length >= 4 ? claim : null
}

/** "told reporters Monday it was…", "said again U.S. forces…": the claim starts after these. */
const LEAD =
  /^(?:again|later|also|then|today|yesterday|reporters|journalists|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[\s,]*/i

function withoutLead(text: string, span: Span): Span {
  let start = span.start
  for (let guard = 0; guard < 6; guard++) {
    const lead = LEAD.exec(text.slice(start, span.end))
    if (!lead || lead[0].length === 0) break
    start += lead[0].length
  }
  // "told a news conference Tuesday that …": the claim is what follows "that", when it comes soon.
  const head = text.slice(start, span.end)
  const that = /\bthat\s+/i.exec(head)
  if (that && head.slice(0, that.index).split(/\s+/).length <= 12)
    start += that.index + that[0].length
  return { start, end: span.end, text: text.slice(start, span.end) }
}

/** "officials", "other officials", "sources": a group that names nobody is an unnamed source. */
const GENERIC_SOURCE =
  /^(?:some|other|several|many|two|three|senior|local|western|unnamed|anonymous|the)?\s*(?:officials?|sources?|experts?|analysts?|diplomats?|authorities|people|residents|critics|observers|witnesses|reports?)$/i

export function isUnnamedSource(name: string): boolean {
  return GENERIC_SOURCE.test(name.trim())
}

/** A stretch of the text without the quote marks, "that", commas and full stops at its edges. */
function trimmed(text: string, start: number, end: number): Span | null {
  const edge = /^[\s"“”‘’',.:;—–-]+|^that\s+/i
  let s = start
  let e = end
  for (let guard = 0; guard < 8; guard++) {
    const head = edge.exec(text.slice(s, e))
    if (!head || head[0].length === 0) break
    s += head[0].length
  }
  while (e > s && /[\s"“”‘’',.:;—–-]/.test(text[e - 1] ?? '')) e--
  return e > s ? { start: s, end: e, text: text.slice(s, e) } : null
}

export function draftTypeItems(
  text: string,
  analysis: ArticleAnalysis,
  dateline?: string
): TypeDraft[] {
  const used = new Set<string>()
  const drafts: TypeDraft[] = []
  const named = new Map<string, Span | undefined>()
  for (const a of analysis.attributions)
    if (!a.speaker.unnamed && !named.has(a.speaker.name))
      named.set(a.speaker.name, a.speaker.mention)

  for (const attribution of analysis.attributions) {
    // "condemned the attack" has an object, not a claim: only verbs that pass a claim on.
    const passesClaim =
      attribution.kind !== 'verb' ||
      (attribution.verb !== undefined && attribution.verb.lemma in FRAMING)
    const claim = passesClaim ? claimSpan(text, attribution) : null
    const cue = attribution.cues.find((c) => c.text.trim() !== '')
    if (claim) {
      const who = whoSays(text, attribution, claim, named, used)
      if (who) drafts.push(who)
      const frame = attribution.verb ? FRAMING[attribution.verb.lemma] : undefined
      if (frame && cue && attribution.verb) {
        drafts.push({
          item: {
            type: 'frame',
            id: slugFrom(`frame ${cue.text} ${claim.text}`, used),
            target: quoteInputFor(text, claim),
            verb: quoteInputFor(text, cue),
            answer: frame,
            explanation: `"${cue.text}" ${FRAMING_WHY[frame]}.`
          },
          start: claim.start,
          end: claim.end,
          confidence: frame === 'neutral' ? 0.85 : 0.75,
          reason: `The reporting verb "${cue.text}" (${attribution.verb.lemma}).`
        })
      }
    }
    if (cue && attribution.kind !== 'quotation') {
      drafts.push({
        item: {
          type: 'find-clue',
          id: slugFrom(`clue ${attribution.sentence.text}`, used),
          target: quoteInputFor(text, attribution.sentence),
          clue: 'attribution',
          cues: attribution.cues
            .filter((c) => c.text.trim() !== '')
            .map((c) => ({ exact: c.text })),
          explanation: `"${attribution.cues.map((c) => c.text).join(' ')}" shows that someone else says it${attribution.speaker.unnamed ? ', though the article does not say who' : ''}.`
        },
        start: attribution.sentence.start,
        end: attribution.sentence.end,
        confidence: attribution.speaker.unnamed ? 0.7 : 0.85,
        reason: `The cue "${cue.text}".`
      })
    }
  }

  drafts.push(...dateDrafts(text, analysis, used, dateline))
  return drafts.sort((a, b) => a.start - b.start)
}

function whoSays(
  text: string,
  attribution: Attribution,
  claim: Span,
  named: Map<string, Span | undefined>,
  used: Set<string>
): TypeDraft | null {
  const speaker = isUnnamedSource(attribution.speaker.name)
    ? { ...attribution.speaker, unnamed: true }
    : attribution.speaker
  const choiceIds = new Set<string>([UNNAMED_SOURCE.id])
  const choice = (name: string, mention: Span | undefined) => ({
    id: slugFrom(name, choiceIds),
    name: name.slice(0, 160),
    ...(mention ? { quote: quoteInputFor(text, mention) } : {})
  })
  const right = speaker.unnamed ? UNNAMED_SOURCE : choice(speaker.name, speaker.mention)
  const others = [...named.entries()]
    .filter(([name]) => name !== speaker.name)
    .slice(0, speaker.unnamed ? 3 : 2)
    .map(([name, mention]) => choice(name, mention))
  const choices = speaker.unnamed ? [right, ...others] : [right, ...others, UNNAMED_SOURCE]
  if (choices.length < 3) return null
  // A stable shuffle, so the right answer is not always first.
  const rotated = choices.map((_, i) => choices[(i + claim.start) % choices.length]!)
  const via = speaker.resolvedFrom
    ? ` "${speaker.resolvedFrom.text}" refers back to ${speaker.name}.`
    : ''
  return {
    item: {
      type: 'who-says',
      id: slugFrom(`who ${claim.text}`, used),
      target: quoteInputFor(text, claim),
      choices: rotated,
      answer: right.id,
      explanation: speaker.unnamed
        ? `"${attribution.cues.map((c) => c.text).join(' ')}": the article does not name who says it.`
        : `${speaker.name} is the source: "${attribution.cues.map((c) => c.text).join(' ')}".${via}`
    },
    start: claim.start,
    end: claim.end,
    confidence: speaker.resolvedFrom || speaker.unnamed ? 0.7 : 0.85,
    reason: speaker.resolvedFrom
      ? `"${speaker.resolvedFrom.text}" taken to mean ${speaker.name}.`
      : `Speaker: ${speaker.unnamed ? 'not named' : speaker.name}.`
  }
}

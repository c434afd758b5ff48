import type { Stance } from './reporting-verbs'
import type { Sentence } from './sentences'
import { isPersonName } from './speaker-phrase'
import { tokenize, type Token } from './tokens'

/**
 * Attribution after the PARC scheme: a source (the speaker), a cue (the reporting verb, "according
 * to", a quote mark) and the content. Quoted content belongs to its source even when the cue is
 * in a neighbouring sentence or paragraph.
 */
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

export const UNNAMED_SPEAKER = 'Not named: the article does not say who'

export function span(text: string, tokens: Token[]): Span | undefined {
  const first = tokens[0]
  const last = tokens[tokens.length - 1]
  if (!first || !last) return undefined
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) }
}

export function withoutResolution(speaker: Speaker): Speaker {
  const { resolvedFrom, ...rest } = speaker
  void resolvedFrom
  return rest
}

export const isPerson = (name: string): boolean =>
  isPersonName(tokenize(name)) ||
  /\b(General|Mayor|Senator|Dr\.|President|Ambassador|Minister)\b/.test(name)

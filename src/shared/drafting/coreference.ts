import { isPerson, span, withoutResolution, type Span, type Speaker } from './attribution-types'
import { INTRO, PRONOUNS } from './speaker-phrase'
import { isCapitalized, type Token } from './tokens'

/** Who "he", "it" and "the agency" are: the sources named before, and the people mentioned. */

const DESCRIPTIONS =
  /^(the )?(spokesman|spokeswoman|spokesperson|general|official|minister|mayor|president|senator|group|statement|agency|department|ambassador|speaker|company|ministry|organi[sz]ation|report|court|judge|police)$/i

const HUMAN_NOUNS =
  /\b(spokes\w*|official|minister|president|mayor|director|chief|leader|head|governor|senator|ambassador|secretary|chair\w*|commander|general|officer|doctor|professor|man|woman|coach|analyst|expert|researcher|scientist|economist|lawyer|judge|witness|resident|speaker|host|reporter|correspondent|author|astronaut|player|teacher|student|farmer|worker|owner|founder|actor|singer|writer)\b/i

/** "he" and "she" mean a person: someone named, or a described one ("the spokesman"). */
const isHuman = (name: string): boolean => isPerson(name) || HUMAN_NOUNS.test(name)

export interface Context {
  speakers: Speaker[]
  /** The person a "he" or "she" most likely means: the first person of the latest sentence naming one. */
  lastPerson?: Speaker
  lastSpeaker?: Speaker
  previousSubject?: Speaker
  /** Every person named so far, to give "Senator Ortiz" the full name the article gave first. */
  people: Span[]
}

export function fullName(speaker: Speaker, people: Span[]): Speaker {
  const words = speaker.name.split(/\s+/)
  const surname = words[words.length - 1]?.toLowerCase()
  if (!surname || words.length > 3 || speaker.unnamed) return speaker
  const fuller = people
    .filter(
      (p) =>
        p.text.length > speaker.name.length && p.text.toLowerCase().split(/\s+/).pop() === surname
    )
    .sort((a, b) => b.text.length - a.text.length)[0]
  return fuller ? { ...speaker, name: fuller.text } : speaker
}

export function resolve(
  subject: Span,
  context: Context,
  sentenceSubject: Speaker | undefined
): Speaker {
  const lower = subject.text.toLowerCase()
  if (DESCRIPTIONS.test(lower)) {
    // "the agency" is the last speaker whose name has "agency" in it.
    const noun = lower.replace(/^the /, '')
    const named = [...context.speakers]
      .reverse()
      .find((s) => new RegExp(`\\b${noun}\\b`, 'i').test(s.name) && s.name.toLowerCase() !== lower)
    if (named) return { ...withoutResolution(named), resolvedFrom: subject }
  }
  if (lower === 'he' || lower === 'she' || lower === 'i') {
    const human = context.lastSpeaker && isHuman(context.lastSpeaker.name)
    const target = context.lastPerson ?? (human ? context.lastSpeaker : undefined)
    if (target) return { ...withoutResolution(target), resolvedFrom: subject }
  }
  if (lower === 'it' || lower === 'they') {
    const previous =
      context.previousSubject && !isPerson(context.previousSubject.name)
        ? context.previousSubject
        : undefined
    const organisation = [...context.speakers].reverse().find((s) => !isPerson(s.name))
    const target = sentenceSubject ?? previous ?? organisation ?? context.lastSpeaker
    if (target) return { ...withoutResolution(target), resolvedFrom: subject }
  }
  if (PRONOUNS.has(lower) && context.lastSpeaker)
    return { ...withoutResolution(context.lastSpeaker), resolvedFrom: subject }
  return { name: subject.text, mention: subject, unnamed: false }
}

/** The noun phrase a sentence opens with, for resolving "it" and "they" in the next one. */
export function openingSubject(text: string, tokens: Token[]): Speaker | undefined {
  let i = 0
  const commaAt = tokens.findIndex((t) => t.text === ',')
  const first = (tokens[0]?.text ?? '').toLowerCase()
  if (commaAt !== -1 && (INTRO.has(first) || /ing$/.test(first))) i = commaAt + 1
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

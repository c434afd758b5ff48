import type { TextQuote } from './anchoring'
import type { ItemType, Quiz, QuizItem, Stance } from './quiz-format'

/** What each kind of item teaches; the summary, History and the class report count by skill. */
export const SKILLS = ['spot-claims', 'find-source', 'read-verb', 'work-out-when'] as const
export type Skill = (typeof SKILLS)[number]

export const SKILL_NAMES: Readonly<Record<Skill, string>> = {
  'spot-claims': 'Spotting claims',
  'find-source': 'Finding the source',
  'read-verb': 'Reading the verb',
  'work-out-when': 'Working out when'
}

export const ITEM_TYPE_NAMES: Readonly<Record<ItemType, string>> = {
  classify: 'Which label?',
  'who-says': 'Who says it?',
  'find-clue': 'Find the clue',
  frame: 'How does the reporter frame it?',
  when: 'When?',
  timeline: 'Put in order'
}

export function skillOf(item: QuizItem): Skill {
  switch (item.type) {
    case 'classify':
      return 'spot-claims'
    case 'who-says':
      return 'find-source'
    case 'find-clue':
      return item.clue === 'date' ? 'work-out-when' : 'spot-claims'
    case 'frame':
      return 'read-verb'
    case 'when':
    case 'timeline':
      return 'work-out-when'
  }
}

export const STANCE_CHOICES: readonly { id: Stance; name: string; examples: string }[] = [
  { id: 'neutral', name: 'Neutral', examples: 'said, told, stated, added' },
  { id: 'distancing', name: 'Distancing or doubtful', examples: 'claimed, alleged, insisted' },
  {
    id: 'against-interest',
    name: "Against the speaker's interest",
    examples: 'admitted, conceded, acknowledged'
  },
  { id: 'denial', name: 'A denial', examples: 'denied, rejected, dismissed' }
]

/** The choice for a claim whose source the article does not name. */
export const UNNAMED_SOURCE = { id: 'unnamed', name: 'Not named (an unnamed source)' } as const

/** The passage an item is about: what the article highlights and the report quotes. */
export function itemPassage(item: QuizItem): TextQuote {
  return item.type === 'timeline' ? (item.events[0]?.target ?? { exact: '' }) : item.target
}

/** Every passage of an item, for highlighting all of a timeline's events. */
export function itemPassages(item: QuizItem): TextQuote[] {
  return item.type === 'timeline' ? item.events.map((event) => event.target) : [item.target]
}

/** The clue words an item shows after answering (a frame item's reporting verb). */
export function itemClueQuotes(item: QuizItem): TextQuote[] {
  switch (item.type) {
    case 'classify':
    case 'who-says':
      return item.cues ?? []
    case 'find-clue':
      return item.cues
    case 'frame':
      return [item.verb]
    case 'when':
    case 'timeline':
      return []
  }
}

/** Where the article names who speaks: boxed in the feedback, also when the claim says "he". */
export function itemSpeakerQuote(item: QuizItem): TextQuote | null {
  switch (item.type) {
    case 'classify':
    case 'frame':
      return item.speaker?.quote ?? null
    case 'who-says':
      return item.choices.find((choice) => choice.id === item.answer)?.quote ?? null
    default:
      return null
  }
}

/** A file needs the second format version when it uses anything the first did not have. */
export function needsFormat2(
  quiz: Pick<Quiz, 'items'> & Partial<Pick<Quiz, 'topic' | 'level'>>
): boolean {
  return (
    quiz.topic !== undefined ||
    quiz.level !== undefined ||
    quiz.items.some((item) => item.type !== 'classify')
  )
}

/** The choices a learner sees for an item with choices, as id and text. */
export function itemChoices(item: QuizItem): { id: string; text: string }[] {
  switch (item.type) {
    case 'who-says':
      return item.choices.map((choice) => ({ id: choice.id, text: choice.name }))
    case 'when':
      return item.choices.map((choice) => ({ id: choice.id, text: choice.text }))
    case 'frame':
      return STANCE_CHOICES.map((stance) => ({ id: stance.id, text: stance.name }))
    default:
      return []
  }
}

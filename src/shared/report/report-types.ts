/** The shapes of the class report, apart from the code that fills them. */
import type { Skill } from '../item-kinds'
import type { ItemType } from '../quiz-format'

import type { LabelScore } from '../scoring'
import type { Locale } from '../locales'
import type { Reason } from './reasons'

export interface ImportedFile {
  fileName: string
  text: string
  /** Set by main, which holds the teacher's key: the teacher collected it, unchanged or not. */
  collected?: 'unchanged' | 'altered'
}

export interface ReportOptions {
  /** Moodle's default: each learner's first finished attempt only. */
  attempts: 'first' | 'all'
}

export type FlagKind =
  /** The file contradicts itself or the quiz: a score, an answer, a time, an item list. */
  | 'modified'
  /** The same attempt, unchanged, in another file: shown once. */
  | 'duplicate'
  /** Two files claim one attempt id with different contents or names. */
  | 'conflict'
  /** Two files name the same learner with different attempts. */
  | 'same-name'
  /** The name differs from another only by invisible or look-alike characters. */
  | 'look-alike'
  | 'other-version'
  | 'other-quiz'
  | 'other-labels'
  | 'unfinished'
  | 'practice'
  | 'later-attempt'

export interface AttemptFlag {
  kind: FlagKind
  /** The reasons in English (reasons.ts), for the command line and the data files. */
  detail: string
  /** Why, as codes the screen words in its own language; `more` counts reasons not listed. */
  reasons: Reason[]
  more: number
}

/** A file the report could not read: in English, and as the screen words it. */
export interface BrokenFile {
  fileName: string
  /** English, for the command line and the data files. */
  message: string
  /** The first problem validation found, in its English words, and how many more it found. */
  issue?: { path: string; message: string; more: number }
  /** Main's message (and a made-up name such as "3 more files") in every interface language. */
  texts?: Record<Locale, string>
  nameTexts?: Record<Locale, string>
}

/** Right answers out of the scored items of one label: the scorer's LabelScore, as the report sums it. */
export type LabelTally = Pick<LabelScore, 'correct' | 'total'>

/** Which version of the quiz an attempt was made with, as far as the report can tell. */
export interface AttemptVersion {
  /** The teacher's version, another one matched item by item, or none (the attempt is apart). */
  kind: 'this' | 'other' | 'none'
  /** Items of the attempt not scored: their key changed, or the teacher's quiz no longer has them. */
  unscored: { itemId: string; why: 'changed' | 'removed' }[]
  /** "this version", "another version: 2 items changed, not scored". */
  note: string
}

/** Objects keyed by ids from files are made without a prototype: "constructor" is just a key. */
export type IdRecord<T> = Record<string, T>

export interface AttemptRecord {
  /** Stable key: the file and the attempt id. */
  key: string
  learner: string
  /** The name normalised for comparison (NFKC, no invisible characters, confusables folded). */
  learnerKey: string
  fileName: string
  /** Collected by the teacher on the classroom computer, signature checked; else handed in. */
  collected: boolean
  attemptId: string
  quizHash: string
  startedAt: string
  finishedAt: string | null
  /** Counted in the class statistics. */
  counted: boolean
  /** Kept apart: made for another quiz, or a version that cannot be matched item by item. */
  apart: boolean
  flags: AttemptFlag[]
  version: AttemptVersion
  /** Right answers among the scored items, and how many items were scored. */
  correct: number
  total: number
  storedCorrect: number
  byLabel: IdRecord<LabelTally>
  timeTakenSeconds: number | null
  /** Scored item id → what the learner chose (responseKey: a label id for "Which label?"). */
  chosen: IdRecord<string>
  /** Scored item id → true when answered right. */
  right: IdRecord<true>
  /** Skill → right answers and scored items of that skill. */
  bySkill: IdRecord<LabelTally>
  /** Scored item id → true. */
  scored: IdRecord<true>
  /** Item id → when it was answered. */
  answeredAt: IdRecord<string>
  /** How many attributed allegations this learner took for reported facts. */
  allegationsTakenForFacts: number
  confusion: number[][]
}

export interface ItemRow {
  itemId: string
  number: number
  type: ItemType
  /** The skill the item teaches (item-kinds.ts). */
  skill: Skill
  exact: string
  /** The right answer as a responseKey (a label id for "Which label?"). */
  answer: string
  /** The right answer as people read it: the label's name, the choice's text, the clue words. */
  answerText: string
  /** Counted attempts that have this item scored. */
  attempts: number
  facility: number | null
  discrimination: number | null
  chosen: IdRecord<number>
  /** The counted attempts that got the item wrong, and what each chose (null: no answer). */
  missedBy: { key: string; learner: string; chose: string | null }[]
}

/** A version of the quiz the imported attempts were made with, other than the teacher's. */
export interface VersionRow {
  quizHash: string
  /** Attempts made with it (counted or not). */
  attempts: number
  /** The teacher's items whose key differs in that version: not scored. */
  changed: string[]
  /** Items of that version the teacher's quiz no longer has. */
  removed: string[]
}

export interface ClassReport {
  quizId: string
  quizTitle: string
  labels: { id: string; name: string }[]
  /** The skills the quiz's items teach, in the order of SKILLS; each learner is scored on these. */
  skills: { id: Skill; name: string }[]
  files: number
  broken: BrokenFile[]
  records: AttemptRecord[]
  counted: AttemptRecord[]
  items: ItemRow[]
  /** Other versions matched item by item, with what could not be scored. */
  versions: VersionRow[]
  /** confusion[true label index][chosen label index], over counted attempts. */
  confusion: number[][]
  labelAccuracy: IdRecord<LabelTally>
  /** Right answers per skill over the counted attempts, each out of its scored items. */
  skillAccuracy: IdRecord<LabelTally>
  /** Allegations taken for facts over the counted attempts, and by how many learners. */
  allegationsTakenForFacts: { times: number; learners: number }
  /** Ten buckets of percentage score: 0–9%, 10–19%, …, 90–100%. */
  scoreDistribution: number[]
  meanScore: number | null
}

export function idRecord<T>(): IdRecord<T> {
  return Object.create(null) as IdRecord<T>
}

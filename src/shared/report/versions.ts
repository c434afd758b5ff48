import { itemKeyFingerprint, labelSetFingerprint } from '../answer-key'
import type { Quiz, QuizItem } from '../quiz-format'
import { scorerFor, type Scorer } from '../scoring'
import type { ResultAttempt } from '../result-format'
import { flagOf, reason } from './reasons'
import type { AttemptFlag, AttemptRecord, AttemptVersion, VersionRow } from './report-types'

/** The app version whose result files carry answer keys; older files cannot be matched by item. */
export const KEYED_RESULTS_SINCE = '0.2'

/** The teacher's quiz as the report matches attempts against it. */
export interface QuizKey {
  quiz: Quiz
  hash: string
  itemKeys: Map<string, string>
  labelSet: string
  labelIds: ReadonlySet<string>
  items: ReadonlyMap<string, QuizItem>
  /** The one scorer, set up once for this quiz. */
  score: Scorer
}

export function quizKeyOf(quiz: Quiz, hash: string): QuizKey {
  return {
    quiz,
    hash,
    itemKeys: new Map(quiz.items.map((item) => [item.id, itemKeyFingerprint(item)])),
    labelSet: labelSetFingerprint(quiz),
    labelIds: new Set(quiz.labels.map((label) => label.id)),
    items: new Map(quiz.items.map((item) => [item.id, item])),
    score: scorerFor(quiz)
  }
}

export type VersionMatch =
  | { apart: true; flag: AttemptFlag; version: AttemptVersion }
  | { apart: false; scored: Set<string>; version: AttemptVersion }

const NONE: AttemptVersion = { kind: 'none', unscored: [], note: 'kept apart' }

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * Which items of an attempt can be scored against the teacher's quiz: all of them for the same
 * version; for another version, those whose answer key is unchanged (as Moodle regrades); none
 * when the attempt is for another quiz, other labels, or carries no keys to match by.
 */
export function matchVersion(key: QuizKey, attempt: ResultAttempt): VersionMatch {
  const { quiz } = key
  if (attempt.quizId !== quiz.id) {
    return {
      apart: true,
      version: NONE,
      flag: flagOf('other-quiz', [reason('otherQuiz', { quiz: attempt.quizId, expected: quiz.id })])
    }
  }
  if (attempt.quizHash === key.hash) {
    const scored = new Set(attempt.itemIds.filter((id) => key.itemKeys.has(id)))
    return { apart: false, scored, version: { kind: 'this', unscored: [], note: 'this version' } }
  }
  if (attempt.labelSet !== undefined && attempt.labelSet !== key.labelSet) {
    return {
      apart: true,
      version: NONE,
      flag: flagOf('other-labels', [reason('otherLabels')])
    }
  }
  if (!attempt.itemKeys) {
    return {
      apart: true,
      version: NONE,
      flag: flagOf('other-version', [reason('otherVersion', { version: KEYED_RESULTS_SINCE })])
    }
  }
  const scored = new Set<string>()
  const unscored: AttemptVersion['unscored'] = []
  attempt.itemIds.forEach((itemId, i) => {
    const now = key.itemKeys.get(itemId)
    if (now === undefined) unscored.push({ itemId, why: 'removed' })
    else if (now !== attempt.itemKeys?.[i]) unscored.push({ itemId, why: 'changed' })
    else scored.add(itemId)
  })
  const changed = unscored.filter((u) => u.why === 'changed').length
  const removed = unscored.length - changed
  const parts = [
    changed > 0 ? `${plural(changed, 'item')} changed` : '',
    removed > 0 ? `${plural(removed, 'item')} no longer in the quiz` : ''
  ].filter(Boolean)
  const note =
    parts.length === 0
      ? 'another version of this quiz, with the same answer key: every item scored'
      : `another version of this quiz: ${parts.join(', ')}, not scored`
  return { apart: false, scored, version: { kind: 'other', unscored, note } }
}

/** The other versions met among the attempts, with the items each changed or removed. */
export function versionRows(records: AttemptRecord[]): VersionRow[] {
  const rows = new Map<string, VersionRow>()
  for (const record of records) {
    if (record.version.kind !== 'other') continue
    const row = rows.get(record.quizHash) ?? {
      quizHash: record.quizHash,
      attempts: 0,
      changed: [],
      removed: []
    }
    row.attempts++
    for (const { itemId, why } of record.version.unscored) {
      const list = why === 'changed' ? row.changed : row.removed
      if (!list.includes(itemId)) list.push(itemId)
    }
    rows.set(record.quizHash, row)
  }
  return [...rows.values()]
}

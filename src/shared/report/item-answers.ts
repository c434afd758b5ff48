import { itemChoices } from '../item-kinds'
import type { Quiz, QuizItem } from '../quiz-format'
import { answerKeyOf, describeKey } from '../response-text'
import type { ItemRow } from './report-types'

/** One answer to an item and how many counted attempts gave it. */
export interface AnswerCount {
  /** The responseKey, or null for "no answer". */
  key: string | null
  text: string
  count: number
  right: boolean
}

/** Items answered by picking one of a fixed list: each choice can be counted. */
export function hasChoices(item: QuizItem): boolean {
  return item.type !== 'find-clue' && item.type !== 'timeline'
}

/**
 * The right answer as people read it. A clue item lists every cue as written, since any one of them
 * is right.
 */
export function answerText(quiz: Pick<Quiz, 'labels'>, item: QuizItem): string {
  if (item.type === 'find-clue') return item.cues.map((cue) => `“${cue.exact}”`).join(' or ')
  return describeKey(quiz, item, answerKeyOf(item))
}

/**
 * Every choice of an item with choices and how many chose it, in the item's order; a key the item
 * does not list (a file made with another version) follows, so no answer goes uncounted.
 */
export function choiceCounts(
  quiz: Pick<Quiz, 'labels'>,
  item: QuizItem,
  row: Pick<ItemRow, 'chosen'>
): AnswerCount[] {
  const right = answerKeyOf(item)
  const choices =
    item.type === 'classify'
      ? quiz.labels.map((label) => ({ id: label.id, text: label.name }))
      : itemChoices(item)
  const listed = new Set(choices.map((choice) => choice.id))
  const counts: AnswerCount[] = choices.map((choice) => ({
    key: choice.id,
    text: choice.text,
    count: row.chosen[choice.id] ?? 0,
    right: choice.id === right
  }))
  for (const [key, count] of Object.entries(row.chosen)) {
    if (!listed.has(key) && count > 0)
      counts.push({ key, text: describeKey(quiz, item, key), count, right: false })
  }
  return counts
}

/** The wrong answers given most often, most common first (ties in the order first given). */
export function commonWrongAnswers(
  quiz: Pick<Quiz, 'labels'>,
  item: QuizItem,
  row: Pick<ItemRow, 'missedBy'>,
  limit = 3
): AnswerCount[] {
  const counts = new Map<string | null, number>()
  for (const miss of row.missedBy) counts.set(miss.chose, (counts.get(miss.chose) ?? 0) + 1)
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([key, count]) => ({
      key,
      text: key === null ? 'no answer' : describeKey(quiz, item, key),
      count,
      right: false
    }))
}

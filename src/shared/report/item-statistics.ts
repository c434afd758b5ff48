import type { Quiz } from '../quiz-format'
import { itemPassage, skillOf } from '../item-kinds'
import { answerKeyOf } from '../response-text'
import { answerText } from './item-answers'
import { isAllegationTakenForFact } from '../scoring'
import { idRecord, type AttemptRecord, type IdRecord, type ItemRow } from './report-types'
import { discriminationIndex, facilityIndex } from './statistics'

export function emptyMatrix(size: number): number[][] {
  return Array.from({ length: size }, () => Array.from({ length: size }, () => 0))
}

/** One learner's confusions: the right label against the chosen one, over the scored items. */
export function confusionOf(
  quiz: Quiz,
  chosen: IdRecord<string>
): { confusion: number[][]; allegationsTakenForFacts: number } {
  const labelIndex = new Map(quiz.labels.map((label, i) => [label.id, i]))
  const confusion = emptyMatrix(quiz.labels.length)
  let allegationsTakenForFacts = 0
  for (const item of quiz.items) {
    if (item.type !== 'classify') continue
    const label = chosen[item.id]
    if (label === undefined) continue
    if (isAllegationTakenForFact(item.answer, label)) allegationsTakenForFacts++
    const row = labelIndex.get(item.answer)
    const column = labelIndex.get(label)
    if (row !== undefined && column !== undefined) (confusion[row] as number[])[column]!++
  }
  return { confusion, allegationsTakenForFacts }
}

/**
 * Facility, discrimination and choices per item, each over the counted attempts that have that
 * item scored: an item changed since some learners took the quiz is judged on the others only.
 */
export function itemRows(quiz: Quiz, counted: AttemptRecord[]): ItemRow[] {
  return quiz.items.map((item, index) => {
    const scores: number[] = []
    const totals: number[] = []
    const missedBy: ItemRow['missedBy'] = []
    const chosen = idRecord<number>()
    if (item.type === 'classify') for (const label of quiz.labels) chosen[label.id] = 0
    // One pass over the counted attempts per item: the report is linear in answers.
    for (const r of counted) {
      if (!r.scored[item.id]) continue
      const key = r.chosen[item.id]
      const right = r.right[item.id] === true
      scores.push(right ? 1 : 0)
      totals.push(r.correct)
      if (key !== undefined) chosen[key] = (chosen[key] ?? 0) + 1
      if (!right) missedBy.push({ key: r.key, learner: r.learner, chose: key ?? null })
    }
    return {
      itemId: item.id,
      number: index + 1,
      type: item.type,
      skill: skillOf(item),
      exact: itemPassage(item).exact,
      answer: answerKeyOf(item),
      answerText: answerText(quiz, item),
      attempts: scores.length,
      facility: facilityIndex(scores),
      discrimination: discriminationIndex(scores, totals),
      chosen,
      missedBy
    }
  })
}

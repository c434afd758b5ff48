import type { Quiz } from '../quiz-format'
import { itemPassage } from '../item-kinds'
import { answerKeyOf } from '../response-text'
import { isAllegationTakenForFact } from '../scoring'
import {
  idRecord,
  type AttemptRecord,
  type ClassReport,
  type IdRecord,
  type ItemRow,
  type LabelScore
} from './report-types'
import { discriminationIndex, facilityIndex, mean } from './statistics'

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
    const over = counted.filter((r) => r.scored[item.id])
    const scores = over.map((r) => (r.right[item.id] ? 1 : 0))
    const chosen = idRecord<number>()
    if (item.type === 'classify') for (const label of quiz.labels) chosen[label.id] = 0
    for (const r of over) {
      const label = r.chosen[item.id]
      if (label !== undefined) chosen[label] = (chosen[label] ?? 0) + 1
    }
    return {
      itemId: item.id,
      number: index + 1,
      type: item.type,
      exact: itemPassage(item).exact,
      answer: answerKeyOf(item),
      attempts: over.length,
      facility: facilityIndex(scores),
      discrimination: discriminationIndex(
        scores,
        over.map((r) => r.correct)
      ),
      chosen,
      missedBy: over
        .filter((r) => !r.right[item.id])
        .map((r) => ({ key: r.key, learner: r.learner, chose: r.chosen[item.id] ?? null }))
    }
  })
}

/** The class figures over the counted attempts, each attempt out of its own scored items. */
export function classFigures(
  quiz: Quiz,
  counted: AttemptRecord[]
): Pick<
  ClassReport,
  'confusion' | 'labelAccuracy' | 'allegationsTakenForFacts' | 'scoreDistribution' | 'meanScore'
> {
  const confusion = emptyMatrix(quiz.labels.length)
  const labelAccuracy = idRecord<LabelScore>()
  for (const label of quiz.labels) labelAccuracy[label.id] = { correct: 0, total: 0 }
  const scoreDistribution = Array.from({ length: 10 }, () => 0)
  for (const r of counted) {
    r.confusion.forEach((row, i) =>
      row.forEach((count, j) => ((confusion[i] as number[])[j]! += count))
    )
    for (const label of quiz.labels) {
      const into = labelAccuracy[label.id]
      const score = r.byLabel[label.id]
      if (into && score) {
        into.correct += score.correct
        into.total += score.total
      }
    }
    const percent = r.total === 0 ? 0 : (100 * r.correct) / r.total
    scoreDistribution[Math.min(9, Math.floor(percent / 10))]!++
  }
  return {
    confusion,
    labelAccuracy,
    allegationsTakenForFacts: {
      times: counted.reduce((sum, r) => sum + r.allegationsTakenForFacts, 0),
      learners: counted.filter((r) => r.allegationsTakenForFacts > 0).length
    },
    scoreDistribution,
    meanScore: mean(counted.map((r) => (r.total === 0 ? 0 : r.correct / r.total)))
  }
}

import type { Quiz } from '../quiz-format'
import { emptyMatrix } from './item-statistics'
import { idRecord, type AttemptRecord, type ClassReport, type LabelTally } from './report-types'
import { mean } from './statistics'

/** The class figures over the counted attempts, each attempt out of its own scored items. */
export function classFigures(
  quiz: Quiz,
  counted: AttemptRecord[]
): Pick<
  ClassReport,
  'confusion' | 'labelAccuracy' | 'allegationsTakenForFacts' | 'scoreDistribution' | 'meanScore'
> {
  const confusion = emptyMatrix(quiz.labels.length)
  const labelAccuracy = idRecord<LabelTally>()
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

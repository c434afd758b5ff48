import type { Attempt, QuizResponse } from './attempt-format'
import type { Quiz, QuizItem } from './quiz-format'

export function isCorrect(item: QuizItem, response: QuizResponse): boolean {
  switch (item.type) {
    case 'classify':
      return response.type === 'classify' && response.label === item.answer
  }
}

export interface LabelScore {
  labelId: string
  name: string
  correct: number
  total: number
}

export interface AttemptScore {
  correct: number
  answered: number
  total: number
  /** Whole percent of all items of the attempt, unanswered ones counting as wrong. */
  percent: number
  byLabel: LabelScore[]
  missedItemIds: string[]
}

/** Scores an attempt from the quiz key, never from the correctness stored with the answers. */
export function scoreAttempt(
  quiz: Quiz,
  attempt: Pick<Attempt, 'itemIds' | 'answers'>
): AttemptScore {
  const items = new Map(quiz.items.map((item) => [item.id, item]))
  const responses = new Map(attempt.answers.map((answer) => [answer.itemId, answer.response]))
  const byLabel = new Map<string, LabelScore>(
    quiz.labels.map((label) => [
      label.id,
      { labelId: label.id, name: label.name, correct: 0, total: 0 }
    ])
  )
  let correct = 0
  const missedItemIds: string[] = []
  for (const itemId of attempt.itemIds) {
    const item = items.get(itemId)
    if (!item) continue
    const labelScore = byLabel.get(item.answer)
    if (labelScore) labelScore.total++
    const response = responses.get(itemId)
    if (response && isCorrect(item, response)) {
      correct++
      if (labelScore) labelScore.correct++
    } else if (response) {
      missedItemIds.push(itemId)
    }
  }
  const total = attempt.itemIds.filter((id) => items.has(id)).length
  return {
    correct,
    answered: attempt.answers.length,
    total,
    percent: total === 0 ? 0 : Math.round((100 * correct) / total),
    byLabel: [...byLabel.values()].filter((score) => score.total > 0),
    missedItemIds
  }
}

/** The confusion the app exists to fix: an allegation taken for a fact. */
export function isAllegationTakenForFact(expected: string, chosen: string): boolean {
  return expected === 'allegation' && chosen === 'fact'
}

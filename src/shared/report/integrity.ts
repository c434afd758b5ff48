import { unfitResponse } from '../response-checks'
import type { ResultAttempt } from '../result-format'
import type { AttemptScore } from '../scoring'
import type { QuizKey } from './versions'

/**
 * What is wrong with an attempt as a record of a learner's work, checked against the quiz and
 * against itself. An attempt the app wrote has none of these; each one means the file was edited
 * (or made by something else), so the attempt is flagged and left out of the statistics.
 */
export function attemptProblems(
  key: QuizKey,
  attempt: ResultAttempt,
  exportedAt: string,
  score: AttemptScore,
  unscoredAnswered: number,
  sameVersion: boolean
): string[] {
  return [
    ...itemListProblems(key, attempt, sameVersion),
    ...answerProblems(key, attempt),
    ...timeProblems(attempt, exportedAt),
    ...scoreProblems(attempt, score, unscoredAnswered, sameVersion)
  ]
}

function itemListProblems(key: QuizKey, attempt: ResultAttempt, sameVersion: boolean): string[] {
  const problems: string[] = []
  const listed = new Set(attempt.itemIds)
  if (listed.size !== attempt.itemIds.length) problems.push('it lists an item twice')
  if (attempt.itemKeys && attempt.itemKeys.length !== attempt.itemIds.length) {
    problems.push(
      `it has ${attempt.itemKeys.length} answer keys for ${attempt.itemIds.length} items`
    )
  }
  if (sameVersion) {
    const unknown = attempt.itemIds.find((id) => !key.itemKeys.has(id))
    if (unknown !== undefined)
      problems.push(`it asks about item "${unknown}", which the quiz does not have`)
    if (attempt.mode === 'full' && key.quiz.items.some((item) => !listed.has(item.id))) {
      problems.push(
        `a full attempt must cover every item, and it lists ${listed.size} of the quiz's ${key.quiz.items.length}`
      )
    }
  }
  if (attempt.finishedAt && attempt.answers.length !== attempt.itemIds.length) {
    problems.push(
      `it is marked finished with ${attempt.answers.length} of ${attempt.itemIds.length} items answered`
    )
  }
  return problems
}

function answerProblems(key: QuizKey, attempt: ResultAttempt): string[] {
  const labels = key.labelIds
  const items = key.items
  const problems: string[] = []
  attempt.answers.forEach((answer, i) => {
    const asked = attempt.itemIds[i]
    if (asked === undefined)
      problems.push(`answer ${i + 1} answers an item the attempt never asked`)
    else if (answer.itemId !== asked)
      problems.push(`answer ${i + 1} is for item "${answer.itemId}", but item "${asked}" was asked`)
    const { response } = answer
    const item = items.get(answer.itemId)
    if (response.type === 'classify' && !labels.has(response.label)) {
      problems.push(
        `answer ${i + 1} is "${response.label}", which is not one of this quiz's labels`
      )
    } else if (item) {
      const unfit = unfitResponse(key.quiz, item, response)
      if (unfit) problems.push(`answer ${i + 1}: ${unfit.replace(/\.$/, '')}`)
    }
  })
  return problems
}

/**
 * Which of two validated timestamps is earlier (negative, zero, positive). The app writes them all
 * as 24 characters (`2026-11-20T09:00:00.000Z`), which sort as text in time order; any other
 * precision is parsed.
 */
function compareTimes(a: string, b: string): number {
  if (a.length === 24 && b.length === 24) return a < b ? -1 : a > b ? 1 : 0
  return Date.parse(a) - Date.parse(b)
}

function timeProblems(attempt: ResultAttempt, exportedAt: string): string[] {
  const problems: string[] = []
  const started = attempt.startedAt
  const finished = attempt.finishedAt ?? null
  if (compareTimes(started, exportedAt) > 0) problems.push('it started after the file was exported')
  if (finished !== null && compareTimes(finished, started) < 0)
    problems.push('it finished before it started')
  if (finished !== null && compareTimes(finished, exportedAt) > 0)
    problems.push('it finished after the file was exported')
  let previous = started
  attempt.answers.forEach((answer, i) => {
    const at = answer.answeredAt
    if (compareTimes(at, started) < 0)
      problems.push(`answer ${i + 1} is dated before the attempt started`)
    else if (compareTimes(at, previous) < 0)
      problems.push(`answer ${i + 1} is dated before the answer before it`)
    if (finished !== null && compareTimes(at, finished) > 0)
      problems.push(`answer ${i + 1} is dated after the attempt finished`)
    if (compareTimes(at, exportedAt) > 0)
      problems.push(`answer ${i + 1} is dated after the file was exported`)
    if (compareTimes(at, previous) > 0) previous = at
  })
  return problems
}

function scoreProblems(
  attempt: ResultAttempt,
  score: AttemptScore,
  unscoredAnswered: number,
  sameVersion: boolean
): string[] {
  const stored = attempt.storedScore
  const problems: string[] = []
  if (stored.answered !== attempt.answers.length) {
    problems.push(
      `the file says ${stored.answered} answered, but it holds ${attempt.answers.length} answers`
    )
  }
  if (sameVersion && stored.correct !== score.correct) {
    problems.push(
      `the file says ${stored.correct} right; re-scored from the quiz it is ${score.correct}`
    )
  } else if (
    !sameVersion &&
    (stored.correct < score.correct || stored.correct > score.correct + unscoredAnswered)
  ) {
    // Only the unchanged items can be re-scored; the changed ones could add at most their count.
    problems.push(
      `the file says ${stored.correct} right; re-scored on the unchanged items it is ${score.correct}, and the ${unscoredAnswered} changed ones cannot make up the difference`
    )
  }
  return problems
}

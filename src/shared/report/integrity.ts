import { unfitReason } from '../response-checks'
import type { ResultAttempt } from '../result-format'
import type { AttemptScore } from '../scoring'
import { reason, type Reason } from './reasons'
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
): Reason[] {
  return [
    ...itemListProblems(key, attempt, sameVersion),
    ...answerProblems(key, attempt),
    ...timeProblems(attempt, exportedAt),
    ...scoreProblems(attempt, score, unscoredAnswered, sameVersion)
  ]
}

function itemListProblems(key: QuizKey, attempt: ResultAttempt, sameVersion: boolean): Reason[] {
  const problems: Reason[] = []
  const listed = new Set(attempt.itemIds)
  if (listed.size !== attempt.itemIds.length) problems.push(reason('itemTwice'))
  if (attempt.itemKeys && attempt.itemKeys.length !== attempt.itemIds.length) {
    problems.push(
      reason('keysForItems', { keys: attempt.itemKeys.length, items: attempt.itemIds.length })
    )
  }
  if (sameVersion) {
    const unknown = attempt.itemIds.find((id) => !key.itemKeys.has(id))
    if (unknown !== undefined) problems.push(reason('unknownItem', { item: unknown }))
    if (attempt.mode === 'full' && key.quiz.items.some((item) => !listed.has(item.id))) {
      problems.push(
        reason('fullNotCovering', { listed: listed.size, total: key.quiz.items.length })
      )
    }
  }
  if (attempt.finishedAt && attempt.answers.length !== attempt.itemIds.length) {
    problems.push(
      reason('finishedUnanswered', {
        answered: attempt.answers.length,
        items: attempt.itemIds.length
      })
    )
  }
  return problems
}

function answerProblems(key: QuizKey, attempt: ResultAttempt): Reason[] {
  const labels = key.labelIds
  const items = key.items
  const problems: Reason[] = []
  attempt.answers.forEach((answer, i) => {
    const asked = attempt.itemIds[i]
    if (asked === undefined) problems.push(reason('answerNeverAsked', { number: i + 1 }))
    else if (answer.itemId !== asked)
      problems.push(reason('answerOtherItem', { number: i + 1, item: answer.itemId, asked: asked }))
    const { response } = answer
    const item = items.get(answer.itemId)
    if (response.type === 'classify' && !labels.has(response.label)) {
      problems.push(reason('answerNotLabel', { number: i + 1, label: response.label }))
    } else if (item) {
      const unfit = unfitReason(key.quiz, item, response)
      if (unfit) problems.push(reason('answerUnfit', { number: i + 1, unfit }))
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

function timeProblems(attempt: ResultAttempt, exportedAt: string): Reason[] {
  const problems: Reason[] = []
  const started = attempt.startedAt
  const finished = attempt.finishedAt ?? null
  if (compareTimes(started, exportedAt) > 0) problems.push(reason('startedAfterExport'))
  if (finished !== null && compareTimes(finished, started) < 0)
    problems.push(reason('finishedBeforeStart'))
  if (finished !== null && compareTimes(finished, exportedAt) > 0)
    problems.push(reason('finishedAfterExport'))
  let previous = started
  attempt.answers.forEach((answer, i) => {
    const at = answer.answeredAt
    if (compareTimes(at, started) < 0) problems.push(reason('answerBeforeStart', { number: i + 1 }))
    else if (compareTimes(at, previous) < 0)
      problems.push(reason('answerBeforePrevious', { number: i + 1 }))
    if (finished !== null && compareTimes(at, finished) > 0)
      problems.push(reason('answerAfterFinish', { number: i + 1 }))
    if (compareTimes(at, exportedAt) > 0)
      problems.push(reason('answerAfterExport', { number: i + 1 }))
    if (compareTimes(at, previous) > 0) previous = at
  })
  return problems
}

function scoreProblems(
  attempt: ResultAttempt,
  score: AttemptScore,
  unscoredAnswered: number,
  sameVersion: boolean
): Reason[] {
  const stored = attempt.storedScore
  const problems: Reason[] = []
  if (stored.answered !== attempt.answers.length) {
    problems.push(reason('answeredCount', { said: stored.answered, held: attempt.answers.length }))
  }
  if (sameVersion && stored.correct !== score.correct) {
    problems.push(reason('rightCount', { said: stored.correct, scored: score.correct }))
  } else if (
    !sameVersion &&
    (stored.correct < score.correct || stored.correct > score.correct + unscoredAnswered)
  ) {
    // Only the unchanged items can be re-scored; the changed ones could add at most their count.
    problems.push(
      reason('rightCountOther', {
        said: stored.correct,
        scored: score.correct,
        changed: unscoredAnswered
      })
    )
  }
  return problems
}

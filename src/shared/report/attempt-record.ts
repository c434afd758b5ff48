import type { ResultAttempt, ResultFile } from '../result-format'
import { learnerKey } from './identity'
import { attemptProblems } from './integrity'
import { confusionOf, emptyMatrix } from './item-statistics'
import {
  idRecord,
  type AttemptFlag,
  type AttemptRecord,
  type ImportedFile,
  type LabelTally
} from './report-types'
import { flagOf, reason } from './reasons'
import { matchVersion, type QuizKey } from './versions'

function seconds(from: string, to: string | undefined): number | null {
  if (!to) return null
  const span = (Date.parse(to) - Date.parse(from)) / 1000
  return Number.isFinite(span) && span >= 0 ? Math.round(span) : null
}

/** One attempt of one file, scored by the one scorer against the items it can be scored on. */
export function recordOf(
  key: QuizKey,
  file: ImportedFile,
  fileIndex: number,
  result: ResultFile,
  attempt: ResultAttempt
): AttemptRecord {
  const { quiz } = key
  const learner = result.learner.name.trim()
  const match = matchVersion(key, attempt)
  const flags: AttemptFlag[] = []
  const chosen = idRecord<string>()
  const scored = idRecord<true>()
  const byLabel = idRecord<LabelTally>()
  const right = idRecord<true>()
  const bySkill = idRecord<LabelTally>()
  let correct = 0
  let total = attempt.itemIds.length
  if (match.apart) flags.push(match.flag)
  else {
    const score = key.score(attempt, match.scored)
    for (const id of match.scored) scored[id] = true
    for (const [id, label] of score.chosen) chosen[id] = label
    for (const label of quiz.labels) byLabel[label.id] = { correct: 0, total: 0 }
    for (const row of score.byLabel)
      byLabel[row.labelId] = { correct: row.correct, total: row.total }
    for (const id of score.right) right[id] = true
    for (const row of score.bySkill) bySkill[row.skill] = { correct: row.correct, total: row.total }
    correct = score.correct
    total = score.total
    const unscoredAnswered = attempt.answers.filter((a) => !match.scored.has(a.itemId)).length
    const problems = attemptProblems(
      key,
      attempt,
      result.exportedAt,
      score,
      unscoredAnswered,
      match.version.kind === 'this'
    )
    // The first three say enough to look at the file; the rest are counted.
    if (problems.length > 0)
      flags.push(flagOf('modified', problems.slice(0, 3), Math.max(0, problems.length - 3)))
  }
  if (file.collected === 'altered') {
    flags.push(flagOf('modified', [reason('altered')]))
  }
  if (attempt.mode === 'practice') flags.push(flagOf('practice', [reason('practice')]))
  if (!attempt.finishedAt) {
    flags.push(
      flagOf('unfinished', [
        reason('unfinished', { answered: attempt.answers.length, items: attempt.itemIds.length })
      ])
    )
  }
  const answeredAt = idRecord<string>()
  for (const answer of attempt.answers) answeredAt[answer.itemId] ??= answer.answeredAt
  const { confusion, allegationsTakenForFacts } = match.apart
    ? { confusion: emptyMatrix(quiz.labels.length), allegationsTakenForFacts: 0 }
    : confusionOf(quiz, chosen)
  return {
    key: `${fileIndex}\u0000${attempt.attemptId}`,
    learner,
    learnerKey: learnerKey(learner),
    fileName: file.fileName,
    collected: file.collected === 'unchanged',
    attemptId: attempt.attemptId,
    quizHash: attempt.quizHash,
    startedAt: attempt.startedAt,
    finishedAt: attempt.finishedAt ?? null,
    counted: false,
    apart: match.apart,
    flags,
    version: match.version,
    correct,
    total,
    storedCorrect: attempt.storedScore.correct,
    byLabel,
    timeTakenSeconds: seconds(attempt.startedAt, attempt.finishedAt),
    chosen,
    right,
    bySkill,
    scored,
    answeredAt,
    allegationsTakenForFacts,
    confusion
  }
}

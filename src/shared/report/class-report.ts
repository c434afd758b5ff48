import type { Quiz } from '../quiz-format'
import { isAllegationTakenForFact, isCorrect } from '../scoring'
import { validateResultText, type ResultAttempt } from '../result-format'
import { discriminationIndex, facilityIndex, mean } from './statistics'

export interface ImportedFile {
  fileName: string
  text: string
}

export interface ReportOptions {
  /** Moodle's default: each learner's first finished attempt only. */
  attempts: 'first' | 'all'
}

export type AttemptFlag =
  | { kind: 'modified'; detail: string }
  | { kind: 'duplicate'; detail: string }
  | { kind: 'other-version'; detail: string }
  | { kind: 'other-quiz'; detail: string }
  | { kind: 'unfinished'; detail: string }
  | { kind: 'practice'; detail: string }
  | { kind: 'later-attempt'; detail: string }

export interface LabelScore {
  correct: number
  total: number
}

export interface AttemptRecord {
  /** Stable key: the learner and the attempt id. */
  key: string
  learner: string
  fileName: string
  attemptId: string
  startedAt: string
  finishedAt: string | null
  /** Counted in the class statistics (first or all finished full attempts of this version). */
  counted: boolean
  /** Kept apart: made for another quiz or another version of it. */
  apart: boolean
  flags: AttemptFlag[]
  correct: number
  total: number
  storedCorrect: number
  byLabel: Record<string, LabelScore>
  timeTakenSeconds: number | null
  /** itemId → the label the learner chose. */
  chosen: Record<string, string>
  /** itemId → when it was answered. */
  answeredAt: Record<string, string>
  /** How many attributed allegations this learner took for reported facts. */
  allegationsTakenForFacts: number
  confusion: number[][]
}

export interface ItemRow {
  itemId: string
  number: number
  exact: string
  answer: string
  attempts: number
  facility: number | null
  discrimination: number | null
  chosen: Record<string, number>
  /** The counted attempts that got the item wrong, and what each chose (null: no answer). */
  missedBy: { key: string; learner: string; chose: string | null }[]
}

export interface ClassReport {
  quizId: string
  quizTitle: string
  labels: { id: string; name: string }[]
  files: number
  broken: { fileName: string; message: string }[]
  records: AttemptRecord[]
  counted: AttemptRecord[]
  items: ItemRow[]
  /** confusion[true label index][chosen label index], over counted attempts. */
  confusion: number[][]
  labelAccuracy: Record<string, LabelScore>
  /** Allegations taken for facts over the counted attempts, and by how many learners. */
  allegationsTakenForFacts: { times: number; learners: number }
  /** Ten buckets of percentage score: 0–9%, 10–19%, …, 90–100%. */
  scoreDistribution: number[]
  meanScore: number | null
}

const normalName = (name: string): string => name.normalize('NFC').trim().toLocaleLowerCase()

function emptyMatrix(size: number): number[][] {
  return Array.from({ length: size }, () => Array.from({ length: size }, () => 0))
}

function seconds(from: string, to: string | undefined): number | null {
  if (!to) return null
  const span = (Date.parse(to) - Date.parse(from)) / 1000
  return Number.isFinite(span) && span >= 0 ? Math.round(span) : null
}

/** Scores an attempt against the quiz, never trusting what the file says it scored. */
function rescore(
  quiz: Quiz,
  attempt: ResultAttempt,
  labelIndex: Map<string, number>
): Pick<
  AttemptRecord,
  'correct' | 'total' | 'byLabel' | 'chosen' | 'confusion' | 'allegationsTakenForFacts'
> & {
  problems: string[]
} {
  const items = new Map(quiz.items.map((item) => [item.id, item]))
  const byLabel: Record<string, LabelScore> = {}
  for (const label of quiz.labels) byLabel[label.id] = { correct: 0, total: 0 }
  const confusion = emptyMatrix(quiz.labels.length)
  const chosen: Record<string, string> = {}
  const problems: string[] = []
  let correct = 0
  let allegationsTakenForFacts = 0
  for (const itemId of attempt.itemIds) {
    const item = items.get(itemId)
    if (!item) problems.push(`asks about item "${itemId}", which the quiz does not have`)
    else (byLabel[item.answer] as LabelScore).total++
  }
  attempt.answers.forEach((answer, i) => {
    const item = items.get(answer.itemId)
    if (!item) {
      problems.push(`answers item "${answer.itemId}", which the quiz does not have`)
      return
    }
    if (attempt.itemIds[i] !== answer.itemId) problems.push(`answer ${i + 1} is out of order`)
    if (chosen[answer.itemId] !== undefined)
      problems.push(`item "${answer.itemId}" is answered twice`)
    chosen[answer.itemId] = answer.response.label
    const right = isCorrect(item, answer.response)
    if (right) {
      correct++
      ;(byLabel[item.answer] as LabelScore).correct++
    }
    if (isAllegationTakenForFact(item.answer, answer.response.label)) allegationsTakenForFacts++
    const row = labelIndex.get(item.answer)
    const column = labelIndex.get(answer.response.label)
    if (row !== undefined && column !== undefined) (confusion[row] as number[])[column]!++
  })
  return {
    correct,
    total: attempt.itemIds.length,
    byLabel,
    chosen,
    confusion,
    allegationsTakenForFacts,
    problems
  }
}

/**
 * The class report: every result file read, every attempt re-scored from the quiz, the odd ones
 * flagged and kept apart, and the item statistics over the attempts that count.
 */
export function buildClassReport(
  quiz: Quiz,
  quizHash: string,
  files: readonly ImportedFile[],
  options: ReportOptions = { attempts: 'first' }
): ClassReport {
  const labelIndex = new Map(quiz.labels.map((label, i) => [label.id, i]))
  const broken: ClassReport['broken'] = []
  const records: AttemptRecord[] = []
  const seen = new Map<string, AttemptRecord>()

  for (const file of files) {
    const checked = validateResultText(file.text)
    if (!checked.ok) {
      const issue = checked.issues[0]
      const more = checked.issues.length > 1 ? ` (and ${checked.issues.length - 1} more)` : ''
      broken.push({
        fileName: file.fileName,
        message: `${issue?.path ? `${issue.path}: ` : ''}${issue?.message ?? 'unreadable'}${more}`
      })
      continue
    }
    const learner = checked.result.learner.name.trim()
    for (const attempt of checked.result.attempts) {
      const key = `${normalName(learner)}\u0000${attempt.attemptId}`
      const twin = seen.get(key)
      if (twin) {
        const detail = `also in ${file.fileName}`
        if (!twin.flags.some((f) => f.kind === 'duplicate' && f.detail === detail))
          twin.flags.push({ kind: 'duplicate', detail })
        continue
      }
      const flags: AttemptFlag[] = []
      const apart = attempt.quizId !== quiz.id || attempt.quizHash !== quizHash
      if (attempt.quizId !== quiz.id) {
        flags.push({ kind: 'other-quiz', detail: `made for quiz "${attempt.quizId}"` })
      } else if (attempt.quizHash !== quizHash) {
        flags.push({ kind: 'other-version', detail: 'made for another version of this quiz' })
      }
      const scored = apart
        ? {
            correct: 0,
            total: attempt.itemIds.length,
            byLabel: {},
            chosen: {},
            confusion: emptyMatrix(quiz.labels.length),
            allegationsTakenForFacts: 0,
            problems: []
          }
        : rescore(quiz, attempt, labelIndex)
      if (
        !apart &&
        (scored.problems.length > 0 || scored.correct !== attempt.storedScore.correct)
      ) {
        const why =
          scored.problems[0] ??
          `the file says ${attempt.storedScore.correct} right; re-scored from the quiz it is ${scored.correct}`
        flags.push({ kind: 'modified', detail: why })
      }
      if (attempt.mode === 'practice') flags.push({ kind: 'practice', detail: 'a practice round' })
      if (!attempt.finishedAt) {
        flags.push({
          kind: 'unfinished',
          detail: `${attempt.answers.length} of ${attempt.itemIds.length} answered`
        })
      }
      const record: AttemptRecord = {
        key,
        learner,
        fileName: file.fileName,
        attemptId: attempt.attemptId,
        startedAt: attempt.startedAt,
        finishedAt: attempt.finishedAt ?? null,
        counted: false,
        apart,
        flags,
        correct: scored.correct,
        total: scored.total,
        storedCorrect: attempt.storedScore.correct,
        byLabel: scored.byLabel,
        timeTakenSeconds: seconds(attempt.startedAt, attempt.finishedAt),
        chosen: scored.chosen,
        answeredAt: Object.fromEntries(attempt.answers.map((a) => [a.itemId, a.answeredAt])),
        confusion: scored.confusion,
        allegationsTakenForFacts: scored.allegationsTakenForFacts
      }
      seen.set(key, record)
      records.push(record)
    }
  }

  // Which attempts count: finished, full, this version, not tampered; first per learner by default.
  const eligible = records
    .filter(
      (r) =>
        !r.apart &&
        r.finishedAt !== null &&
        !r.flags.some((f) => f.kind === 'modified' || f.kind === 'practice')
    )
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
  const firstOf = new Set<string>()
  for (const record of eligible) {
    const learner = normalName(record.learner)
    if (options.attempts === 'first' && firstOf.has(learner)) {
      record.flags.push({ kind: 'later-attempt', detail: 'not the first attempt' })
      continue
    }
    firstOf.add(learner)
    record.counted = true
  }
  const counted = records.filter((r) => r.counted)

  const totals = counted.map((r) => r.correct)
  const items: ItemRow[] = quiz.items.map((item, index) => {
    const scores = counted.map((r) => (r.chosen[item.id] === item.answer ? 1 : 0))
    const chosen: Record<string, number> = {}
    for (const label of quiz.labels) chosen[label.id] = 0
    for (const r of counted) {
      const label = r.chosen[item.id]
      if (label !== undefined) chosen[label] = (chosen[label] ?? 0) + 1
    }
    return {
      itemId: item.id,
      number: index + 1,
      exact: item.target.exact,
      answer: item.answer,
      attempts: counted.length,
      facility: facilityIndex(scores),
      discrimination: discriminationIndex(scores, totals),
      chosen,
      missedBy: counted
        .filter((r) => r.chosen[item.id] !== item.answer)
        .map((r) => ({ key: r.key, learner: r.learner, chose: r.chosen[item.id] ?? null }))
    }
  })

  const confusion = emptyMatrix(quiz.labels.length)
  const labelAccuracy: Record<string, LabelScore> = {}
  for (const label of quiz.labels) labelAccuracy[label.id] = { correct: 0, total: 0 }
  const scoreDistribution = Array.from({ length: 10 }, () => 0)
  for (const r of counted) {
    r.confusion.forEach((row, i) =>
      row.forEach((count, j) => ((confusion[i] as number[])[j]! += count))
    )
    for (const [label, score] of Object.entries(r.byLabel)) {
      const into = labelAccuracy[label]
      if (into) {
        into.correct += score.correct
        into.total += score.total
      }
    }
    const percent = r.total === 0 ? 0 : (100 * r.correct) / r.total
    scoreDistribution[Math.min(9, Math.floor(percent / 10))]!++
  }

  return {
    quizId: quiz.id,
    quizTitle: quiz.title,
    labels: quiz.labels.map(({ id, name }) => ({ id, name })),
    files: files.length,
    broken,
    records,
    counted,
    items,
    confusion,
    allegationsTakenForFacts: {
      times: counted.reduce((sum, r) => sum + r.allegationsTakenForFacts, 0),
      learners: counted.filter((r) => r.allegationsTakenForFacts > 0).length
    },
    labelAccuracy,
    scoreDistribution,
    meanScore: mean(counted.map((r) => (r.total === 0 ? 0 : r.correct / r.total)))
  }
}

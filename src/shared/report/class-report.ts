import type { Quiz } from '../quiz-format'
import { validateResultText, type ResultAttempt, type ResultFile } from '../result-format'
import { scoreAttempt } from '../scoring'
import { attemptIdClaims, learnerKey, sameNameClashes, type Claim } from './identity'
import { attemptProblems } from './integrity'
import { classFigures, confusionOf, emptyMatrix, itemRows } from './item-statistics'
import {
  idRecord,
  type AttemptFlag,
  type AttemptRecord,
  type ClassReport,
  type ImportedFile,
  type LabelScore,
  type ReportOptions,
  type VersionRow
} from './report-types'
import { matchVersion, quizKeyOf, type QuizKey } from './versions'

export type * from './report-types'

/** Flags that only describe an attempt; every other flag leaves it out of the statistics. */
const HARMLESS = new Set<AttemptFlag['kind']>(['duplicate'])

function seconds(from: string, to: string | undefined): number | null {
  if (!to) return null
  const span = (Date.parse(to) - Date.parse(from)) / 1000
  return Number.isFinite(span) && span >= 0 ? Math.round(span) : null
}

function summarise(problems: string[]): string {
  const shown = problems.slice(0, 3).join('; ')
  return problems.length > 3 ? `${shown} (and ${problems.length - 3} more)` : shown
}

/** One attempt of one file, scored by the one scorer against the items it can be scored on. */
function recordOf(
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
  const byLabel = idRecord<LabelScore>()
  const right = idRecord<true>()
  const bySkill = idRecord<LabelScore>()
  let correct = 0
  let total = attempt.itemIds.length
  if (match.apart) flags.push(match.flag)
  else {
    const score = scoreAttempt(quiz, attempt, match.scored)
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
    if (problems.length > 0) flags.push({ kind: 'modified', detail: summarise(problems) })
  }
  if (file.collected === 'altered') {
    flags.push({
      kind: 'modified',
      detail:
        'the teacher collected and signed this file, and it has been changed since (or it was signed under another teacher PIN)'
    })
  }
  if (attempt.mode === 'practice') flags.push({ kind: 'practice', detail: 'a practice round' })
  if (!attempt.finishedAt) {
    flags.push({
      kind: 'unfinished',
      detail: `${attempt.answers.length} of ${attempt.itemIds.length} answered`
    })
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

/**
 * Full attempts of one other version must list the same items: one that lists fewer than the
 * others of its version left some out (the teacher's quiz cannot say what that version held).
 */
function checkOtherVersionCoverage(claims: Claim[]): void {
  const most = new Map<string, number>()
  for (const { record, attempt } of claims) {
    if (record.version.kind !== 'other' || attempt.mode !== 'full') continue
    most.set(attempt.quizHash, Math.max(most.get(attempt.quizHash) ?? 0, attempt.itemIds.length))
  }
  for (const claim of claims) {
    const { attempt } = claim
    const largest = most.get(attempt.quizHash)
    if (claim.record.version.kind !== 'other' || attempt.mode !== 'full' || largest === undefined)
      continue
    if (attempt.itemIds.length < largest) {
      claim.record.flags.push({
        kind: 'modified',
        detail: `a full attempt of its version lists ${attempt.itemIds.length} items; other attempts of that version list ${largest}`
      })
    }
  }
}

function versionRows(records: AttemptRecord[]): VersionRow[] {
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

function countable(r: AttemptRecord): boolean {
  return !r.apart && r.finishedAt !== null && r.flags.every((f) => HARMLESS.has(f.kind))
}

/** Which attempts count: finished, full, unflagged; by default each learner's first one. */
function chooseCounted(records: AttemptRecord[], options: ReportOptions): AttemptRecord[] {
  const eligible = records.filter(countable).sort((a, b) => a.startedAt.localeCompare(b.startedAt))
  const firstOf = new Set<string>()
  for (const record of eligible) {
    if (options.attempts === 'first' && firstOf.has(record.learnerKey)) {
      record.flags.push({ kind: 'later-attempt', detail: 'not the first attempt' })
      continue
    }
    firstOf.add(record.learnerKey)
    record.counted = true
  }
  return records.filter((r) => r.counted)
}

/**
 * The class report: every result file read, every attempt scored by the one scorer against the
 * teacher's quiz (item by item for another version), the odd ones flagged and left out, and the
 * statistics over the attempts that count.
 */
export function buildClassReport(
  quiz: Quiz,
  quizHash: string,
  files: readonly ImportedFile[],
  options: ReportOptions = { attempts: 'first' }
): ClassReport {
  const key = quizKeyOf(quiz, quizHash)
  const broken: ClassReport['broken'] = []
  const claims: Claim[] = []
  files.forEach((file, fileIndex) => {
    const checked = validateResultText(file.text)
    if (!checked.ok) {
      const issue = checked.issues[0]
      const more = checked.issues.length > 1 ? ` (and ${checked.issues.length - 1} more)` : ''
      broken.push({
        fileName: file.fileName,
        message: `${issue?.path ? `${issue.path}: ` : ''}${issue?.message ?? 'unreadable'}${more}`
      })
      return
    }
    for (const attempt of checked.result.attempts)
      claims.push({ record: recordOf(key, file, fileIndex, checked.result, attempt), attempt })
  })
  const duplicates = attemptIdClaims(claims)
  const kept = claims.filter((c) => !duplicates.has(c))
  checkOtherVersionCoverage(kept)
  const records = kept.map((c) => c.record)
  // Only attempts that could count can displace another: a practice round or another quiz's
  // attempt in a second file is no clash.
  sameNameClashes(records.filter(countable))
  const counted = chooseCounted(records, options)
  return {
    quizId: quiz.id,
    quizTitle: quiz.title,
    labels: quiz.labels.map(({ id, name }) => ({ id, name })),
    files: files.length,
    broken,
    records,
    counted,
    items: itemRows(quiz, counted),
    versions: versionRows(records),
    ...classFigures(quiz, counted)
  }
}

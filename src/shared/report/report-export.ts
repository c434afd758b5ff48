import Papa from 'papaparse'
import { ITEM_TYPE_NAMES, SKILL_NAMES, itemPassage, skillOf } from '../item-kinds'
import type { Quiz } from '../quiz-format'
import { describeKey } from '../response-text'
import type { AttemptRecord, ClassReport } from './class-report'
import { answerText } from './item-answers'

/** Spreadsheets run a cell that starts with = + - @ as a formula: a learner's name must not. */
function cell(value: string | number | null): string | number {
  if (value === null) return ''
  if (typeof value === 'number') return value
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

function csv(header: string[], rows: (string | number | null)[][]): string {
  // The byte-order mark makes LibreOffice and Excel read the file as UTF-8 (names in any script).
  return `\uFEFF${Papa.unparse({ fields: header, data: rows.map((row) => row.map(cell)) }, { newline: '\r\n' })}\r\n`
}

function flagText(record: AttemptRecord): string {
  return record.flags.map((f) => `${f.kind}: ${f.detail}`).join('; ')
}

const percent = (correct: number, total: number): number | null =>
  total === 0 ? null : Math.round((1000 * correct) / total) / 10

/**
 * One row per learner's attempt: what a gradebook imports. With the class list's student ids (by
 * learnerKey), a "Student id" column follows the name, for gradebooks that match on ids.
 */
export function studentsCsv(report: ClassReport, studentIds?: ReadonlyMap<string, string>): string {
  const withIds = studentIds !== undefined && studentIds.size > 0
  const header = [
    'Learner',
    ...(withIds ? ['Student id'] : []),
    'Counted',
    'Score',
    'Out of',
    'Percent',
    ...report.labels.flatMap((l) => [`${l.name}: right`, `${l.name}: of`]),
    ...report.skills.flatMap((s) => [`${s.name}: right`, `${s.name}: of`]),
    'Allegations taken for facts',
    'Time taken (s)',
    'Started',
    'Result file',
    'Quiz version',
    'Flags'
  ]
  // A quiz with its own labels may have no allegation or fact label: then the column stays empty.
  const hasKeyLabels = ['allegation', 'fact'].every((id) => report.labels.some((l) => l.id === id))
  const rows = report.records.map((r) => [
    r.learner,
    ...(withIds ? [studentIds.get(r.learnerKey) ?? null] : []),
    r.counted ? 'yes' : 'no',
    r.apart ? null : r.correct,
    r.total,
    r.apart ? null : percent(r.correct, r.total),
    ...report.labels.flatMap((l) => [
      r.byLabel[l.id]?.correct ?? null,
      r.byLabel[l.id]?.total ?? null
    ]),
    ...report.skills.flatMap((s) => [
      r.apart ? null : (r.bySkill[s.id]?.correct ?? 0),
      r.apart ? null : (r.bySkill[s.id]?.total ?? 0)
    ]),
    hasKeyLabels && !r.apart ? r.allegationsTakenForFacts : null,
    r.timeTakenSeconds,
    r.startedAt,
    r.fileName,
    r.version.note,
    flagText(r)
  ])
  return csv(header, rows)
}

/** One row per answer, against the key. */
export function answersCsv(report: ClassReport, quiz: Quiz): string {
  const header = [
    'Learner',
    'Attempt',
    'Counted',
    'Item',
    'Item id',
    'Passage',
    'Right answer',
    'Chosen answer',
    'Correct',
    'Answered at',
    'Item type',
    'Skill'
  ]
  const rows: (string | number | null)[][] = []
  for (const r of report.records) {
    if (r.apart) continue
    quiz.items.forEach((item, i) => {
      const chosen = r.chosen[item.id]
      if (chosen === undefined) return
      rows.push([
        r.learner,
        r.attemptId,
        r.counted ? 'yes' : 'no',
        i + 1,
        item.id,
        itemPassage(item).exact,
        answerText(quiz, item),
        describeKey(quiz, item, chosen),
        r.right[item.id] ? 1 : 0,
        r.answeredAt[item.id] ?? null,
        ITEM_TYPE_NAMES[item.type],
        SKILL_NAMES[skillOf(item)]
      ])
    })
  }
  return csv(header, rows)
}

const round = (value: number | null, digits: number): number | null =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits

/** The report as plain JSON, for `npm run report -- --json` and scripts. */
export function reportJson(report: ClassReport): unknown {
  return {
    quiz: { id: report.quizId, title: report.quizTitle },
    files: report.files,
    brokenFiles: report.broken,
    students: report.records.map((r) => ({
      learner: r.learner,
      resultFile: r.fileName,
      attemptId: r.attemptId,
      counted: r.counted,
      score: r.apart ? null : r.correct,
      outOf: r.total,
      percent: r.apart ? null : percent(r.correct, r.total),
      byLabel: r.byLabel,
      bySkill: r.apart ? null : r.bySkill,
      timeTakenSeconds: r.timeTakenSeconds,
      quizVersion: r.version.note,
      source: r.collected ? 'collected by the teacher, unchanged' : 'handed in by the learner',
      notScored: r.version.unscored,
      flags: r.flags
    })),
    items: report.items.map((item) => ({
      number: item.number,
      itemId: item.itemId,
      type: item.type,
      typeName: ITEM_TYPE_NAMES[item.type],
      skill: item.skill,
      answer: item.answer,
      answerText: item.answerText,
      attempts: item.attempts,
      facilityPercent: item.facility === null ? null : round(100 * item.facility, 1),
      discriminationIndex: round(item.discrimination, 1),
      chosen: item.chosen
    })),
    otherVersions: report.versions,
    confusionMatrix: {
      labels: report.labels.map((l) => l.id),
      rowsAreTrueLabels: true,
      counts: report.confusion
    },
    labelAccuracy: report.labelAccuracy,
    skillAccuracy: report.skillAccuracy,
    meanPercent: report.meanScore === null ? null : round(100 * report.meanScore, 1)
  }
}

import type { Quiz } from '../quiz-format'
import { validateResultText } from '../result-format'
import { recordOf } from './attempt-record'
import { classFigures, quizSkills } from './class-figures'
import { checkOtherVersionCoverage, chooseCounted, countable } from './eligibility'
import { attemptIdClaims, sameNameClashes, type Claim } from './identity'
import { itemRows } from './item-statistics'
import type { ClassReport, ImportedFile, ReportOptions } from './report-types'
import { quizKeyOf, versionRows } from './versions'

export type * from './report-types'

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
      const issue = checked.issues[0] ?? { path: '', message: 'unreadable' }
      const count = checked.issues.length - 1
      const more = count > 0 ? ` (and ${count} more)` : ''
      broken.push({
        fileName: file.fileName,
        message: `${issue.path ? `${issue.path}: ` : ''}${issue.message}${more}`,
        issue: { path: issue.path, message: issue.message, more: Math.max(0, count) }
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
    skills: quizSkills(quiz),
    files: files.length,
    broken,
    records,
    counted,
    items: itemRows(quiz, counted),
    versions: versionRows(records),
    ...classFigures(quiz, counted)
  }
}

// npm run report -- QUIZ.quiz.json RESULT-FILES... [--json] [--csv DIR] [--all-attempts]
// The class report without the app, for scripts and gradebooks: the same re-scoring and
// statistics as the report screen.
import { forTerminal } from './terminal-text'
import { mkdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { ITEM_TYPE_NAMES } from '../../shared/item-kinds'
import { buildClassReport, type ClassReport } from '../../shared/report/class-report'
import { answersCsv, reportJson, studentsCsv } from '../../shared/report/report-export'
import { writeFileDurably } from '../services/durable-file'
import { readReportQuiz, readResultFiles, resultFilesIn } from '../services/report-files'

const USAGE =
  'Usage: npm run report -- QUIZ.quiz.json RESULT-FILES-OR-FOLDERS... [--json] [--csv DIR] [--all-attempts]'

/** The files named, with each folder replaced by the result files in it. */
async function expand(paths: string[]): Promise<string[]> {
  const files: string[] = []
  for (const path of paths) {
    const info = await stat(path).catch(() => null)
    if (info?.isDirectory()) files.push(...(await resultFilesIn(path)))
    else files.push(path)
  }
  return files
}

/** "Reading the verb 75% (3/4)": the share of the counted attempts' answers that were right. */
function skillText(name: string, tally: { correct: number; total: number } | undefined): string {
  if (!tally || tally.total === 0) return `${name} —`
  return `${name} ${Math.round((100 * tally.correct) / tally.total)}% (${tally.correct}/${tally.total})`
}

function table(report: ClassReport): string {
  const pct = (x: number | null): string => (x === null ? '—' : `${Math.round(100 * x)}%`)
  const lines = [
    `${report.quizTitle}: ${report.counted.length} attempts counted from ${report.files} files, mean ${pct(report.meanScore)}`,
    `By skill: ${report.skills.map((s) => skillText(s.name, report.skillAccuracy[s.id])).join(' · ')}`,
    '',
    'Learner                          Score   Flags'
  ]
  for (const r of report.records) {
    const score = r.apart ? 'apart' : `${r.correct}/${r.total}`
    const version = r.version.kind === 'other' ? ` (${r.version.note})` : ''
    lines.push(
      `${r.learner.padEnd(32).slice(0, 32)} ${score.padEnd(7)} ${r.flags.map((f) => f.kind).join(', ')}${version}`
    )
  }
  for (const v of report.versions) {
    lines.push(
      `another version (${v.attempts} attempts): changed, not scored: ${v.changed.join(', ') || 'none'}; no longer in the quiz: ${v.removed.join(', ') || 'none'}`
    )
  }
  lines.push('', 'Item  Facility  Discrimination  Type                             Passage')
  for (const item of report.items) {
    const d = item.discrimination === null ? '—' : item.discrimination.toFixed(1)
    lines.push(
      `${String(item.number).padStart(4)}  ${pct(item.facility).padStart(8)}  ${d.padStart(14)}  ${ITEM_TYPE_NAMES[item.type].padEnd(32)} ${item.exact.slice(0, 60)}`
    )
  }
  for (const b of report.broken) lines.push(`broken: ${b.fileName}: ${b.message}`)
  return lines.join('\n')
}

export async function runReport(
  args: string[]
): Promise<{ code: number; out: string; err: string }> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        csv: { type: 'string' },
        'all-attempts': { type: 'boolean', default: false }
      }
    })
  } catch (error) {
    return { code: 2, out: '', err: `${(error as Error).message}\n${USAGE}` }
  }
  const [quizFile, ...resultPaths] = parsed.positionals
  if (!quizFile) return { code: 2, out: '', err: USAGE }
  const checked = await readReportQuiz(quizFile)
  if (checked.status !== 'opened') {
    const lines = checked.issues.map((i) => `  ${i.path || '(file)'}: ${i.message}`)
    return { code: 1, out: '', err: `${quizFile}: not a valid quiz\n${lines.join('\n')}` }
  }
  const { files, unreadable } = await readResultFiles(await expand(resultPaths))
  const report = buildClassReport(checked.quiz, checked.hash, files, {
    attempts: parsed.values['all-attempts'] ? 'all' : 'first'
  })
  report.broken.push(...unreadable)
  if (parsed.values.csv) {
    const dir = parsed.values.csv
    await mkdir(dir, { recursive: true })
    await writeFileDurably(join(dir, `${report.quizId}-students.csv`), studentsCsv(report))
    await writeFileDurably(
      join(dir, `${report.quizId}-answers.csv`),
      answersCsv(report, checked.quiz)
    )
  }
  const out = parsed.values.json ? JSON.stringify(reportJson(report), null, 2) : table(report)
  return { code: 0, out, err: '' }
}

const result = await runReport(process.argv.slice(2))
if (result.out) console.log(forTerminal(result.out))
if (result.err) console.error(forTerminal(result.err))
process.exitCode = result.code

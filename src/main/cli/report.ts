// npm run report -- QUIZ.quiz.json RESULT-FILES... [--json] [--csv DIR] [--all-attempts]
// The class report without the app, for scripts and gradebooks: the same re-scoring and
// statistics as the report screen.
import { mkdir, readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { parseArgs } from 'node:util'
import { validateQuizText } from '../../shared/quiz-validation'
import {
  buildClassReport,
  type ClassReport,
  type ImportedFile
} from '../../shared/report/class-report'
import { answersCsv, reportJson, studentsCsv } from '../../shared/report/report-export'
import { MAX_RESULT_FILE_SIZE, RESULT_FILE_SUFFIX } from '../../shared/result-format'
import { MAX_QUIZ_FILE_SIZE } from '../../shared/untrusted-json'
import { readTextFile, writeFileDurably } from '../services/durable-file'
import { quizHash } from '../services/quiz-library'

const USAGE =
  'Usage: npm run report -- QUIZ.quiz.json RESULT-FILES-OR-FOLDERS... [--json] [--csv DIR] [--all-attempts]'

async function expand(paths: string[]): Promise<string[]> {
  const files: string[] = []
  for (const path of paths) {
    const info = await stat(path).catch(() => null)
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter((n) => n.endsWith(RESULT_FILE_SUFFIX)).sort()
      files.push(...names.map((n) => join(path, n)))
    } else files.push(path)
  }
  return files
}

function table(report: ClassReport): string {
  const pct = (x: number | null): string => (x === null ? '—' : `${Math.round(100 * x)}%`)
  const lines = [
    `${report.quizTitle}: ${report.counted.length} attempts counted from ${report.files} files, mean ${pct(report.meanScore)}`,
    '',
    'Learner                          Score   Flags'
  ]
  for (const r of report.records) {
    const score = r.apart ? 'apart' : `${r.correct}/${r.total}`
    lines.push(
      `${r.learner.padEnd(32).slice(0, 32)} ${score.padEnd(7)} ${r.flags.map((f) => f.kind).join(', ')}`
    )
  }
  lines.push('', 'Item  Facility  Discrimination  Passage')
  for (const item of report.items) {
    const d = item.discrimination === null ? '—' : item.discrimination.toFixed(1)
    lines.push(
      `${String(item.number).padStart(4)}  ${pct(item.facility).padStart(8)}  ${d.padStart(14)}  ${item.exact.slice(0, 60)}`
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
  let quizText: string
  try {
    quizText = await readTextFile(quizFile, MAX_QUIZ_FILE_SIZE)
  } catch (error) {
    return { code: 1, out: '', err: `${quizFile}: ${(error as Error).message}` }
  }
  const checked = validateQuizText(quizText)
  if (!checked.ok) {
    const lines = checked.issues.map((i) => `  ${i.path || '(file)'}: ${i.message}`)
    return { code: 1, out: '', err: `${quizFile}: not a valid quiz\n${lines.join('\n')}` }
  }
  const files: ImportedFile[] = []
  const unreadable: { fileName: string; message: string }[] = []
  for (const path of await expand(resultPaths)) {
    try {
      files.push({ fileName: basename(path), text: await readTextFile(path, MAX_RESULT_FILE_SIZE) })
    } catch (error) {
      unreadable.push({ fileName: basename(path), message: (error as Error).message })
    }
  }
  const report = buildClassReport(checked.quiz, quizHash(checked.quiz), files, {
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
if (result.out) console.log(result.out)
if (result.err) console.error(result.err)
process.exitCode = result.code

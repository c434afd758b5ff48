// npm run bench: the class report's import + re-score + statistics step for 300 result files of
// a 100-item quiz, against the bare read + JSON.parse of the same files in the same run.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { quizHash } from '../../src/main/services/quiz-library'
import { buildClassReport, type ImportedFile } from '../../src/shared/report/class-report'
import { answersCsv, studentsCsv } from '../../src/shared/report/report-export'
import { generateClass, syntheticQuiz } from '../fixtures/results'

const FILES = Number(process.env['BENCH_FILES'] ?? 300)
const ITEMS = Number(process.env['BENCH_ITEMS'] ?? 100)
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 15)

const quiz = syntheticQuiz(ITEMS)
const hash = quizHash(quiz)
const folder = await mkdtemp(join(tmpdir(), 'says-who-bench-'))
for (const file of generateClass(quiz, FILES))
  await writeFile(join(folder, file.fileName), file.text)
const names = (await readdir(folder)).sort()

async function readAll(): Promise<ImportedFile[]> {
  return Promise.all(
    names.map(async (fileName) => ({
      fileName,
      text: await readFile(join(folder, fileName), 'utf8')
    }))
  )
}

const steps = {
  'read + JSON.parse (reference)': async () => {
    const files = await readAll()
    let answers = 0
    for (const file of files)
      answers += (JSON.parse(file.text) as { attempts: unknown[] }).attempts.length
    return answers
  },
  'read + validate + re-score + statistics': async () => {
    const report = buildClassReport(quiz, hash, await readAll())
    return report.counted.length
  },
  'the same, then both CSV files': async () => {
    const report = buildClassReport(quiz, hash, await readAll())
    return studentsCsv(report).length + answersCsv(report, quiz).length
  }
}

const times: Record<string, number[]> = {}
for (const name of Object.keys(steps)) times[name] = []
for (let round = -2; round < ROUNDS; round++) {
  // Interleaved, so that a slow moment of the machine hits every step alike.
  for (const [name, step] of Object.entries(steps)) {
    const start = performance.now()
    await step()
    const elapsed = performance.now() - start
    if (round >= 0) times[name]!.push(elapsed)
  }
}
await rm(folder, { recursive: true, force: true })

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}
const reference = median(times['read + JSON.parse (reference)']!)
console.log(
  `${FILES} result files × ${ITEMS} items, median of ${ROUNDS} rounds (after 2 warm-up rounds)`
)
console.table(
  Object.entries(times).map(([step, xs]) => ({
    step,
    'median ms': Number(median(xs).toFixed(1)),
    'min ms': Number(Math.min(...xs).toFixed(1)),
    'ratio to reference': Number((median(xs) / reference).toFixed(2))
  }))
)

// The class report and quiz validation, each against the bare JSON.parse of the same text in the
// same run: `tsx tests/perf/report-bench.ts` prints the table alone; tests/perf/bench.ts adds it to
// the combined one. BENCH_ROUNDS (15), BENCH_FILES (300), BENCH_ITEMS (100) change the sizes.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { z } from 'zod'
import { quizHash } from '../../src/main/services/quiz-library'
import { QUIZ_FORMAT, quizItemSchema, quizSchema, type Quiz } from '../../src/shared/quiz-format'
import { quizReferenceIssues, validateQuizText } from '../../src/shared/quiz-validation'
import { buildClassReport, type ImportedFile } from '../../src/shared/report/class-report'
import type { ClassicQuiz } from '../fixtures/quizzes'
import { generateClass, syntheticQuiz } from '../fixtures/results'
import { formatTable, interleaved, type BenchRow } from './bench-kit'

const FILES = Number(process.env['BENCH_FILES'] ?? 300)
const ITEMS = Number(process.env['BENCH_ITEMS'] ?? 100)
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 15)

/** A folder of `files` result files of one class, read back as the report reads them. */
async function classFolder(
  quiz: ClassicQuiz,
  files: number
): Promise<{
  readAll: () => Promise<ImportedFile[]>
  remove: () => Promise<void>
}> {
  const folder = await mkdtemp(join(tmpdir(), 'says-who-bench-'))
  for (const file of generateClass(quiz, files))
    await writeFile(join(folder, file.fileName), file.text)
  const names = (await readdir(folder)).sort()
  return {
    readAll: () =>
      Promise.all(
        names.map(async (fileName) => ({
          fileName,
          text: await readFile(join(folder, fileName), 'utf8')
        }))
      ),
    remove: () => rm(folder, { recursive: true, force: true })
  }
}

export async function reportRow(files: number, rounds: number): Promise<BenchRow> {
  const quiz = syntheticQuiz(ITEMS)
  const hash = quizHash(quiz)
  const folder = await classFolder(quiz, files)
  try {
    const samples = await interleaved(
      {
        reference: async () => {
          let attempts = 0
          for (const file of await folder.readAll())
            attempts += (JSON.parse(file.text) as { attempts: unknown[] }).attempts.length
          return attempts
        },
        subject: async () => buildClassReport(quiz, hash, await folder.readAll()).counted.length
      },
      rounds
    )
    return {
      measure: `class report build, ${files.toLocaleString('en')} result files × ${ITEMS} items`,
      reference: 'read + JSON.parse of the same files',
      subject: samples.subject,
      referenceSamples: samples.reference,
      unit: 'ms',
      goal: 1.5
    }
  } finally {
    await folder.remove()
  }
}

/**
 * A quiz file of `count` items on an article of as many sentences, each item with a cue and a
 * speaker that occur in every sentence (so each is placed nearest to its passage), as drafted
 * quizzes are.
 */
function quizText(count: number, variant: number): string {
  const sentences = Array.from(
    { length: count },
    (_, i) =>
      `Officials said on Monday that the bridge number ${i + 1} near district ${(i * 7 + variant) % 97} was closed.`
  )
  const labels = ['allegation', 'fact', 'date']
  return JSON.stringify({
    format: QUIZ_FORMAT,
    id: `bench-${count}`,
    title: `A quiz of ${count} items`,
    language: 'en',
    article: { headline: 'Bench', source: 'generated', text: sentences.join(' ') },
    items: sentences.map((sentence, i) => ({
      type: 'classify',
      id: `item-${i + 1}`,
      target: { exact: sentence.slice(0, -1) },
      answer: labels[i % 3],
      explanation: 'Generated for the benchmark.',
      cues: [{ exact: 'said' }, { exact: 'on Monday' }],
      speaker: { name: 'Officials', quote: { exact: 'Officials' } }
    }))
  })
}

/** Beyond the format's 500 items, to show the growth: the same checks without that one limit. */
const unlimitedQuizSchema = quizSchema.extend({ items: z.array(quizItemSchema).min(1) })

function validateUnlimited(text: string): number {
  const parsed = unlimitedQuizSchema.parse(JSON.parse(text))
  return quizReferenceIssues(parsed as Quiz).length
}

export async function validationRow(count: number, rounds: number): Promise<BenchRow> {
  // Two articles taken in turn, so every validation builds its article's index as a newly
  // opened file does, instead of finding the last one's.
  const texts = [quizText(count, 0), quizText(count, 1)]
  const within = count <= 500
  if (within && !texts.every((text) => validateQuizText(text).ok))
    throw new Error('The bench quiz does not validate.')
  let turn = 0
  let parseTurn = 0
  const samples = await interleaved(
    {
      reference: () => JSON.parse(texts[parseTurn++ % 2] as string) as unknown,
      subject: () => {
        const text = texts[turn++ % 2] as string
        return within ? validateQuizText(text).ok : validateUnlimited(text) === 0
      }
    },
    rounds
  )
  const text = texts[0] as string
  return {
    measure: `quiz validation, ${count.toLocaleString('en')} items (${Math.round(text.length / 1000)} KB)`,
    reference: 'JSON.parse of the same text',
    subject: samples.subject,
    referenceSamples: samples.reference,
    unit: 'ms',
    goal: 5,
    ...(within ? {} : { note: 'the format allows 500 items; this lifts only that limit' })
  }
}

export async function reportRows(): Promise<BenchRow[]> {
  return [
    await reportRow(FILES, ROUNDS),
    await reportRow(FILES * 10, Math.max(3, Math.round(ROUNDS / 5))),
    await validationRow(500, ROUNDS * 4),
    await validationRow(2000, ROUNDS * 2)
  ]
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  console.log(formatTable(await reportRows()))

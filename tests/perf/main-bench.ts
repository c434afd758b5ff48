// Main-process saving, each against a bare durable write of the same bytes in the same run:
// `tsx tests/perf/main-bench.ts` prints the table alone; tests/perf/bench.ts adds it to the
// combined one. BENCH_ROUNDS (30) changes the number of measured rounds.
import { mkdir, mkdtemp, open, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createDispatch, type Dispatch } from '../../src/main/dispatch'
import { writeFileDurably } from '../../src/main/services/durable-file'
import { createServices } from '../../src/main/services/handlers'
import type { Answer, Attempt } from '../../src/shared/attempt-format'
import type { ServiceHandlers } from '../../src/shared/contract'
import { syntheticQuiz } from '../fixtures/results'
import { formatTable, interleaved, median, type BenchRow } from './bench-kit'

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 30)
const QUIZ_ITEMS = 200

/** What writeFileDurably does, with nothing else: the reference both rows are measured against. */
async function bareDurableWrite(file: string, text: string): Promise<void> {
  const temp = `${file}.bare-tmp`
  const handle = await open(temp, 'w', 0o600)
  await handle.writeFile(text)
  await handle.sync()
  await handle.close()
  await rename(temp, file)
  const folder = await open(dirname(file), 'r')
  await folder.sync()
  await folder.close()
}

/** The services over a temp folder, with one quiz long enough for 100 answers and more. */
async function tempServices(root: string): Promise<{
  handlers: ServiceHandlers
  dispatch: Dispatch
  dataDir: string
}> {
  const dataDir = join(root, 'data')
  const bundledQuizDir = join(root, 'quizzes')
  await mkdir(bundledQuizDir, { recursive: true })
  await writeFile(
    join(bundledQuizDir, 'bench.quiz.json'),
    JSON.stringify(syntheticQuiz(QUIZ_ITEMS), null, 2)
  )
  const handlers = createServices({
    dataDir,
    bundledQuizDir,
    chooseFiles: async () => null,
    printToPdf: async () => new Uint8Array()
  })
  return { handlers, dispatch: createDispatch(handlers, () => undefined), dataDir }
}

async function writeRow(root: string, sample: string): Promise<BenchRow> {
  const folder = join(root, 'write')
  await mkdir(folder, { recursive: true })
  const samples = await interleaved(
    {
      subject: () => writeFileDurably(join(folder, 'subject.json'), sample),
      reference: () => bareDurableWrite(join(folder, 'reference.json'), sample)
    },
    ROUNDS * 2
  )
  return {
    measure: `writeFileDurably, ${(sample.length / 1000).toFixed(0)} KB`,
    reference: 'bare open, write, fsync, close, rename, folder fsync',
    subject: samples.subject,
    referenceSamples: samples.reference,
    unit: 'ms',
    goal: 1.2
  }
}

/**
 * One answer as the IPC handler gives it (contract check, service, reply) to an attempt that already
 * has `given` answers and is held in memory, against a bare durable write of that attempt's file.
 * Every round has its own attempt, so every measured answer comes after exactly `given` answers.
 */
async function answerRow(
  app: Awaited<ReturnType<typeof tempServices>>,
  profileId: string,
  given: number
): Promise<{ row: BenchRow; bytes: number }> {
  const { handlers, dispatch, dataDir } = app
  const quizKey = 'bundled:bench.quiz.json'
  const { quiz } = await handlers.loadQuiz({ key: quizKey })
  const itemIds = quiz.items.map((item) => item.id)
  const subject: number[] = []
  const reference: number[] = []
  let bytes = 0
  for (let round = -3; round < ROUNDS; round++) {
    // Set up outside the clock: an attempt with `given` answers on disk and held in memory.
    const started: Attempt = await handlers.startAttempt({ profileId, quizKey, itemIds })
    const file = join(dataDir, 'attempts', profileId, `${started.id}.json`)
    const answers: Answer[] = itemIds.slice(0, given - 1).map((itemId, i) => ({
      itemId,
      response: { type: 'classify', label: 'fact' },
      correct: i % 2 === 0,
      answeredAt: new Date(Date.UTC(2024, 2, 25, 10, 0, i)).toISOString()
    }))
    await writeFile(file, JSON.stringify({ ...started, answers }, null, 2))
    // The answer before is given through main too: what main holds between answers is then as
    // it is while a learner works through a quiz.
    const { answer: last } = await handlers.answerItem({
      profileId,
      attemptId: started.id,
      itemId: itemIds[given - 1] as string,
      response: { type: 'classify', label: 'fact' }
    })
    answers.push(last)
    const request = {
      profileId,
      attemptId: started.id,
      itemId: itemIds[given] as string,
      response: { type: 'classify', label: 'allegation' }
    }
    // The reference writes the bytes the answer will write: the attempt with one more answer.
    const after = JSON.stringify(
      {
        ...started,
        answers: [
          ...answers,
          { itemId: request.itemId, response: request.response, correct: true, answeredAt: '' }
        ]
      },
      null,
      2
    )
    bytes = after.length
    const steps = {
      subject: async () => {
        const result = await dispatch('answerItem', request)
        if (!result.ok) throw new Error(result.error.message)
      },
      reference: () => bareDurableWrite(join(dirname(file), 'reference.json'), after)
    }
    // Alternate which goes first, so neither always meets a cold disk cache.
    const ordered = round % 2 === 0 ? steps : { reference: steps.reference, subject: steps.subject }
    const samples = await interleaved(ordered, 1, 0)
    if (round >= 0) {
      subject.push(...samples.subject)
      reference.push(...samples.reference)
    }
    await rm(file)
  }
  return {
    bytes,
    row: {
      measure: `main-process answer after ${given} answers (${(bytes / 1000).toFixed(0)} KB file)`,
      reference: "bare fsync'd write of the same attempt file",
      subject,
      referenceSamples: reference,
      unit: 'ms',
      goal: 1.3
    }
  }
}

export async function mainRows(): Promise<BenchRow[]> {
  const root = await mkdtemp(join(tmpdir(), 'says-who-main-bench-'))
  try {
    const app = await tempServices(root)
    const { id: profileId } = await app.handlers.createProfile({ name: 'Bench' })
    const ten = await answerRow(app, profileId, 10)
    const hundred = await answerRow(app, profileId, 100)
    const flat = median(hundred.row.subject) / median(ten.row.subject)
    const flatRef = median(hundred.row.referenceSamples) / median(ten.row.referenceSamples)
    hundred.row.note = `after 100 ÷ after 10: ${flat.toFixed(2)}× for the answer, ${flatRef.toFixed(2)}× for the bare write of the ${(hundred.bytes / ten.bytes).toFixed(1)}× larger file`
    const sample = await readFile(join(root, 'quizzes', 'bench.quiz.json'), 'utf8').then((text) =>
      text.slice(0, hundred.bytes)
    )
    return [await writeRow(root, sample), ten.row, hundred.row]
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  console.log(formatTable(await mainRows()))

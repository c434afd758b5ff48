import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { validateQuizText, type QuizValidation } from '../../shared/quiz-validation'
import { writeFileDurably } from './durable-file'
import { mainText } from './main-text'

/** Checks a quiz file's text as the app does; may run on another thread. */
export type QuizValidator = (text: string) => Promise<QuizValidation>

/** Files larger than this are validated on the worker thread, when there is one. */
export const OFF_THREAD_CHARS = 200_000

/**
 * Runs validation of large files on a worker thread (`workerFile`, the built validation-worker),
 * and of small ones, or all of them when there is no worker file, on this thread.
 */
export function offThreadValidator(workerFile: string | null): QuizValidator {
  let worker: Worker | null = null
  let nextId = 0
  const waiting = new Map<number, (result: QuizValidation) => void>()
  const start = (): Worker => {
    const started = new Worker(workerFile as string)
    started.unref()
    started.on('message', ({ id, result }: { id: number; result: QuizValidation }) => {
      waiting.get(id)?.(result)
      waiting.delete(id)
    })
    // A worker that dies hands its pending work back to this thread; the next file starts another.
    started.on('error', () => (worker = null))
    started.on('exit', () => {
      worker = null
      for (const [id, resolve] of waiting) {
        waiting.delete(id)
        resolve({ ok: false, issues: [{ path: '', message: mainText('quizzes.notChecked') }] })
      }
    })
    return started
  }
  return async (text) => {
    if (text.length < OFF_THREAD_CHARS || workerFile === null || !existsSync(workerFile))
      return validateQuizText(text)
    worker ??= start()
    const id = nextId++
    const target = worker
    return new Promise<QuizValidation>((resolve) => {
      waiting.set(id, resolve)
      target.postMessage({ id, text })
    })
  }
}

const CACHE_FILE = 'validated.json'
/** Bump when the validation rules change, so that files are checked again under the new ones. */
const RULES_VERSION = 2

/**
 * Remembers, by the SHA-256 of their text, the quiz files found valid, in the data folder, so
 * that starting the app does not validate unchanged files again: a valid file is only parsed.
 */
export function cachedValidator(dataDir: string, validate: QuizValidator): QuizValidator {
  const file = join(dataDir, 'library', CACHE_FILE)
  let known: Set<string> | null = null
  const load = async (): Promise<Set<string>> => {
    if (known) return known
    try {
      const stored = JSON.parse(await readFile(file, 'utf8')) as {
        rules?: unknown
        valid?: unknown
      }
      known =
        stored.rules === RULES_VERSION && Array.isArray(stored.valid)
          ? new Set(stored.valid.filter((h): h is string => typeof h === 'string'))
          : new Set()
    } catch {
      known = new Set()
    }
    return known
  }
  return async (text) => {
    const hash = createHash('sha256').update(text).digest('hex')
    const valid = await load()
    if (valid.has(hash)) {
      const parsed = validateQuizText(text, { placesChecked: true })
      if (parsed.ok) return parsed
    }
    const result = await validate(text)
    if (result.ok && !valid.has(hash)) {
      valid.add(hash)
      // A cache that cannot be written costs time at the next start, nothing else.
      await mkdir(dirname(file), { recursive: true }).catch(() => undefined)
      await writeFileDurably(
        file,
        JSON.stringify({ rules: RULES_VERSION, valid: [...valid].slice(-500) })
      ).catch(() => undefined)
    }
    return result
  }
}

import { readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { validateQuizText } from '../../shared/quiz-validation'
import { MAX_RESULT_FILE_SIZE, RESULT_FILE_SUFFIX } from '../../shared/result-format'
import { MAX_QUIZ_FILE_SIZE } from '../../shared/quiz-limits'
import { readTextFile } from './durable-file'
import { quizHash } from './quiz-library'
import type { Provenance } from './result-signer'
import type {
  ReportQuizOutcome as ReportQuizFileOutcome,
  ResultFilesOutcome
} from '../../shared/contract'

/** More result files than a school year's worth from one class is not a folder of results. */
export const MAX_RESULT_FILES = 5000

/** The contract's outcome of openReportQuiz, once a file was chosen. */
export type ReportQuizOutcome = Exclude<ReportQuizFileOutcome, { status: 'cancelled' }>

export async function readReportQuiz(path: string): Promise<ReportQuizOutcome> {
  const fileName = basename(path)
  let text: string
  try {
    text = await readTextFile(path, MAX_QUIZ_FILE_SIZE)
  } catch (error) {
    return {
      status: 'invalid',
      fileName,
      issues: [{ path: '', message: (error as Error).message }]
    }
  }
  const checked = validateQuizText(text)
  if (!checked.ok) return { status: 'invalid', fileName, issues: checked.issues }
  return { status: 'opened', fileName, quiz: checked.quiz, hash: quizHash(checked.quiz) }
}

/** The contract's result files, as they are opened. */
export type ReadResults = Omit<Extract<ResultFilesOutcome, { status: 'opened' }>, 'status'>

/**
 * Reads result files as text; parsing and checking them is the report's job. A signed file's
 * signature is checked here, in main, where the teacher's key is: the report is told only whether
 * the file is the one the teacher collected, unchanged.
 */
export async function readResultFiles(
  paths: string[],
  verify: (text: string) => Provenance | null = () => null
): Promise<ReadResults> {
  const out: ReadResults = { files: [], unreadable: [] }
  for (const path of paths.slice(0, MAX_RESULT_FILES)) {
    try {
      const text = await readTextFile(path, MAX_RESULT_FILE_SIZE)
      const collected = verify(text)
      out.files.push({ fileName: basename(path), text, ...(collected ? { collected } : {}) })
    } catch (error) {
      out.unreadable.push({ fileName: basename(path), message: (error as Error).message })
    }
  }
  if (paths.length > MAX_RESULT_FILES) {
    out.unreadable.push({
      fileName: `${paths.length - MAX_RESULT_FILES} more files`,
      message: `Only the first ${MAX_RESULT_FILES} files are read.`
    })
  }
  return out
}

/** Every `*.result.json` directly inside a folder (not in its subfolders). */
export async function resultFilesIn(folder: string): Promise<string[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith(RESULT_FILE_SUFFIX)).sort()
  const files: string[] = []
  for (const name of names) {
    const path = join(folder, name)
    if ((await stat(path)).isFile()) files.push(path)
  }
  return files
}

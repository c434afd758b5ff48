import { readFile, readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { validateQuizText } from '../../shared/quiz-validation'
import { MAX_RESULT_FILE_SIZE, RESULT_FILE_SUFFIX } from '../../shared/result-format'
import { MAX_QUIZ_FILE_SIZE } from '../../shared/quiz-limits'
import { readTextFile } from './durable-file'
import { inEveryLanguage, mainText } from './main-text'
import { fileSystemError } from './storage-error'
import { quizHash } from './quiz-library'
import { ZIP_LIMITS, readResultZip, refuseZip, unreadable, type UnreadableFile } from './result-zip'
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
  verify: (text: string) => Provenance | null = () => null,
  shownName: (path: string) => string = basename
): Promise<ReadResults> {
  const out: ReadResults = { files: [], unreadable: [] }
  for (const path of paths.slice(0, MAX_RESULT_FILES)) {
    const fileName = shownName(path)
    try {
      const text = await readResultText(path, fileName)
      const collected = verify(text)
      out.files.push({ fileName, text, ...(collected ? { collected } : {}) })
    } catch (error) {
      out.unreadable.push(unreadableFile(fileName, error))
    }
  }
  if (paths.length > MAX_RESULT_FILES)
    out.unreadable.push(moreFiles(paths.length - MAX_RESULT_FILES))
  return out
}

/** A result file read as text, or an error whose message can be made in every language. */
async function readResultText(path: string, fileName: string): Promise<string> {
  try {
    const info = await stat(path)
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' })
    if (info.size > MAX_RESULT_FILE_SIZE)
      throw new TooLarge(
        unreadable(fileName, 'results.folder.fileTooLarge', tooLargeValues(info.size))
      )
    return await readFile(path, 'utf8')
  } catch (error) {
    if (error instanceof TooLarge) throw error
    throw new CouldNotRead(fileName, error)
  }
}

class TooLarge extends Error {
  constructor(readonly entry: UnreadableFile) {
    super(entry.message)
  }
}

class CouldNotRead extends Error {
  constructor(
    readonly fileName: string,
    readonly reason: unknown
  ) {
    super('could not read')
  }
}

function tooLargeValues(bytes: number): Record<string, number> {
  return { mb: Math.round(bytes / 1e5) / 10, max: MAX_RESULT_FILE_SIZE / 1e6 }
}

/** "Could not read x: …" in main's language, and in every language for the report. */
function unreadableFile(fileName: string, error: unknown): UnreadableFile {
  if (error instanceof TooLarge) return error.entry
  const reason = error instanceof CouldNotRead ? error.reason : error
  return {
    fileName,
    message: fileSystemError('read', fileName, reason).message,
    texts: inEveryLanguage(() => fileSystemError('read', fileName, reason).message)
  }
}

/** The note standing for the files past MAX_RESULT_FILES, its made-up name in every language too. */
function moreFiles(count: number): UnreadableFile {
  return {
    ...unreadable(mainText('results.folder.moreFiles', { count }), 'results.folder.tooMany', {
      max: MAX_RESULT_FILES
    }),
    nameTexts: inEveryLanguage(() => mainText('results.folder.moreFiles', { count }))
  }
}

/** The `*.result.json` entries of a zip the teacher chose, read in memory (result-zip.ts). */
export async function readZip(
  path: string,
  verify: (text: string) => Provenance | null
): Promise<ReadResults> {
  const name = basename(path)
  let bytes: Uint8Array
  try {
    const info = await stat(path)
    if (info.size > ZIP_LIMITS.zipBytes)
      return { ...refuseZip(name, 'tooLarge', { mb: ZIP_LIMITS.zipBytes / 1e6 }), source: name }
    bytes = await readFile(path)
  } catch (error) {
    return { files: [], unreadable: [unreadableFile(name, error)], source: name }
  }
  const read = readResultZip(bytes, name)
  return {
    source: name,
    files: read.files.map((file) => {
      const collected = verify(file.text)
      return { ...file, ...(collected ? { collected } : {}) }
    }),
    unreadable: read.unreadable
  }
}

/** Result files sit a few folders down at most ("class 7b/week 3/"); deeper is not a hand-in. */
export const MAX_FOLDER_DEPTH = 8

export interface FoundResultFiles {
  paths: string[]
  /** Folders not read (too deep, links) and a note when there were more files than are read. */
  skipped: UnreadableFile[]
}

/**
 * Every `*.result.json` in a folder and its subfolders, in name order, at most MAX_RESULT_FILES
 * and MAX_FOLDER_DEPTH folders down. Links to folders are not followed, so a link loop cannot
 * make it go round; a link to a file is read like the file.
 */
export async function findResultFiles(folder: string): Promise<FoundResultFiles> {
  const found: FoundResultFiles = { paths: [], skipped: [] }
  let more = 0
  async function walk(dir: string, shown: string, depth: number): Promise<void> {
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (error) {
      // The chosen folder itself must be readable; a subfolder that is not is only reported.
      if (depth === 0) throw fileSystemError('read', folder, error)
      found.skipped.push(unreadableFile(shown, error))
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const path = join(dir, entry.name)
      const name = shown ? `${shown}/${entry.name}` : entry.name
      let kind: 'file' | 'folder' | 'link-folder' | 'other' = 'other'
      if (entry.isDirectory()) kind = 'folder'
      else if (entry.isFile()) kind = 'file'
      else if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => null)
        kind = target?.isDirectory() ? 'link-folder' : target?.isFile() ? 'file' : 'other'
      }
      if (kind === 'file' && entry.name.endsWith(RESULT_FILE_SUFFIX)) {
        if (found.paths.length < MAX_RESULT_FILES) found.paths.push(path)
        else more++
      } else if (kind === 'link-folder') {
        found.skipped.push(unreadable(name, 'results.folder.link'))
      } else if (kind === 'folder') {
        if (depth >= MAX_FOLDER_DEPTH)
          found.skipped.push(
            unreadable(name, 'results.folder.tooDeep', { depth: MAX_FOLDER_DEPTH })
          )
        else await walk(path, name, depth + 1)
      }
    }
  }
  await walk(folder, '', 0)
  if (more > 0) found.skipped.push(moreFiles(more))
  return found
}

/** The paths of findResultFiles, for the command line. */
export async function resultFilesIn(folder: string): Promise<string[]> {
  return (await findResultFiles(folder)).paths
}

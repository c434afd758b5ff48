import { createHash } from 'node:crypto'
import { mkdir, readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { canonicalJson } from '../../shared/canonical-json'
import type { ImportOutcome, LibraryEntry, LoadedQuiz, StorageNotice } from '../../shared/contract'
import type { Quiz } from '../../shared/quiz-format'
import { validateQuizText } from '../../shared/quiz-validation'
import { MAX_QUIZ_FILE_SIZE } from '../../shared/untrusted-json'
import { isMissingFile, readTextFile, writeFileDurably } from './durable-file'
import { UserFacingError, fileSystemError } from './storage-error'

export const QUIZ_FILE_SUFFIX = '.quiz.json'

export function quizHash(quiz: Quiz): string {
  return createHash('sha256').update(canonicalJson(quiz)).digest('hex')
}

interface CachedQuiz {
  stamp: string
  loaded: LoadedQuiz | { invalid: string }
}

/**
 * The quizzes a learner can take: those shipped with the app (read-only) and copies of
 * files the learner opened, kept in the data folder so they outlive the USB stick.
 */
export class QuizLibrary {
  private readonly cache = new Map<string, CachedQuiz>()
  private readonly importedDir: string

  constructor(
    private readonly bundledDir: string,
    dataDir: string
  ) {
    this.importedDir = join(dataDir, 'library')
  }

  async list(): Promise<{ entries: LibraryEntry[]; notices: StorageNotice[] }> {
    const { quizzes, notices } = await this.loadAll()
    const entries = quizzes
      .map((loaded) => loaded.entry)
      .sort((a, b) => a.title.localeCompare(b.title))
    return { entries, notices }
  }

  private async loadAll(): Promise<{ quizzes: LoadedQuiz[]; notices: StorageNotice[] }> {
    const quizzes: LoadedQuiz[] = []
    const notices: StorageNotice[] = []
    for (const { key, file } of await this.files()) {
      const loaded = await this.loadFile(key, file)
      if ('invalid' in loaded) notices.push({ file: basename(file), message: loaded.invalid })
      else quizzes.push(loaded)
    }
    return { quizzes, notices }
  }

  async load(key: string): Promise<LoadedQuiz> {
    const found = (await this.files()).find((candidate) => candidate.key === key)
    if (!found) throw new UserFacingError('That quiz is no longer in the library.')
    const loaded = await this.loadFile(key, found.file)
    if ('invalid' in loaded) throw new UserFacingError(loaded.invalid, basename(found.file))
    return loaded
  }

  async importFile(file: string): Promise<ImportOutcome> {
    return this.importText(basename(file), await readTextFile(file, MAX_QUIZ_FILE_SIZE))
  }

  async importText(fileName: string, text: string): Promise<ImportOutcome> {
    const validation = validateQuizText(text)
    if (!validation.ok) return { status: 'invalid', fileName, issues: validation.issues }
    const hash = quizHash(validation.quiz)
    const { quizzes } = await this.loadAll()
    const existing = quizzes.find((loaded) => loaded.hash === hash)
    if (existing) return { status: 'imported', entry: existing.entry, alreadyPresent: true }
    await mkdir(this.importedDir, { recursive: true })
    const file = join(this.importedDir, `${hash.slice(0, 16)}${QUIZ_FILE_SUFFIX}`)
    await writeFileDurably(file, text)
    const loaded = await this.loadFile(importedKey(hash), file)
    if ('invalid' in loaded) throw new UserFacingError(loaded.invalid, fileName)
    return { status: 'imported', entry: loaded.entry, alreadyPresent: false }
  }

  private async files(): Promise<{ key: string; file: string }[]> {
    const bundled = (await quizFilesIn(this.bundledDir)).map((name) => ({
      key: `bundled:${name}`,
      file: join(this.bundledDir, name)
    }))
    const imported = (await quizFilesIn(this.importedDir)).map((name) => ({
      key: importedKey(name.slice(0, -QUIZ_FILE_SUFFIX.length)),
      file: join(this.importedDir, name)
    }))
    return [...bundled, ...imported]
  }

  /** Validates a quiz file once per version of it on disk. */
  private async loadFile(key: string, file: string): Promise<LoadedQuiz | { invalid: string }> {
    const info = await stat(file).catch((error: unknown) => {
      throw fileSystemError('read', basename(file), error)
    })
    const stamp = `${info.size}:${info.mtimeMs}`
    const cached = this.cache.get(file)
    if (cached?.stamp === stamp) return cached.loaded
    const validation = validateQuizText(await readTextFile(file, MAX_QUIZ_FILE_SIZE))
    let loaded: CachedQuiz['loaded']
    if (validation.ok) {
      const hash = quizHash(validation.quiz)
      const entry: LibraryEntry = {
        key,
        quizId: validation.quiz.id,
        title: validation.quiz.title,
        itemCount: validation.quiz.items.length,
        origin: key.startsWith('bundled:') ? 'bundled' : 'imported',
        fileName: basename(file)
      }
      loaded = { entry, quiz: validation.quiz, hash }
    } else {
      const first = validation.issues[0]
      loaded = {
        invalid: `${basename(file)} is not a valid quiz${first ? ` (${first.path || 'file'}: ${first.message})` : ''}.`
      }
    }
    this.cache.set(file, { stamp, loaded })
    return loaded
  }
}

function importedKey(hashOrPrefix: string): string {
  return `imported:${hashOrPrefix.slice(0, 16)}`
}

async function quizFilesIn(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((name) => name.endsWith(QUIZ_FILE_SUFFIX)).sort()
  } catch (error) {
    if (isMissingFile(error)) return []
    throw fileSystemError('read', folder, error)
  }
}

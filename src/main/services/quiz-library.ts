import { createHash } from 'node:crypto'
import { statSync } from 'node:fs'
import { mkdir, readdir, rename } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { canonicalJson } from '../../shared/canonical-json'
import type { ImportOutcome, LibraryEntry, LoadedQuiz, StorageNotice } from '../../shared/contract'
import type { Quiz } from '../../shared/quiz-format'
import { describeIssuePath } from '../../shared/issue-path'
import { validateQuizText } from '../../shared/quiz-validation'
import { MAX_QUIZ_FILE_SIZE } from '../../shared/quiz-limits'
import { isMissingFile, readTextFile, writeFileDurably } from './durable-file'
import type { QuizValidator } from './quiz-validator'
import { fileSystemError } from './storage-error'
import { mainText } from './main-text'
import { UserFacingError } from './user-facing-error'

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
  /** Where each key was last found; forgotten when the library moves that quiz. */
  private readonly located = new Map<string, string>()
  private readonly importedDir: string
  /** Removed or replaced copies: off the library screen, still there for History's Review. */
  private readonly retiredDir: string

  constructor(
    private readonly bundledDir: string,
    dataDir: string,
    /** In the app: remembers valid files across starts, and checks large ones off the main thread. */
    private readonly validate: QuizValidator = async (text) => validateQuizText(text)
  ) {
    this.importedDir = join(dataDir, 'library')
    this.retiredDir = join(this.importedDir, 'retired')
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
    // Each answer loads its quiz: where the key was last found is tried first, costing one stat.
    const known = this.located.get(key)
    if (known !== undefined) {
      const loaded = await this.loadFile(key, known).catch(() => null)
      if (loaded && !('invalid' in loaded)) return loaded
    }
    const found =
      (await this.files()).find((candidate) => candidate.key === key) ??
      (await this.retiredFiles()).find((candidate) => candidate.key === key)
    if (!found) {
      this.located.delete(key)
      throw new UserFacingError(mainText('library.gone'))
    }
    this.located.set(key, found.file)
    const loaded = await this.loadFile(key, found.file)
    if ('invalid' in loaded) throw new UserFacingError(loaded.invalid, basename(found.file))
    return loaded
  }

  async importFile(file: string): Promise<ImportOutcome> {
    return this.importText(basename(file), await readTextFile(file, MAX_QUIZ_FILE_SIZE))
  }

  async importText(fileName: string, text: string): Promise<ImportOutcome> {
    const validation = await this.validate(text)
    if (!validation.ok) {
      return validation.resultFile
        ? { status: 'result-file', fileName }
        : { status: 'invalid', fileName, issues: validation.issues }
    }
    const hash = quizHash(validation.quiz)
    const { quizzes } = await this.loadAll()
    const existing = quizzes.find((loaded) => loaded.hash === hash)
    if (existing) return { status: 'imported', entry: existing.entry, alreadyPresent: true }
    await mkdir(this.importedDir, { recursive: true })
    const file = join(this.importedDir, `${hash.slice(0, 16)}${QUIZ_FILE_SUFFIX}`)
    await writeFileDurably(file, text)
    // A retired copy of this very quiz may be where its key was last found: the new one stands.
    this.located.delete(importedKey(hash))
    const loaded = await this.loadFile(importedKey(hash), file)
    if ('invalid' in loaded) throw new UserFacingError(loaded.invalid, fileName)
    // A new version of a quiz takes the place of the older copy instead of a second, identical card.
    const older = quizzes.filter(
      (q) => q.entry.origin === 'imported' && q.quiz.id === validation.quiz.id
    )
    for (const quiz of older) await this.retire(quiz.entry.key)
    return {
      status: 'imported',
      entry: loaded.entry,
      alreadyPresent: false,
      ...(older.length > 0 ? { replacedOlder: true } : {})
    }
  }

  /** Takes an imported quiz off the library screen; attempts on it can still be reviewed. */
  async retire(key: string): Promise<LibraryEntry> {
    if (key.startsWith('bundled:')) throw new UserFacingError(mainText('library.bundled'))
    const found = (await this.files()).find((candidate) => candidate.key === key)
    if (!found) throw new UserFacingError(mainText('library.gone'))
    const loaded = await this.loadFile(key, found.file)
    await mkdir(this.retiredDir, { recursive: true })
    try {
      await rename(found.file, join(this.retiredDir, basename(found.file)))
    } catch (error) {
      throw fileSystemError('move', basename(found.file), error)
    }
    this.cache.delete(found.file)
    this.located.delete(key)
    return 'invalid' in loaded
      ? {
          key,
          quizId: '',
          title: basename(found.file),
          itemCount: 0,
          origin: 'imported',
          fileName: basename(found.file)
        }
      : loaded.entry
  }

  private async retiredFiles(): Promise<{ key: string; file: string }[]> {
    return (await quizFilesIn(this.retiredDir)).map((name) => ({
      key: importedKey(name.slice(0, -QUIZ_FILE_SUFFIX.length)),
      file: join(this.retiredDir, name)
    }))
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
    // Synchronous, as attempt-store.ts's stat: every answer checks its quiz file this way.
    let info
    try {
      info = statSync(file)
    } catch (error) {
      throw fileSystemError('read', basename(file), error)
    }
    const stamp = `${info.size}:${info.mtimeMs}`
    const cached = this.cache.get(file)
    if (cached?.stamp === stamp) return cached.loaded
    const validation = await this.validate(await readTextFile(file, MAX_QUIZ_FILE_SIZE))
    let loaded: CachedQuiz['loaded']
    if (validation.ok) {
      const hash = quizHash(validation.quiz)
      const entry: LibraryEntry = {
        key,
        quizId: validation.quiz.id,
        title: validation.quiz.title,
        itemCount: validation.quiz.items.length,
        wordCount: wordCount(validation.quiz.article.text),
        ...(validation.quiz.topic ? { topic: validation.quiz.topic } : {}),
        ...(validation.quiz.level ? { level: validation.quiz.level } : {}),
        origin: key.startsWith('bundled:') ? 'bundled' : 'imported',
        fileName: basename(file)
      }
      loaded = { entry, quiz: validation.quiz, hash }
    } else {
      const first = validation.issues[0]
      loaded = {
        invalid: `${basename(file)} is not a valid quiz${first ? ` (${first.path ? describeIssuePath(first.path) : 'file'}: ${first.message})` : ''}.`
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

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

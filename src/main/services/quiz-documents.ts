import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import type { OpenedQuizDocument, SaveQuizOutcome } from '../../shared/contract'
import { validateQuizText } from '../../shared/quiz-validation'
import { MAX_QUIZ_FILE_SIZE } from '../../shared/quiz-limits'
import { readTextFile, writeFileDurably } from './durable-file'
import { mainText } from './main-text'

/** The contract's outcome of openQuizForEditing, once a file was chosen. */
export type OpenedDocument = Exclude<OpenedQuizDocument, { status: 'cancelled' }>

/**
 * The quiz files a teacher is editing. The renderer never names a path: it gets a document id
 * for a file the person chose in a dialog, and can write back only to that file.
 */
export class QuizDocuments {
  private readonly paths = new Map<string, string>()

  constructor(private readonly newId: () => string = randomUUID) {}

  private register(path: string): string {
    for (const [id, known] of this.paths) if (known === path) return id
    const id = this.newId()
    this.paths.set(id, path)
    return id
  }

  async open(path: string): Promise<OpenedDocument> {
    try {
      const text = await readTextFile(path, MAX_QUIZ_FILE_SIZE)
      return { status: 'opened', documentId: this.register(path), fileName: basename(path), text }
    } catch (error) {
      return { status: 'unreadable', fileName: basename(path), message: (error as Error).message }
    }
  }

  /**
   * Writes a quiz file atomically, after checking it is one the app can load. `path` is the
   * chosen file for Save As; otherwise the document's own file.
   */
  async save(
    text: string,
    target: { documentId: string } | { path: string }
  ): Promise<SaveQuizOutcome> {
    const checked = validateQuizText(text)
    if (!checked.ok) return { status: 'invalid', issues: checked.issues }
    const path = 'path' in target ? target.path : this.paths.get(target.documentId)
    if (path === undefined) {
      return {
        status: 'invalid',
        issues: [{ path: '', message: mainText('quizzes.notSavedYet') }]
      }
    }
    await writeFileDurably(path, text)
    return { status: 'saved', documentId: this.register(path), fileName: basename(path) }
  }
}

import { access } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { LoadedQuiz, ResultFilesOutcome } from '../../shared/contract'
import { resultFileFor, resultFileName } from '../../shared/result-format'
import type { FileRequest } from './file-dialog'
import type { AttemptStore } from './attempt-store'
import { writeFileDurably } from './durable-file'
import type { ProfileStore } from './profile-store'
import type { QuizLibrary } from './quiz-library'
import type { ResultSigner } from './result-signer'
import { mainText } from './main-text'
import { fileSystemReason } from './storage-error'
import { UserFacingError } from './user-facing-error'

/** A name in the folder that no file has yet: collecting twice never replaces a file. */
async function freshPath(folder: string, name: string): Promise<string> {
  const stem = name.slice(0, -'.result.json'.length)
  for (let n = 1; ; n++) {
    const path = join(folder, n === 1 ? name : `${stem}-${n}.result.json`)
    try {
      await access(path)
    } catch {
      return path
    }
  }
}

/**
 * The teacher collects, on the classroom computer, every learner's attempts at one quiz: one
 * signed result file per learner, written to a folder the teacher chooses and handed straight to
 * the report. The signature is what later tells these files from ones a learner handed in.
 */
export async function collectResults(
  deps: {
    profiles: ProfileStore
    store: AttemptStore
    library: QuizLibrary
    signer: ResultSigner
    chooseFile: (request: FileRequest) => Promise<string | null>
    now: () => Date
  },
  quizId: string
): Promise<ResultFilesOutcome> {
  const folder = await deps.chooseFile({ purpose: 'collect-results-folder' })
  if (folder === null) return { status: 'cancelled' }
  const quizzes = new Map<string, LoadedQuiz | null>()
  const files: { fileName: string; text: string; collected: 'unchanged' }[] = []
  const { profiles } = await deps.profiles.list()
  for (const profile of profiles) {
    const { attempts } = await deps.store.list(profile.id)
    const chosen = attempts
      .filter((attempt) => attempt.quizId === quizId)
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    if (chosen.length === 0) continue
    for (const { quizKey } of chosen) {
      if (!quizzes.has(quizKey))
        quizzes.set(quizKey, await deps.library.load(quizKey).catch(() => null))
    }
    const file = deps.signer.sign(
      resultFileFor(profile.name, chosen, deps.now(), (a) => quizzes.get(a.quizKey) ?? null)
    )
    const path = await freshPath(folder, resultFileName(profile.name, quizId))
    const text = `${JSON.stringify(file, null, 2)}\n`
    try {
      await writeFileDurably(path, text)
    } catch (error) {
      // The files written so far are whole (each write is atomic) and stay: say how many.
      const name = basename(path)
      throw new UserFacingError(
        mainText('results.collect.writeFailed', {
          file: name,
          reason: fileSystemReason(error),
          written: files.length
        }),
        name
      )
    }
    files.push({ fileName: path.slice(folder.length + 1), text, collected: 'unchanged' })
  }
  return { status: 'opened', files, unreadable: [] }
}

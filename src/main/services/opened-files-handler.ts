import { basename } from 'node:path'
import type { OpenedFilesOutcome } from '../../shared/contract'
import type { OpenedFiles } from './opened-files'
import type { QuizLibrary } from './quiz-library'
import { readResultFiles } from './report-files'
import type { Provenance } from './result-signer'
import { UserFacingError } from './user-facing-error'
import type { TeacherAuth } from './teacher-auth'

/**
 * Hands the window the files the system asked the app to open: quiz files go through the same
 * import as "Open quiz file…"; result files are read only once teacher mode is unlocked, since
 * they hold a classmate's answers.
 */
export async function takeOpenedFiles(
  opened: OpenedFiles,
  deps: {
    library: QuizLibrary
    teacher: TeacherAuth
    verify: (text: string) => Provenance | null
  }
): Promise<OpenedFilesOutcome> {
  const quizzes: OpenedFilesOutcome['quizzes'] = []
  for (const file of opened.takeQuizzes()) {
    try {
      const outcome = await deps.library.importFile(file)
      quizzes.push({ fileName: 'fileName' in outcome ? outcome.fileName : basename(file), outcome })
    } catch (error) {
      quizzes.push({
        fileName: basename(file),
        outcome: {
          status: 'failed',
          message:
            error instanceof UserFacingError
              ? error.message
              : `${basename(file)} could not be opened.`
        }
      })
    }
  }
  const unlocked = opened.resultsWaiting > 0 && (await deps.teacher.status()).unlocked
  const results = unlocked ? await readResultFiles(opened.takeResults(), deps.verify) : null
  return { quizzes, results, resultsWaiting: opened.resultsWaiting }
}

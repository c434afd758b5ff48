import { defineStore } from 'pinia'
import { api, unwrap } from '../api'

/**
 * Teacher mode on a shared computer: every learner's attempts at one quiz, one signed result file
 * each, written to a folder in one step (main's result-collection.ts), instead of each learner
 * exporting their own.
 */
export const useLearnerResultsStore = defineStore('learner-results', () => {
  /** How many files were written; null when the teacher cancelled the folder dialog. */
  async function exportEveryLearner(quizId: string): Promise<{ files: number } | null> {
    const outcome = await unwrap(api().collectResults({ quizId }))
    return outcome.status === 'opened' ? { files: outcome.files.length } : null
  }

  return { exportEveryLearner }
})

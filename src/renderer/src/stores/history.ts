import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { attemptStatus, type Attempt } from '../../../shared/attempt-format'
import type { StorageNotice } from '../../../shared/contract'
import { api, unwrap } from '../api'

export interface QuizStanding {
  bestPercent: number | null
  inProgress: Attempt | null
}

/** The score main recorded with each answer; enough for lists, where the quiz is not loaded. */
function recordedScore(attempt: Attempt): { correct: number; total: number; percent: number } {
  const correct = attempt.answers.filter((answer) => answer.correct).length
  const total = attempt.itemIds.length
  return { correct, total, percent: Math.round((100 * correct) / total) }
}

/** The current learner's attempts, newest first, and what the library shows of them. */
export const useHistoryStore = defineStore('history', () => {
  const attempts = ref<Attempt[]>([])
  const notices = ref<StorageNotice[]>([])

  async function load(profileId: string): Promise<void> {
    const result = await unwrap(api().listAttempts({ profileId }))
    attempts.value = result.attempts
    notices.value = result.notices
  }

  const standings = computed(() => {
    const byQuiz = new Map<string, QuizStanding>()
    for (const attempt of attempts.value) {
      const standing = byQuiz.get(attempt.quizKey) ?? { bestPercent: null, inProgress: null }
      const status = attemptStatus(attempt)
      if (status === 'finished' && attempt.mode === 'full') {
        standing.bestPercent = Math.max(standing.bestPercent ?? 0, recordedScore(attempt).percent)
      }
      if (status === 'in-progress' && !standing.inProgress) standing.inProgress = attempt
      byQuiz.set(attempt.quizKey, standing)
    }
    return byQuiz
  })

  const unfinished = computed(() =>
    attempts.value.filter((attempt) => attemptStatus(attempt) === 'in-progress')
  )

  /** Saves a result file of the chosen attempts where the learner picks; a message for them. */
  async function exportResults(profileId: string, attemptIds: string[]): Promise<string | null> {
    const outcome = await unwrap(api().exportResults({ profileId, attemptIds }))
    if (outcome.status === 'cancelled') return null
    const what = outcome.attempts === 1 ? 'your result' : `${outcome.attempts} results`
    return `Saved ${what} to ${outcome.fileName}. Hand this file to your teacher.`
  }

  return { attempts, notices, standings, unfinished, load, recordedScore, exportResults }
})

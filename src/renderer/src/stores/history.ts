import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Attempt } from '../../../shared/attempt-format'
import { attemptStatus } from '../../../shared/attempt-progress'
import type { StorageNotice } from '../../../shared/contract'
import type { Quiz } from '../../../shared/quiz-format'
import { scoreAttempt, type AttemptScore } from '../../../shared/scoring'
import { api, unwrap } from '../api'
import { i18n, translate } from '../i18n'

export interface QuizStanding {
  bestPercent: number | null
  /** The unfinished full attempt; practice rounds never stand in its way. */
  inProgress: Attempt | null
}

/** The current learner's attempts, newest first, and what the library shows of them. */
export const useHistoryStore = defineStore('history', () => {
  const attempts = ref<Attempt[]>([])
  const notices = ref<StorageNotice[]>([])
  /** The quiz of each attempt, by quiz key, so every score comes from the one scorer. */
  const quizzes = shallowRef(new Map<string, Quiz>())

  async function load(profileId: string): Promise<void> {
    const result = await unwrap(api().listAttempts({ profileId }))
    const keys = [...new Set(result.attempts.map((attempt) => attempt.quizKey))]
    const loaded = new Map<string, Quiz>()
    await Promise.all(
      keys.map(async (key) => {
        // A quiz gone from the library leaves its attempts without a score, not the list broken.
        const outcome = await api().loadQuiz({ key })
        if (outcome.ok) loaded.set(key, outcome.value.quiz)
      })
    )
    quizzes.value = loaded
    attempts.value = result.attempts
    notices.value = result.notices
  }

  /** Scored from the quiz's key; null when the quiz is no longer in the library. */
  function scoreOf(attempt: Attempt): AttemptScore | null {
    const quiz = quizzes.value.get(attempt.quizKey)
    return quiz ? scoreAttempt(quiz, attempt) : null
  }

  const standings = computed(() => {
    const byQuiz = new Map<string, QuizStanding>()
    for (const attempt of attempts.value) {
      const standing = byQuiz.get(attempt.quizKey) ?? { bestPercent: null, inProgress: null }
      const status = attemptStatus(attempt)
      const percent = scoreOf(attempt)?.percent
      if (status === 'finished' && attempt.mode === 'full' && percent !== undefined) {
        standing.bestPercent = Math.max(standing.bestPercent ?? 0, percent)
      }
      if (status === 'in-progress' && attempt.mode === 'full' && !standing.inProgress)
        standing.inProgress = attempt
      byQuiz.set(attempt.quizKey, standing)
    }
    return byQuiz
  })

  /** Every attempt that can be resumed: full attempts and practice rounds alike. */
  const unfinished = computed(() =>
    attempts.value.filter((attempt) => attemptStatus(attempt) === 'in-progress')
  )

  /** Saves a result file of the chosen attempts where the learner picks; a message for them. */
  async function exportResults(profileId: string, attemptIds: string[]): Promise<string | null> {
    const outcome = await unwrap(api().exportResults({ profileId, attemptIds }))
    if (outcome.status === 'cancelled') return null
    return translate('student.history.saved', {
      count: outcome.attempts,
      fileName: outcome.fileName
    })
  }

  return { attempts, notices, standings, unfinished, load, scoreOf, exportResults }
})

/** Attempts the class report leaves out: not finished, or a practice round. */
export function notCountedByTeacher(attempt: Attempt): boolean {
  return attemptStatus(attempt) !== 'finished' || attempt.mode === 'practice'
}

/** How a score reads: a finished attempt out of all its items, any other out of what was answered. */
export function scoreText(score: AttemptScore, finished: boolean): string {
  if (finished)
    return translate('student.summary.scoreFinished', {
      correct: score.correct,
      total: score.total,
      percent: percentText(score.percent)
    })
  return translate('student.summary.scoreSoFar', {
    correct: score.correct,
    answered: score.answered
  })
}

/** A whole percentage ("67%", "67 %") as the interface's language writes it. */
export function percentText(percent: number): string {
  return i18n.global.n(percent / 100, 'percent')
}

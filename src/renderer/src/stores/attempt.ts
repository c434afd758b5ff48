import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Answer, Attempt, QuizResponse } from '../../../shared/attempt-format'
import { nextItemId } from '../../../shared/attempt-progress'
import type { LoadedQuiz } from '../../../shared/contract'
import type { QuizItem } from '../../../shared/quiz-format'
import { api, unwrap } from '../api'

/** The quiz being taken: which item is asked, and the feedback on the answer just given. */
export const useAttemptStore = defineStore('attempt', () => {
  const attempt = ref<Attempt | null>(null)
  const loaded = ref<LoadedQuiz | null>(null)
  /** The answer whose feedback is on screen; null while the question waits for an answer. */
  const feedback = ref<Answer | null>(null)
  const saving = ref(false)
  const error = ref<string | null>(null)

  const quiz = computed(() => loaded.value?.quiz ?? null)

  const currentItem = computed<QuizItem | null>(() => {
    const id = feedback.value?.itemId ?? (attempt.value ? nextItemId(attempt.value) : null)
    return quiz.value?.items.find((item) => item.id === id) ?? null
  })

  /** 1-based number of the item on screen. */
  const position = computed(() => {
    if (!attempt.value) return 0
    return feedback.value ? attempt.value.answers.length : attempt.value.answers.length + 1
  })

  const isComplete = computed(() => attempt.value !== null && nextItemId(attempt.value) === null)

  async function open(profileId: string, attemptId: string): Promise<void> {
    error.value = null
    feedback.value = null
    const found = await unwrap(api().getAttempt({ profileId, attemptId }))
    loaded.value = await unwrap(api().loadQuiz({ key: found.quizKey }))
    attempt.value = found
  }

  /**
   * A full attempt, or a practice round when itemIds are given. Main refuses a full attempt while
   * one is unfinished unless replaceUnfinished says the learner chose to abandon it.
   */
  async function start(
    profileId: string,
    quizKey: string,
    options: { itemIds?: string[]; replaceUnfinished?: boolean } = {}
  ): Promise<Attempt> {
    const started = await unwrap(api().startAttempt({ profileId, quizKey, ...options }))
    loaded.value = await unwrap(api().loadQuiz({ key: quizKey }))
    attempt.value = started
    feedback.value = null
    return started
  }

  /** Resolves once main has the answer on disk; only then does the feedback appear. */
  async function answer(response: QuizResponse): Promise<void> {
    const current = attempt.value
    const item = currentItem.value
    if (!current || !item || feedback.value || saving.value) return
    saving.value = true
    error.value = null
    try {
      const { answer: saved, finishedAt } = await unwrap(
        api().answerItem({
          profileId: current.profileId,
          attemptId: current.id,
          itemId: item.id,
          response
        })
      )
      attempt.value = withAnswer(current, saved, finishedAt)
      feedback.value = saved
    } catch (failure) {
      error.value = (failure as Error).message
    } finally {
      saving.value = false
    }
  }

  /** Moves on; returns the attempt when that was the last item (main finished it with the answer). */
  function next(): Attempt | null {
    if (!feedback.value || !attempt.value) return null
    feedback.value = null
    return isComplete.value ? attempt.value : null
  }

  return {
    attempt,
    loaded,
    quiz,
    feedback,
    saving,
    error,
    currentItem,
    position,
    isComplete,
    open,
    start,
    answer,
    next
  }
})

/**
 * Main answers with only what changed; the attempt on screen takes it in. A repeated answer main
 * already had (a retried message) is not added twice.
 */
function withAnswer(attempt: Attempt, answer: Answer, finishedAt: string | undefined): Attempt {
  const known = attempt.answers.some((given) => given.itemId === answer.itemId)
  return {
    ...attempt,
    answers: known ? attempt.answers : [...attempt.answers, answer],
    ...(finishedAt ? { finishedAt } : {})
  }
}

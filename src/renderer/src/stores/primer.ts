import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Quiz } from '../../../shared/quiz-format'
import { api, unwrap } from '../api'

/** The quiz whose article the "How to tell" primer takes its examples from. */
export const usePrimerStore = defineStore('primer', () => {
  const quiz = ref<Quiz | null>(null)
  const error = ref<string | null>(null)

  async function load(quizKey: string): Promise<void> {
    error.value = null
    if (quiz.value && loadedKey === quizKey) return
    try {
      quiz.value = (await unwrap(api().loadQuiz({ key: quizKey }))).quiz
      loadedKey = quizKey
    } catch (failure) {
      quiz.value = null
      error.value = (failure as Error).message
    }
  }
  let loadedKey: string | null = null

  return { quiz, error, load }
})

import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue'
import { textAttributes, type TextDirection } from '../../../shared/text-direction'

export interface QuizTextAttributes {
  lang?: string
  dir?: TextDirection
}

const QUIZ_LANGUAGE: InjectionKey<() => string | undefined> = Symbol('quiz-language')

/**
 * A screen showing a quiz names its language once; every component below that shows the quiz's
 * own words (the article, passages, choices, explanations) takes `lang` and `dir` from it, while
 * the interface around them keeps the interface's language and direction.
 */
export function provideQuizLanguage(
  language: () => string | undefined
): ComputedRef<QuizTextAttributes> {
  provide(QUIZ_LANGUAGE, language)
  // inject() reads the parent's provisions, so the providing screen gets its attributes here.
  return computed(() => textAttributes(language()))
}

/** `v-bind` these on an element holding the quiz's words; empty outside a quiz screen. */
export function useQuizText(): ComputedRef<QuizTextAttributes> {
  const language = inject(QUIZ_LANGUAGE, () => undefined)
  return computed(() => textAttributes(language()))
}

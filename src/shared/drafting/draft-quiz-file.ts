import type { QuizInput } from '../quiz-format'
import {
  newQuizFromArticle,
  slugOfHeadline,
  splitHeadline,
  type NewQuizOptions,
  type DraftQuizOptions
} from './new-quiz'
import { capSuggestions, draftSuggestions } from './draft-suggestions'

export type { DraftQuizOptions } from './new-quiz'
export { newQuizFromArticle, slugOfHeadline, splitHeadline, type NewQuizOptions }

/** A whole quiz file drafted from a plain-text article, every suggestion taken as an item. */
export function draftQuiz(article: string, options: DraftQuizOptions = {}): QuizInput {
  return draftQuizWithNotes(article, options).quiz
}

/** The drafted quiz, and how many suggestions were left out to stay within the item limit. */
export function draftQuizWithNotes(
  article: string,
  options: DraftQuizOptions = {}
): { quiz: QuizInput; omitted: number } {
  const quiz = newQuizFromArticle(article, {
    ...options,
    description: 'Drafted by Says Who? from the article: check every item before handing it out.'
  })
  const { suggestions, omitted } = capSuggestions(
    draftSuggestions(quiz.article.text, { dateline: options.dateline, headline: false })
  )
  return { quiz: { ...quiz, items: suggestions.map((s) => s.item) }, omitted }
}

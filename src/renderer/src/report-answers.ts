import type { Quiz, QuizItem } from '../../shared/quiz-format'
import type { AnswerCount } from '../../shared/report/item-answers'
import { answerKeyOf } from '../../shared/response-text'
import { currentLocale, translate } from './i18n'
import { answerText } from './item-questions'

/**
 * Answers as the teacher reads them on the report's screens, through the one path the student's
 * screens use (item-questions.ts): a stance and "no words" in the interface's language, the quiz's
 * own words as they are. src/shared/report keeps its English for the CSV and xAPI files.
 */

/** The right answer; a clue item's cues, any one of which is right, joined by "or". */
export function rightAnswerText(quiz: Pick<Quiz, 'labels'>, item: QuizItem): string {
  if (item.type === 'find-clue') {
    const cues = item.cues.map((cue) => `“${cue.exact}”`)
    return new Intl.ListFormat(currentLocale(), { type: 'disjunction' }).format(cues)
  }
  return answerText(quiz, item, answerKeyOf(item))
}

/** What a learner gave: null is no answer at all. */
export function givenAnswerText(
  quiz: Pick<Quiz, 'labels'>,
  item: QuizItem,
  key: string | null
): string {
  return key === null ? translate('report.item.noAnswer') : answerText(quiz, item, key)
}

/** Counted answers with their text said the same way. */
export function shownCounts(
  quiz: Pick<Quiz, 'labels'>,
  item: QuizItem,
  counts: AnswerCount[]
): AnswerCount[] {
  return counts.map((count) => ({ ...count, text: givenAnswerText(quiz, item, count.key) }))
}

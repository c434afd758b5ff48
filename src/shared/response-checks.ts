import type { QuizResponse } from './attempt-format'
import { wordsOf } from './clue-words'
import type { Quiz, QuizItem } from './quiz-format'
import { reason, reasonEnglish, type Reason } from './report/reasons'

/**
 * Why a response cannot be an answer to this item, or null when it fits: a label of the quiz, one
 * of the item's choices, words of its sentence, its events. Whether it is right is scoring's job.
 */
export function unfitResponse(quiz: Quiz, item: QuizItem, response: QuizResponse): string | null {
  const unfit = unfitReason(quiz, item, response)
  return unfit ? `${reasonEnglish(unfit)}.` : null
}

/** unfitResponse's reason as a code, which the class report words in the interface's language. */
export function unfitReason(quiz: Quiz, item: QuizItem, response: QuizResponse): Reason | null {
  if (response.type !== item.type) return reason('unfitKind')
  switch (response.type) {
    case 'classify':
      return quiz.labels.some((label) => label.id === response.label)
        ? null
        : reason('unfitLabel', { label: response.label })
    case 'who-says':
    case 'when': {
      const choices = item.type === 'who-says' || item.type === 'when' ? item.choices : []
      return choices.some((choice) => choice.id === response.choice)
        ? null
        : reason('unfitChoice', { choice: response.choice })
    }
    case 'find-clue': {
      const count = item.type === 'find-clue' ? wordsOf(item.target.exact).length : 0
      if (response.words.some((word) => word >= count)) return reason('unfitWordOutside')
      return new Set(response.words).size === response.words.length
        ? null
        : reason('unfitWordTwice')
    }
    case 'frame':
      return null
    case 'timeline': {
      const events = item.type === 'timeline' ? item.events.map((event) => event.id) : []
      const order = new Set(response.order)
      return order.size === events.length && events.every((id) => order.has(id))
        ? null
        : reason('unfitOrder')
    }
  }
}

import type { QuizResponse } from './attempt-format'
import { wordsOf } from './clue-words'
import type { Quiz, QuizItem } from './quiz-format'

/**
 * Why a response cannot be an answer to this item, or null when it fits: a label of the quiz, one
 * of the item's choices, words of its sentence, its events. Whether it is right is scoring's job.
 */
export function unfitResponse(quiz: Quiz, item: QuizItem, response: QuizResponse): string | null {
  if (response.type !== item.type) return 'That kind of answer does not fit this item.'
  switch (response.type) {
    case 'classify':
      return quiz.labels.some((label) => label.id === response.label)
        ? null
        : `"${response.label}" is not one of this quiz's labels.`
    case 'who-says':
    case 'when': {
      const choices = item.type === 'who-says' || item.type === 'when' ? item.choices : []
      return choices.some((choice) => choice.id === response.choice)
        ? null
        : `"${response.choice}" is not one of this item's choices.`
    }
    case 'find-clue': {
      const count = item.type === 'find-clue' ? wordsOf(item.target.exact).length : 0
      if (response.words.some((word) => word >= count))
        return 'A marked word is not in the sentence.'
      return new Set(response.words).size === response.words.length
        ? null
        : 'A word is marked twice.'
    }
    case 'frame':
      return null
    case 'timeline': {
      const events = item.type === 'timeline' ? item.events.map((event) => event.id) : []
      const order = new Set(response.order)
      return order.size === events.length && events.every((id) => order.has(id))
        ? null
        : 'Put every event of the item in order, each once.'
    }
  }
}

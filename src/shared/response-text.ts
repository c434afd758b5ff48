import { textDirection } from './text-direction'
import type { QuizResponse } from './attempt-format'
import { cueWordIndexes, wordsOf } from './clue-words'
import { STANCE_CHOICES } from './item-kinds'
import type { Quiz, QuizItem } from './quiz-format'

/**
 * A response as one short key, the same scheme for every item type: a label id, a choice id, a
 * stance, the marked word numbers ("3 4") or the order of events ("a>b>c"). The report counts
 * what learners chose by these keys.
 */
export function responseKey(response: QuizResponse): string {
  switch (response.type) {
    case 'classify':
      return response.label
    case 'who-says':
    case 'when':
      return response.choice
    case 'frame':
      return response.stance
    case 'find-clue':
      return [...response.words].sort((a, b) => a - b).join(' ')
    case 'timeline':
      return response.order.join('>')
  }
}

/** The right answer in the same scheme; for a clue, the word numbers of its first cue. */
export function answerKeyOf(item: QuizItem): string {
  switch (item.type) {
    case 'classify':
    case 'who-says':
    case 'when':
    case 'frame':
      return item.answer
    case 'find-clue':
      return (cueWordIndexes(item).find((words) => words !== null) ?? []).join(' ')
    case 'timeline':
      return item.events.map((event) => event.id).join('>')
  }
}

/**
 * A key as people read it: the label's name, the choice's text, the marked words. Events in order
 * are joined by an arrow that points the way the quiz's language reads.
 */
export function describeKey(
  quiz: Pick<Quiz, 'labels'> & { language?: string },
  item: QuizItem,
  key: string
): string {
  switch (item.type) {
    case 'classify':
      return quiz.labels.find((label) => label.id === key)?.name ?? key
    case 'who-says':
      return item.choices.find((choice) => choice.id === key)?.name ?? key
    case 'when':
      return item.choices.find((choice) => choice.id === key)?.text ?? key
    case 'frame':
      return STANCE_CHOICES.find((stance) => stance.id === key)?.name ?? key
    case 'find-clue': {
      // Words of a right-to-left quiz are isolated, so the quote marks stay around them.
      const quoted = (words: string): string =>
        textDirection(quiz.language ?? 'en') === 'rtl' ? `“\u2068${words}\u2069”` : `“${words}”`
      if (!/^[\d ]*$/.test(key)) return quoted(key)
      const words = wordsOf(item.target.exact)
      const marked = key === '' ? [] : key.split(' ').map((n) => words[Number(n)]?.text ?? '?')
      return marked.length === 0 ? 'no words' : quoted(marked.join(' '))
    }
    case 'timeline': {
      const byId = new Map(item.events.map((event) => [event.id, event.target.exact]))
      return key
        .split('>')
        .map((id) => byId.get(id) ?? id)
        .join(textDirection(quiz.language ?? 'en') === 'rtl' ? ' ← ' : ' → ')
    }
  }
}

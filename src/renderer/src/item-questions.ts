import type { QuizResponse } from '../../shared/attempt-format'
import { STANCE_CHOICES, itemChoices } from '../../shared/item-kinds'
import type { Quiz, QuizItem } from '../../shared/quiz-format'
import { describeKey } from '../../shared/response-text'
import { currentLocale, translate } from './i18n'

/** A choice button: what it says, and a line that explains it (a stance's example verbs). */
export interface ChoiceOption {
  id: string
  text: string
  detail?: string
}

/** The heading of the question: the classify wording stays as students know it. */
export function questionHeading(item: QuizItem): string {
  return item.type === 'classify'
    ? translate('student.question.classifyHeading')
    : translate(`common.itemTypes.${item.type}`)
}

/** What the student is asked to do, under the heading. */
export function questionPrompt(item: QuizItem): string {
  switch (item.type) {
    case 'classify':
      return ''
    case 'find-clue':
      return translate(`student.question.prompt.find-clue-${item.clue}`)
    default:
      return translate(`student.question.prompt.${item.type}`)
  }
}

/** The choices numbered 1–n on the keyboard; none for items answered by marking or ordering. */
export function choiceOptions(quiz: Quiz, item: QuizItem): ChoiceOption[] {
  if (item.type === 'classify')
    return quiz.labels.map((label) => ({ id: label.id, text: label.name }))
  if (item.type === 'frame')
    return STANCE_CHOICES.map((stance) => ({
      id: stance.id,
      text: stanceName(stance.id),
      detail: translate('student.question.examples', {
        examples: translate(`student.stanceExamples.${stance.id}`)
      })
    }))
  return itemChoices(item)
}

/** A stance as the interface names it (the quiz file stores only its id). */
export function stanceName(id: string): string {
  return translate(`common.stances.${id}`)
}

/**
 * An answer key as the learner reads it: the quiz's own words (a label, a name, a date, the
 * marked words) as they are, the interface's (a stance, "no words") in the interface's language.
 */
export function answerText(quiz: Pick<Quiz, 'labels'>, item: QuizItem, key: string): string {
  if (item.type === 'frame' && STANCE_CHOICES.some((stance) => stance.id === key))
    return stanceName(key)
  if (item.type === 'find-clue' && key === '') return translate('student.feedback.noWords')
  return describeKey(quiz, item, key)
}

/** The response that choosing `id` gives, or null when the item is not answered by a choice. */
export function choiceResponse(item: QuizItem, id: string): QuizResponse | null {
  switch (item.type) {
    case 'classify':
      return { type: 'classify', label: id }
    case 'who-says':
    case 'when':
      return { type: item.type, choice: id }
    case 'frame': {
      const stance = STANCE_CHOICES.find((candidate) => candidate.id === id)
      return stance ? { type: 'frame', stance: stance.id } : null
    }
    default:
      return null
  }
}

/** The chosen id of a choice response, to mark the button the student pressed. */
export function chosenChoice(response: QuizResponse | null): string | null {
  if (!response) return null
  switch (response.type) {
    case 'classify':
      return response.label
    case 'who-says':
    case 'when':
      return response.choice
    case 'frame':
      return response.stance
    default:
      return null
  }
}

/** A small seeded generator (mulberry32) from a string hash: the same seed, the same numbers. */
function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353)
    h = (h << 13) | (h >>> 19)
  }
  let state = h >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A shuffle that is the same for the same seed, so a resumed attempt shows the events in the
 * order the student saw before; never the right order itself, which would give the answer away.
 */
export function stableShuffle<T>(values: readonly T[], seed: string): T[] {
  const random = seededRandom(seed)
  const out = [...values]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  if (out.length > 1 && out.every((value, i) => value === values[i])) out.push(out.shift() as T)
  return out
}

/** What the highlight in the article means for this kind of item. */
export function articleLegend(item: QuizItem): string {
  switch (item.type) {
    case 'classify':
    case 'find-clue':
    case 'timeline':
    case 'when':
      return translate(`student.quiz.legend.${item.type}`)
    default:
      return translate('student.quiz.legend.claim')
  }
}

/**
 * "Monday, 25 March 2024" ("lunes, 25 de marzo de 2024"): explanations ask which Friday, so the
 * weekday is part of it. English keeps the day-month order the quizzes' date choices use.
 */
export function datelineOf(date: string | undefined): string | null {
  if (!date) return null
  const locale = currentLocale()
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC'
  }).format(new Date(`${date}T00:00:00Z`))
}

import { anchorQuote } from '../anchoring'
import { STANCE_CHOICES, itemChoices } from '../item-kinds'
import type { ItemType, Quiz, QuizItem, Stance } from '../quiz-format'
import { textDirection, type TextDirection } from '../text-direction'

export { EXPORT_FORMATS, type ExportFormat } from './export-formats'

/** Item types that are one choice among several, so they become a single-answer multiple choice. */
export const CHOICE_ITEM_TYPES = ['classify', 'who-says', 'frame', 'when'] as const
export type ChoiceItemType = (typeof CHOICE_ITEM_TYPES)[number]

/**
 * The words an export adds around the quiz's own text. The renderer sends them in the interface's
 * language; English is the default so the builders stand alone.
 */
export interface ExportTexts {
  prompts: Readonly<Record<ChoiceItemType, string>>
  stances: Readonly<Record<Stance, string>>
  /** The category the questions land in, `{title}` replaced by the quiz's title. */
  category: string
}

export const ENGLISH_EXPORT_TEXTS: ExportTexts = {
  prompts: {
    classify: 'What are the marked words?',
    'who-says': 'Who is the source of the marked claim?',
    frame: 'How does the reporting verb frame the marked claim?',
    when: 'Which date do the marked words mean?'
  },
  stances: Object.fromEntries(STANCE_CHOICES.map((stance) => [stance.id, stance.name])) as Record<
    Stance,
    string
  >,
  category: 'Says Who? - {title}'
}

/** A choice item as every export writes it: the sentence with its passage, the choices, the key. */
export interface ChoiceQuestion {
  itemId: string
  type: ChoiceItemType
  /** 1-based position in the quiz, for the question's name. */
  position: number
  prompt: string
  /** The sentence around the passage, split so the passage can be marked. */
  before: string
  passage: string
  after: string
  /** The quiz's language and its direction, for the quoted sentence. */
  language: string
  direction: TextDirection
  choices: { id: string; text: string }[]
  answer: string
  explanation: string | null
}

/** Items a format cannot hold, by type, so the outcome can say so instead of dropping them. */
export interface LeftOut {
  type: ItemType
  count: number
}

export interface ChoiceQuestions {
  questions: ChoiceQuestion[]
  leftOut: LeftOut[]
}

// XML 1.0 forbids most C0 controls, U+FFFE and U+FFFF; C1 controls are legal but never meant.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/gu
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu

/** Text from a quiz file made safe for any export: no controls, no lone surrogates, \n newlines. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE, '').replace(LONE_SURROGATE, '')
}

const CONTEXT_LIMIT = 300
// Latin, Greek and Cyrillic full stops, the Arabic question mark, the Devanagari danda; Chinese
// and Japanese full stops end a sentence without a space after them.
const CLOSERS = `["'”’»)\\]」』]*`
const SENTENCE_END = new RegExp(`(?:[.!?…؟।]${CLOSERS}\\s|[。！？]${CLOSERS})`, 'gu')
const SENTENCE_STOP = new RegExp(`(?:[.!?…؟।]${CLOSERS}(?=\\s|$)|[。！？]${CLOSERS})`, 'u')
const ENDS_SENTENCE = new RegExp(`[.!?…؟।。！？]${CLOSERS}$`, 'u')

/**
 * The rest of the sentence around a passage: back to the previous sentence's end and on to this
 * one's, never past a paragraph break, and "…" where a very long sentence is cut.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number
): { before: string; after: string } {
  const paragraphStart = text.lastIndexOf('\n', start - 1) + 1
  const windowStart = Math.max(paragraphStart, start - CONTEXT_LIMIT)
  let from = windowStart
  for (const match of text.slice(windowStart, start).matchAll(SENTENCE_END))
    from = windowStart + match.index + match[0].length
  const newline = text.indexOf('\n', end)
  const paragraphEnd = newline === -1 ? text.length : newline
  const windowEnd = Math.min(paragraphEnd, end + CONTEXT_LIMIT)
  let to = windowEnd
  if (ENDS_SENTENCE.test(text.slice(start, end))) to = end
  else {
    const stop = SENTENCE_STOP.exec(text.slice(end, windowEnd))
    if (stop) to = end + stop.index + stop[0].length
  }
  const cutBefore = from === windowStart && windowStart > paragraphStart
  const cutAfter = to === windowEnd && windowEnd < paragraphEnd
  return {
    before: (cutBefore ? '…' : '') + text.slice(from, start).trimStart(),
    after: text.slice(end, to).trimEnd() + (cutAfter ? '…' : '')
  }
}

function choicesOf(quiz: Quiz, item: QuizItem, texts: ExportTexts): { id: string; text: string }[] {
  if (item.type === 'classify')
    return quiz.labels.map((label) => ({ id: label.id, text: label.name }))
  if (item.type === 'frame')
    return STANCE_CHOICES.map((stance) => ({ id: stance.id, text: texts.stances[stance.id] }))
  return itemChoices(item)
}

function isChoiceItem(item: QuizItem): item is Extract<QuizItem, { type: ChoiceItemType }> {
  return (CHOICE_ITEM_TYPES as readonly string[]).includes(item.type)
}

/**
 * The quiz's choice items as multiple-choice questions, in quiz order; the others (and those
 * `include` refuses) counted by type in `leftOut`.
 */
export function choiceQuestions(
  quiz: Quiz,
  texts: ExportTexts = ENGLISH_EXPORT_TEXTS,
  include: (type: ChoiceItemType) => boolean = () => true
): ChoiceQuestions {
  const article = cleanText(quiz.article.text)
  const direction = textDirection(quiz.language)
  const questions: ChoiceQuestion[] = []
  const leftOut = new Map<ItemType, number>()
  quiz.items.forEach((item, index) => {
    if (!isChoiceItem(item) || !include(item.type)) {
      leftOut.set(item.type, (leftOut.get(item.type) ?? 0) + 1)
      return
    }
    const passage = cleanText(item.target.exact)
    const anchored = anchorQuote(article, { ...item.target, exact: passage })
    const context = anchored.ok
      ? sentenceAround(article, anchored.start, anchored.end)
      : { before: '', after: '' }
    questions.push({
      itemId: item.id,
      type: item.type,
      position: index + 1,
      prompt: cleanText(texts.prompts[item.type]),
      before: context.before,
      passage,
      after: context.after,
      language: quiz.language,
      direction,
      choices: choicesOf(quiz, item, texts).map((choice) => ({
        id: choice.id,
        text: cleanText(choice.text)
      })),
      answer: item.answer,
      explanation: item.explanation === undefined ? null : cleanText(item.explanation)
    })
  })
  return {
    questions,
    leftOut: [...leftOut].map(([type, count]) => ({ type, count }))
  }
}

/** The category name with the quiz's title, without the "/" that Moodle reads as a sub-category. */
export function categoryName(quiz: Quiz, texts: ExportTexts): string {
  return cleanText(texts.category.replace('{title}', quiz.title)).replace(/[/\n]/g, ' ').trim()
}

/** Text for an HTML text node: the characters that would start markup escaped, quotes kept. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Text for XML element content and attribute values: XML's five predefined entities. */
export function escapeXml(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

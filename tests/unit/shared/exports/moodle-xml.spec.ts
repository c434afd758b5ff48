import { DOMParser, type Element } from '@xmldom/xmldom'
import { describe, expect, it } from 'vitest'
import { buildMoodleXml } from '../../../../src/shared/exports/moodle-xml'
import { itemChoices } from '../../../../src/shared/item-kinds'
import { labelName } from '../../../../src/shared/labels'
import type { QuizItem } from '../../../../src/shared/quiz-format'
import { HOSTILE_TEXT, hostileQuiz } from '../../../fixtures/export-quizzes'
import { articleQuiz } from '../../../fixtures/quizzes'

/** Parses as Moodle's importer would get it: any XML error fails the test. */
function parse(text: string): Element {
  const document = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`)
    }
  }).parseFromString(text, 'text/xml')
  const root = document.documentElement
  if (!root) throw new Error('no root element')
  return root
}

const children = (element: Element, name: string): Element[] =>
  Array.from(element.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).tagName === name
  )

function child(element: Element, name: string): Element {
  const [found, ...more] = children(element, name)
  if (!found || more.length > 0) throw new Error(`expected one <${name}> in <${element.tagName}>`)
  return found
}

/** What qformat_xml's getpath reads: ['#', name, 0, '#', 'text', 0, '#']. */
const textOf = (element: Element, name: string): string =>
  child(child(element, name), 'text').textContent ?? ''

/** The HTML Moodle stores as the question text, parsed as HTML. */
function html(text: string) {
  return new DOMParser().parseFromString(`<div>${text}</div>`, 'text/html')
}

/** What a learner reads of an HTML field. */
const htmlText = (text: string): string => html(text).documentElement?.textContent ?? ''

interface ImportedQuestion {
  name: string
  questionText: string
  format: string | null
  generalFeedback: string
  single: string
  answers: { fraction: number; text: string; feedback: string }[]
}

/** The fields qformat_xml's import_headers and import_multichoice read, with their defaults' paths. */
function readQuestion(question: Element): ImportedQuestion {
  expect(question.getAttribute('type')).toBe('multichoice')
  for (const field of ['shuffleanswers', 'answernumbering', 'defaultgrade', 'penalty'])
    expect(child(question, field).textContent).not.toBe('')
  return {
    name: textOf(question, 'name'),
    questionText: textOf(question, 'questiontext'),
    format: child(question, 'questiontext').getAttribute('format'),
    generalFeedback: textOf(question, 'generalfeedback'),
    single: child(question, 'single').textContent ?? '',
    answers: children(question, 'answer').map((answer) => ({
      fraction: Number(answer.getAttribute('fraction')),
      text: htmlText(child(answer, 'text').textContent ?? ''),
      feedback: textOf(answer, 'feedback')
    }))
  }
}

function questions(text: string): ImportedQuestion[] {
  const root = parse(text)
  expect(root.tagName).toBe('quiz')
  const [category, ...rest] = children(root, 'question')
  expect(category?.getAttribute('type')).toBe('category')
  return rest.map(readQuestion)
}

describe('Moodle XML export', () => {
  it('writes every choice item of the shipped quiz as a single-answer multichoice question', () => {
    const quiz = articleQuiz()
    const { text, exported, leftOut } = buildMoodleXml(quiz)
    const read = questions(text)
    const choiceItems = quiz.items.filter(
      (item) => item.type !== 'find-clue' && item.type !== 'timeline'
    )
    expect(exported).toBe(choiceItems.length)
    expect(read).toHaveLength(choiceItems.length)
    read.forEach((question, index) => {
      const item = choiceItems[index] as QuizItem
      expect(question.format).toBe('html')
      expect(question.single).toBe('true')
      expect(question.answers.filter((answer) => answer.fraction === 100)).toHaveLength(1)
      expect(question.answers.every((answer) => [0, 100].includes(answer.fraction))).toBe(true)
      const right = question.answers.find((answer) => answer.fraction === 100)?.text
      if (item.type === 'classify') expect(right).toBe(labelName(quiz.labels, item.answer))
      if (item.type === 'who-says' || item.type === 'when')
        expect(right).toBe(itemChoices(item).find((choice) => choice.id === item.answer)?.text)
      // The passage is marked in its sentence, and the explanation is the feedback.
      const marked = html(question.questionText).getElementsByTagName('mark')[0]
      expect(marked?.textContent).toBe('target' in item ? item.target.exact : '')
      if ('explanation' in item && item.explanation)
        expect(htmlText(question.generalFeedback)).toBe(item.explanation)
    })
    expect(leftOut).toEqual([
      { type: 'find-clue', count: quiz.items.filter((i) => i.type === 'find-clue').length },
      { type: 'timeline', count: quiz.items.filter((i) => i.type === 'timeline').length }
    ])
  })

  it('quotes the sentence around the passage, not the whole paragraph', () => {
    const quiz = articleQuiz()
    const [first] = questions(buildMoodleXml(quiz).text)
    const quoted = html(first?.questionText ?? '').getElementsByTagName('blockquote')[0]
    expect(quoted?.textContent).toBe(
      'Taliban spokesman in Qatar, Sohail Shaheen, said that the main bases of ISIS operating in Afghanistan are outside the country and are under the control of foreign intelligence.'
    )
  })

  it('writes each choice type with its own choices and the right one at 100%', () => {
    const read = questions(buildMoodleXml(hostileQuiz()).text)
    const right = read.map((q) => q.answers.find((a) => a.fraction === 100)?.text)
    expect(read.map((q) => q.answers.length)).toEqual([3, 3, 4, 3])
    expect(right).toEqual([
      `Claim ${HOSTILE_TEXT.replace('\u0001', '')}`,
      'The mayor',
      'Distancing or doubtful',
      'Friday 1 March 2024'
    ])
  })

  it('quotes a right-to-left quiz right to left, in its language', () => {
    const [question] = questions(buildMoodleXml({ ...hostileQuiz(), language: 'ar' }).text)
    const quoted = html(question?.questionText ?? '').getElementsByTagName('blockquote')[0]
    expect(quoted?.getAttribute('dir')).toBe('rtl')
    expect(quoted?.getAttribute('lang')).toBe('ar')
    const [english] = questions(buildMoodleXml(hostileQuiz()).text)
    expect(
      html(english?.questionText ?? '')
        .getElementsByTagName('blockquote')[0]
        ?.getAttribute('dir')
    ).toBe('ltr')
  })

  it('keeps hostile text as text: no CDATA break, no markup, no control characters', () => {
    const quiz = hostileQuiz()
    const { text, leftOut } = buildMoodleXml(quiz)
    expect(text).not.toMatch(/[\u0001\ud800]/u)
    const [classify, whoSays] = questions(text)
    const question = html(classify?.questionText ?? '')
    expect(question.getElementsByTagName('script')).toHaveLength(0)
    expect(question.getElementsByTagName('mark')[0]?.textContent).toBe(
      'the bridge {closed} on Friday & would "reopen" soon'
    )
    expect(html(whoSays?.questionText ?? '').getElementsByTagName('mark')[0]?.textContent).toBe(
      '3 < 4 ]]> was a fact'
    )
    const feedback = html(classify?.generalFeedback ?? '')
    expect(feedback.getElementsByTagName('script')).toHaveLength(0)
    expect(htmlText(classify?.generalFeedback ?? '')).toContain(']]><script>alert(1)</script>')
    expect(leftOut).toEqual([
      { type: 'find-clue', count: 1 },
      { type: 'timeline', count: 1 }
    ])
  })
})

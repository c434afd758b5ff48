import { DOMParser } from '@xmldom/xmldom'
import { describe, expect, it } from 'vitest'
import { buildGift, escapeGift } from '../../../../src/shared/exports/gift'
import { HOSTILE_TEXT, hostileQuiz } from '../../../fixtures/export-quizzes'
import { articleQuiz } from '../../../fixtures/quizzes'

// Moodle's qformat_gift swaps each escaped character for a placeholder before it looks for
// markup, and back afterwards (escapedchar_pre / escapedchar_post); this reader does the same.
const ESCAPES: [string, string][] = [
  ['\\\\', '\uE000'],
  ['\\~', '\uE001'],
  ['\\=', '\uE002'],
  ['\\#', '\uE003'],
  ['\\{', '\uE004'],
  ['\\}', '\uE005'],
  ['\\:', '\uE006'],
  ['\\n', '\uE007']
]
const RESTORE: [string, string][] = [
  ['\uE000', '\\'],
  ['\uE001', '~'],
  ['\uE002', '='],
  ['\uE003', '#'],
  ['\uE004', '{'],
  ['\uE005', '}'],
  ['\uE006', ':'],
  ['\uE007', '\n']
]
const pre = (text: string): string =>
  ESCAPES.reduce((t, [from, to]) => t.split(from).join(to), text)
const post = (text: string): string =>
  RESTORE.reduce((t, [from, to]) => t.split(from).join(to), text)
/** An [html] question's answers are HTML too: what a learner reads of one. */
const htmlText = (text: string): string =>
  new DOMParser().parseFromString(`<div>${text}</div>`, 'text/html').documentElement?.textContent ??
  ''

interface GiftQuestion {
  name: string
  format: string
  text: string
  answers: { right: boolean; text: string }[]
  generalFeedback: string
}

/** Questions as Moodle's GIFT importer splits them: blank lines end one, comments are skipped. */
function readGift(file: string): { category: string | null; questions: GiftQuestion[] } {
  let category: string | null = null
  const questions: GiftQuestion[] = []
  for (const block of file.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => !line.trim().startsWith('//'))
    const text = lines.join('\n').trim()
    if (!text) continue
    if (text.startsWith('$CATEGORY:')) {
      category = text.slice('$CATEGORY:'.length).trim()
      continue
    }
    const raw = pre(text)
    const head = /^::(.*?)::(\[\w+\])?(.*?)\{(.*)\}$/su.exec(raw)
    if (!head) throw new Error(`not a GIFT question: ${text.slice(0, 80)}`)
    const [, name = '', format = '', body = '', answerBlock = ''] = head
    const [answerPart = '', generalFeedback = ''] = answerBlock.split('####')
    const answers = [...answerPart.matchAll(/([=~])([^=~]*)/gu)].map(([, mark, answer]) => ({
      right: mark === '=',
      text: htmlText(post((answer ?? '').split('#')[0]?.trim() ?? ''))
    }))
    questions.push({
      name: post(name),
      format,
      text: post(body),
      answers,
      generalFeedback: post(generalFeedback.trim())
    })
  }
  return { category, questions }
}

describe('GIFT export', () => {
  it('writes the "Which label?" items only, and counts every other type as left out', () => {
    const quiz = articleQuiz()
    const { text, exported, leftOut } = buildGift(quiz)
    const { category, questions } = readGift(text)
    const classify = quiz.items.filter((item) => item.type === 'classify')
    expect(category).toBe(`$course$/top/Says Who? - ${quiz.title}`)
    expect(exported).toBe(classify.length)
    expect(questions).toHaveLength(classify.length)
    questions.forEach((question, index) => {
      const item = classify[index]
      if (item?.type !== 'classify') throw new Error('not a classify item')
      expect(question.format).toBe('[html]')
      expect(question.answers.map((answer) => answer.text)).toEqual(
        quiz.labels.map((label) => label.name)
      )
      expect(question.answers.filter((answer) => answer.right).map((a) => a.text)).toEqual([
        quiz.labels.find((label) => label.id === item.answer)?.name
      ])
      expect(question.text).toContain(`<mark>${item.target.exact.replace(/&/g, '&amp;')}</mark>`)
    })
    const others = new Map<string, number>()
    for (const item of quiz.items)
      if (item.type !== 'classify') others.set(item.type, (others.get(item.type) ?? 0) + 1)
    expect(new Map(leftOut.map((entry) => [entry.type, entry.count]))).toEqual(others)
  })

  it('escapes ~ = # { } : and the backslash, and writes newlines as \\n', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni')
  })

  it('reads back hostile labels, passages and explanations exactly, as Moodle would', () => {
    const { text, exported, leftOut } = buildGift(hostileQuiz())
    expect(exported).toBe(1)
    expect(leftOut.map((entry) => entry.type)).toEqual([
      'who-says',
      'frame',
      'when',
      'find-clue',
      'timeline'
    ])
    const { questions } = readGift(text)
    expect(questions).toHaveLength(1)
    const [question] = questions
    expect(question?.answers).toEqual([
      { right: true, text: `Claim ${HOSTILE_TEXT.replace('\u0001', '')}`.trim() },
      { right: false, text: 'Fact' },
      { right: false, text: 'Date' }
    ])
    // The passage's braces and the explanation's blank line did not end the question early.
    expect(question?.text).toContain(
      '<mark>the bridge {closed} on Friday &amp; would "reopen" soon</mark>'
    )
    expect(question?.generalFeedback).toContain('&lt;script&gt;')
    expect(question?.generalFeedback).toContain('<br><br>Line two.')
    expect(text).not.toMatch(/[\u0001\ud800]/u)
    // Moodle reads an [html] question's answers as HTML: no markup from the quiz gets through
    // (the category line is plain text).
    expect(text.slice(text.indexOf('::'))).not.toContain('<script>')
  })
})

import { describe, expect, it } from 'vitest'
import { quizWarnings } from '../../../src/shared/quiz-warnings'
import { validateQuizValue } from '../../../src/shared/quiz-validation'
import type { Quiz } from '../../../src/shared/quiz-format'
import { articleQuiz, smallQuizInput, type ClassicQuizInput } from '../../fixtures/quizzes'

function quiz(edit: (input: ClassicQuizInput) => void): Quiz {
  const input = smallQuizInput()
  edit(input)
  const result = validateQuizValue(input)
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.quiz
}

describe('quizWarnings', () => {
  it('has nothing to say about the shipped article quiz', () => {
    expect(quizWarnings(articleQuiz())).toEqual([])
  })

  it('warns about a missing explanation and an allegation without a speaker, at their paths', () => {
    const weak = quiz((q) => {
      const first = q.items[0]!
      delete first.explanation
      delete first.speaker
      first.answer = 'allegation'
    })
    const paths = quizWarnings(weak).map((w) => w.path)
    expect(paths).toContain('items[0].explanation')
    expect(paths).toContain('items[0].speaker')
  })

  it('warns when two items are on the same passage, but not for a word inside a longer passage', () => {
    const twin = quiz((q) => {
      const first = q.items[0]!
      q.items.push({ ...first, id: 'twin', target: { exact: 'the bridge is safe.' } })
      q.items.push({ ...first, id: 'inner', target: { exact: 'safe', prefix: 'the bridge is ' } })
    })
    const same = quizWarnings(twin).filter((w) => w.message.includes('same passage'))
    expect(same.map((w) => w.message)).toEqual([
      'Item "twin" is on the same passage as item "bridge-safe".'
    ])
  })

  it('names a label that no item uses', () => {
    const unused = quiz((q) => {
      q.items = q.items.filter((item) => item.answer !== 'date')
    })
    expect(quizWarnings(unused).filter((w) => w.path.startsWith('labels'))).toEqual([
      { path: 'labels[2]', message: 'No item has the label "Date or time" (date) as its answer.' }
    ])
  })
})

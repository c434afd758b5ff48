import { describe, expect, it } from 'vitest'
import type { Answer } from '../../../src/shared/attempt-format'
import { isAllegationTakenForFact, isCorrect, scoreAttempt } from '../../../src/shared/scoring'
import { smallQuiz } from '../../fixtures/quizzes'

const quiz = smallQuiz()
const allIds = quiz.items.map((item) => item.id)

function answer(itemId: string, label: string, storedCorrect = false): Answer {
  return {
    itemId,
    response: { type: 'classify', label },
    correct: storedCorrect,
    answeredAt: '2024-03-25T10:00:00.000Z'
  }
}

describe('isCorrect', () => {
  it('compares the chosen label with the key', () => {
    const item = quiz.items[0]!
    expect(isCorrect(item, { type: 'classify', label: 'allegation' })).toBe(true)
    expect(isCorrect(item, { type: 'classify', label: 'fact' })).toBe(false)
  })
})

describe('scoreAttempt', () => {
  it('scores a full attempt per label', () => {
    const score = scoreAttempt(quiz, {
      itemIds: allIds,
      answers: [
        answer('bridge-safe', 'fact'),
        answer('bridge-opened', 'fact'),
        answer('in-1998', 'date'),
        answer('needs-repairs', 'allegation')
      ]
    })
    expect(score).toEqual({
      correct: 3,
      answered: 4,
      total: 4,
      percent: 75,
      byLabel: [
        { labelId: 'allegation', name: 'Attributed allegation', correct: 1, answered: 2, total: 2 },
        { labelId: 'fact', name: 'Reported fact', correct: 1, answered: 1, total: 1 },
        { labelId: 'date', name: 'Date or time', correct: 1, answered: 1, total: 1 }
      ],
      bySkill: [
        { skill: 'spot-claims', name: 'Spotting claims', correct: 3, answered: 4, total: 4 }
      ],
      missedItemIds: ['bridge-safe'],
      chosen: new Map([
        ['bridge-safe', 'fact'],
        ['bridge-opened', 'fact'],
        ['in-1998', 'date'],
        ['needs-repairs', 'allegation']
      ]),
      right: new Set(['bridge-opened', 'in-1998', 'needs-repairs'])
    })
  })

  it('counts unanswered items against the total but not as missed', () => {
    const score = scoreAttempt(quiz, {
      itemIds: allIds,
      answers: [answer('bridge-safe', 'allegation')]
    })
    expect(score).toMatchObject({
      correct: 1,
      answered: 1,
      total: 4,
      percent: 25,
      missedItemIds: []
    })
    expect(score.byLabel.filter((row) => row.answered > 0)).toEqual([
      { labelId: 'allegation', name: 'Attributed allegation', correct: 1, answered: 1, total: 2 }
    ])
  })

  it('rescores from the key and ignores a tampered "correct" flag', () => {
    const score = scoreAttempt(quiz, {
      itemIds: allIds,
      answers: allIds.map((id) => answer(id, 'fact', true))
    })
    expect(score.correct).toBe(1)
    expect(score.missedItemIds).toEqual(['bridge-safe', 'in-1998', 'needs-repairs'])
  })

  it('scores a practice subset out of its own items', () => {
    const score = scoreAttempt(quiz, {
      itemIds: ['bridge-safe', 'needs-repairs'],
      answers: [answer('bridge-safe', 'allegation'), answer('needs-repairs', 'allegation')]
    })
    expect(score).toMatchObject({ correct: 2, total: 2, percent: 100 })
    expect(score.byLabel).toEqual([
      { labelId: 'allegation', name: 'Attributed allegation', correct: 2, answered: 2, total: 2 }
    ])
  })

  it('scores only the given items, out of those items (a corrected quiz regrading an attempt)', () => {
    const score = scoreAttempt(
      quiz,
      { itemIds: allIds, answers: allIds.map((id) => answer(id, 'allegation')) },
      new Set(['bridge-safe', 'in-1998'])
    )
    expect(score).toMatchObject({ correct: 1, answered: 2, total: 2, percent: 50 })
    expect([...score.chosen.keys()]).toEqual(['bridge-safe', 'in-1998'])
  })

  it('gives 0% rather than dividing by zero for an attempt with no known items', () => {
    expect(scoreAttempt(quiz, { itemIds: ['gone'], answers: [] }).percent).toBe(0)
  })
})

describe('isAllegationTakenForFact', () => {
  it('singles out the confusion that matters most', () => {
    expect(isAllegationTakenForFact('allegation', 'fact')).toBe(true)
    expect(isAllegationTakenForFact('fact', 'allegation')).toBe(false)
    expect(isAllegationTakenForFact('allegation', 'date')).toBe(false)
  })
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { QuizResponse } from '../../../src/shared/attempt-format'
import { attemptKeys, itemKeyFingerprint } from '../../../src/shared/answer-key'
import { cueWordIndexes, isClueFound, wordsOf } from '../../../src/shared/clue-words'
import { needsFormat2, skillOf } from '../../../src/shared/item-kinds'
import { placeItem } from '../../../src/shared/item-placement'
import type { FindClueItem, Quiz, QuizItem } from '../../../src/shared/quiz-format'
import { validateQuizValue } from '../../../src/shared/quiz-validation'
import { quizWarnings } from '../../../src/shared/quiz-warnings'
import { unfitResponse } from '../../../src/shared/response-checks'
import { answerKeyOf, describeKey, responseKey } from '../../../src/shared/response-text'
import { isCorrect, scoreAttempt } from '../../../src/shared/scoring'

const MIXED = join(import.meta.dirname, '../../fixtures/quizzes/mixed-types.quiz.json')
type Input = Record<string, unknown> & { format: string; items: Record<string, unknown>[] }
const mixedInput = (): Input => JSON.parse(readFileSync(MIXED, 'utf8')) as Input

function mixedQuiz(edit: (input: Input) => void = () => undefined): Quiz {
  const input = mixedInput()
  edit(input)
  const result = validateQuizValue(input)
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.quiz
}

function issuesOf(edit: (input: Input) => void): { path: string; message: string }[] {
  const input = mixedInput()
  edit(input)
  const result = validateQuizValue(input)
  return result.ok ? [] : result.issues
}

const quiz = mixedQuiz()
const item = <T extends QuizItem['type']>(type: T): Extract<QuizItem, { type: T }> =>
  quiz.items.find((i) => i.type === type) as Extract<QuizItem, { type: T }>

describe('the quiz format with every item type', () => {
  it('accepts one item of each type in a version 2 file and places every passage', () => {
    expect(quiz.items.map((i) => i.type)).toEqual([
      'classify',
      'who-says',
      'find-clue',
      'frame',
      'when',
      'timeline'
    ])
    for (const each of quiz.items) expect(placeItem(quiz, each.id), each.id).not.toBeNull()
    expect(placeItem(quiz, 'order-bridge')?.passages).toHaveLength(3)
    expect(placeItem(quiz, 'who-repairs')?.speaker).not.toBeNull()
    const frame = placeItem(quiz, 'frame-claimed')
    expect(quiz.article.text.slice(frame!.cues[0]!.start, frame!.cues[0]!.end)).toBe('claimed')
  })

  it('refuses the new types in a version 1 file, naming the item and the version to declare', () => {
    const issues = issuesOf((q) => (q.format = 'says-who/quiz@1'))
    expect(issues.map((i) => i.path)).toEqual([
      'items[1].type',
      'items[2].type',
      'items[3].type',
      'items[4].type',
      'items[5].type'
    ])
    expect(issues[0]?.message).toMatch(/"who-says" item, which needs "format": "says-who\/quiz@2"/)
  })

  it('tells a file from a newer app apart from a file in no known format', () => {
    expect(issuesOf((q) => (q.format = 'says-who/quiz@7'))[0]?.message).toMatch(
      /newer version of Says Who\?/
    )
    expect(issuesOf((q) => (q.format = 'quizlet@1'))[0]?.message).toMatch(/cannot read/)
  })

  it('says which version a quiz needs', () => {
    expect(needsFormat2(quiz)).toBe(true)
    expect(needsFormat2({ items: [item('classify')] })).toBe(false)
    expect(needsFormat2({ items: [item('classify')], topic: 'Bridges' })).toBe(true)
  })

  it.each([
    [
      'an answer that is not a choice',
      (q: Input) => (q.items[1]!['answer'] = 'nobody'),
      'items[1].answer',
      /not one of its choices/
    ],
    [
      'two choices with one id',
      (q: Input) => {
        const choices = q.items[4]!['choices'] as { id: string }[]
        choices[1]!.id = choices[0]!.id
      },
      'items[4].choices[1].id',
      /used twice/
    ],
    [
      'a clue outside its sentence',
      (q: Input) => (q.items[2]!['cues'] = [{ exact: 'claimed' }]),
      'items[2].cues[0]',
      /not inside the sentence/
    ],
    [
      'a verb not in the article',
      (q: Input) => (q.items[3]!['verb'] = { exact: 'whispered' }),
      'items[3].verb',
      /whispered/
    ],
    [
      'two events on one passage',
      (q: Input) => {
        const events = q.items[5]!['events'] as { target: unknown }[]
        events[2]!.target = events[0]!.target
      },
      'items[5].events',
      /same passage/
    ],
    [
      'a timeline of two events',
      (q: Input) => (q.items[5]!['events'] as unknown[]).pop(),
      'items[5].events',
      /3/
    ],
    [
      'an unknown stance',
      (q: Input) => (q.items[3]!['answer'] = 'sarcastic'),
      'items[3].answer',
      /./
    ]
  ])('refuses %s at its path', (_name, edit, path, message) => {
    const issues = issuesOf(edit)
    expect(issues.map((i) => i.path)).toContain(path)
    expect(issues.find((i) => i.path === path)?.message).toMatch(message)
  })

  it('warns about a "Who says it?" choice that the article never names', () => {
    const weak = mixedQuiz((q) => {
      const choices = q.items[1]!['choices'] as Record<string, unknown>[]
      choices[2] = { id: 'queen', name: 'The Queen of Sheba' }
    })
    expect(quizWarnings(weak)).toContainEqual({
      path: 'items[1].choices[2]',
      message: expect.stringMatching(/"The Queen of Sheba" is not named in the article/)
    })
    expect(quizWarnings(quiz).filter((w) => w.path.includes('choices'))).toEqual([])
  })
})

describe('finding the clue', () => {
  const clue = item('find-clue')
  const words = wordsOf(clue.target.exact).map((w) => w.text)

  it('splits the sentence into words and finds the cue among them', () => {
    expect(words.slice(0, 4)).toEqual(['Two', 'days', 'later', 'the'])
    const [cue] = cueWordIndexes(clue)
    expect(cue?.map((i) => words[i])).toEqual(['according', 'to'])
  })

  it('is right when the marks cover a cue and stay within two words of it', () => {
    const [cue] = cueWordIndexes(clue) as number[][]
    const [first, second] = cue as [number, number]
    expect(isClueFound(clue, [first, second])).toBe(true)
    expect(isClueFound(clue, [first - 1, first, second, second + 2])).toBe(true)
    expect(isClueFound(clue, [first])).toBe(false)
    expect(isClueFound(clue, [])).toBe(false)
    expect(
      isClueFound(
        clue,
        words.map((_, i) => i)
      )
    ).toBe(false)
    expect(isClueFound(clue, [0, first, second])).toBe(false)
  })

  it('accepts any one of several cues', () => {
    const two: FindClueItem = {
      ...clue,
      cues: [{ exact: 'according to' }, { exact: 'statement' }]
    }
    const statement = words.indexOf('statement')
    expect(isClueFound(two, [statement])).toBe(true)
  })
})

describe('scoring every type', () => {
  const right: Record<string, QuizResponse> = {
    classify: { type: 'classify', label: 'allegation' },
    'who-says': { type: 'who-says', choice: 'engineers' },
    'find-clue': { type: 'find-clue', words: (cueWordIndexes(item('find-clue'))[0] ?? []).slice() },
    frame: { type: 'frame', stance: 'distancing' },
    when: { type: 'when', choice: 'fri-22' },
    timeline: { type: 'timeline', order: ['opened', 'safe', 'closed'] }
  }
  const wrong: Record<string, QuizResponse> = {
    classify: { type: 'classify', label: 'fact' },
    'who-says': { type: 'who-says', choice: 'unnamed' },
    'find-clue': { type: 'find-clue', words: [0] },
    frame: { type: 'frame', stance: 'neutral' },
    when: { type: 'when', choice: 'mon-25' },
    timeline: { type: 'timeline', order: ['safe', 'opened', 'closed'] }
  }

  it.each(quiz.items.map((i) => [i.type, i] as const))(
    'scores %s right and wrong',
    (type, each) => {
      expect(isCorrect(each, right[type]!)).toBe(true)
      expect(isCorrect(each, wrong[type]!)).toBe(false)
      // An answer of another type is never right.
      const other = type === 'when' ? right['who-says']! : right['when']!
      expect(isCorrect(each, other)).toBe(false)
    }
  )

  it('counts every type by skill, and labels only for "Which label?" items', () => {
    const ids = quiz.items.map((i) => i.id)
    const answers = quiz.items.map((i) => ({
      itemId: i.id,
      response: i.type === 'frame' ? wrong[i.type]! : right[i.type]!
    }))
    const score = scoreAttempt(quiz, { itemIds: ids, answers })
    expect(score).toMatchObject({
      correct: 5,
      answered: 6,
      total: 6,
      missedItemIds: ['frame-claimed']
    })
    expect(score.byLabel).toEqual([
      { labelId: 'allegation', name: 'Attributed allegation', correct: 1, answered: 1, total: 1 }
    ])
    expect(score.bySkill).toEqual([
      { skill: 'spot-claims', name: 'Spotting claims', correct: 2, answered: 2, total: 2 },
      { skill: 'find-source', name: 'Finding the source', correct: 1, answered: 1, total: 1 },
      { skill: 'read-verb', name: 'Reading the verb', correct: 0, answered: 1, total: 1 },
      { skill: 'work-out-when', name: 'Working out when', correct: 2, answered: 2, total: 2 }
    ])
    expect(skillOf(item('find-clue'))).toBe('spot-claims')
  })

  it('refuses answers that do not fit the item before scoring them', () => {
    expect(unfitResponse(quiz, item('who-says'), { type: 'who-says', choice: 'ruiz' })).toBeNull()
    expect(unfitResponse(quiz, item('who-says'), { type: 'who-says', choice: 'zed' })).toMatch(
      /not one of this item's choices/
    )
    expect(unfitResponse(quiz, item('find-clue'), { type: 'find-clue', words: [999] })).toMatch(
      /not in the sentence/
    )
    expect(unfitResponse(quiz, item('find-clue'), { type: 'find-clue', words: [1, 1] })).toMatch(
      /twice/
    )
    expect(
      unfitResponse(quiz, item('timeline'), {
        type: 'timeline',
        order: ['opened', 'opened', 'safe']
      })
    ).toMatch(/each once/)
    expect(unfitResponse(quiz, item('frame'), { type: 'when', choice: 'fri-22' })).toMatch(
      /does not fit/
    )
  })

  it('describes choices and answers as people read them', () => {
    expect(describeKey(quiz, item('who-says'), answerKeyOf(item('who-says')))).toBe(
      'Engineers from the city council'
    )
    expect(describeKey(quiz, item('frame'), responseKey(wrong['frame']!))).toBe('Neutral')
    expect(describeKey(quiz, item('find-clue'), responseKey(right['find-clue']!))).toBe(
      '“according to”'
    )
    expect(describeKey(quiz, item('timeline'), responseKey(right['timeline']!))).toBe(
      'The bridge opened in 1998 → said the bridge is safe → the bridge was closed'
    )
  })
})

describe('answer keys of every type', () => {
  it('change with what is right and not with the wording of the explanation', () => {
    const keys = attemptKeys(
      quiz,
      quiz.items.map((i) => i.id)
    ).itemKeys
    const reworded = mixedQuiz((q) => {
      for (const each of q.items) each['explanation'] = 'Reworded.'
    })
    expect(
      attemptKeys(
        reworded,
        reworded.items.map((i) => i.id)
      ).itemKeys
    ).toEqual(keys)
    const moved = mixedQuiz((q) => (q.items[4]!['answer'] = 'fri-29'))
    expect(itemKeyFingerprint(moved.items[4]!)).not.toBe(keys[4])
    const reordered = mixedQuiz((q) => (q.items[5]!['events'] as unknown[]).reverse())
    expect(itemKeyFingerprint(reordered.items[5]!)).not.toBe(keys[5])
  })
})

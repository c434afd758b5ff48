import { describe, expect, it } from 'vitest'
import { AttemptText } from '../../../src/main/services/attempt-text'
import type { Answer, Attempt } from '../../../src/shared/attempt-format'

const start: Attempt = {
  format: 'says-who/attempt@1',
  id: 'a-1',
  profileId: 'p-1',
  quizKey: 'bundled:x.quiz.json',
  quizId: 'x',
  quizHash: 'a'.repeat(64),
  // A title that spells the key the text is split at must not confuse it.
  quizTitle: 'Tricky\n  "answers": [] "quoted"',
  mode: 'full',
  itemIds: ['one', 'two', 'three'],
  answers: [],
  startedAt: '2024-03-25T10:00:00.000Z',
  itemKeys: ['00000000000001', '00000000000002', '00000000000003'],
  labelSet: '0000000000000f'
}
const answer = (itemId: string): Answer => ({
  itemId,
  response: { type: 'classify', label: 'fact' },
  correct: itemId !== 'two',
  answeredAt: '2024-03-25T10:01:00.000Z'
})

describe('AttemptText', () => {
  it('is JSON.stringify(attempt, null, 2) after every answer, the last one finishing it', () => {
    let attempt = start
    let text = AttemptText.of(attempt)
    expect(text.text).toBe(JSON.stringify(attempt, null, 2))
    for (const itemId of start.itemIds) {
      attempt = { ...attempt, answers: [...attempt.answers, answer(itemId)] }
      if (attempt.answers.length === 3) attempt.finishedAt = '2024-03-25T10:02:00.000Z'
      text = AttemptText.of(attempt, text)
      expect(text.text).toBe(JSON.stringify(attempt, null, 2))
    }
  })

  it('starts again from the attempt when it is not the one the pieces came from', () => {
    const first = AttemptText.of({ ...start, answers: [answer('one')] })
    const other = { ...start, answers: [answer('one'), answer('two')] }
    expect(AttemptText.of(other, first).text).toBe(JSON.stringify(other, null, 2))
  })
})

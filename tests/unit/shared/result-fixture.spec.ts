import { describe, expect, it } from 'vitest'
import { validateResultText } from '../../../src/shared/result-format'
import { scoreAttempt } from '../../../src/shared/scoring'
import { articleQuiz } from '../../fixtures/quizzes'
import { resultFor, rightResponse, seededRandom, wrongResponse } from '../../fixtures/results'

// The e2e and report tests build result files of the shipped quiz with these fixtures: they must
// give a valid file whose responses mean what the tests say (right is right, wrong is wrong).
describe('result files of the shipped quiz, every item type', () => {
  const quiz = articleQuiz()
  const labels = quiz.labels.map((label) => label.id)

  it('answers every item rightly from its key, and wrongly when asked', () => {
    for (const item of quiz.items) {
      const right = {
        itemIds: [item.id],
        answers: [{ itemId: item.id, response: rightResponse(item) }]
      }
      expect(scoreAttempt(quiz, right).correct, item.id).toBe(1)
      const response = wrongResponse(item, labels, seededRandom(1))
      expect(response.type, item.id).toBe(item.type)
      const wrong = { itemIds: [item.id], answers: [{ itemId: item.id, response }] }
      expect(scoreAttempt(quiz, wrong).correct, item.id).toBe(0)
    }
  })

  it('writes a valid file whose stored score is the scorer’s', () => {
    for (const ability of [0, 0.5, 1]) {
      const file = resultFor(quiz, { name: 'Amira', ability }, seededRandom(4))
      const checked = validateResultText(JSON.stringify(file))
      expect(checked.ok).toBe(true)
      const attempt = file.attempts[0]!
      expect(attempt.answers).toHaveLength(quiz.items.length)
      const score = scoreAttempt(quiz, attempt)
      expect(attempt.storedScore.correct).toBe(score.correct)
      if (ability === 1) expect(score.correct).toBe(quiz.items.length)
      if (ability === 0) expect(score.correct).toBe(0)
    }
  })
})

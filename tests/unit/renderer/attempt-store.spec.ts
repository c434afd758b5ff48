import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setApi } from '../../../src/renderer/src/api'
import { useAttemptStore } from '../../../src/renderer/src/stores/attempt'
import { smallQuiz } from '../../fixtures/quizzes'
import { fakeApi } from './fake-api'

const quiz = smallQuiz()

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => setApi(null))

describe('useAttemptStore with answers from main', () => {
  it('takes in each answer main saved, and the finish the last one brought', async () => {
    const fake = fakeApi(quiz)
    setApi(fake.api)
    const store = useAttemptStore()
    await store.open('learner-1', 'attempt-1')
    for (const label of ['allegation', 'fact', 'date', 'fact']) {
      expect(store.attempt?.finishedAt).toBeUndefined()
      await store.answer({ type: 'classify', label })
      expect(store.feedback?.response).toEqual({ type: 'classify', label })
      store.next()
    }
    expect(store.attempt?.answers.map((answer) => answer.itemId)).toEqual(
      quiz.items.map((i) => i.id)
    )
    expect(store.attempt?.answers).toEqual(fake.current().answers)
    expect(store.attempt?.finishedAt).toBe(fake.current().finishedAt)
    expect(store.isComplete).toBe(true)
  })
})

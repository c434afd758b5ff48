import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setApi } from '../../../src/renderer/src/api'
import { useAttemptStore } from '../../../src/renderer/src/stores/attempt'
import { scoreText, useHistoryStore } from '../../../src/renderer/src/stores/history'
import { useLibraryStore } from '../../../src/renderer/src/stores/library'
import { useProfileStore } from '../../../src/renderer/src/stores/profile'
import type { Answer, Profile } from '../../../src/shared/attempt-format'
import { smallQuiz } from '../../fixtures/quizzes'
import { fakeApi, newAttempt, ok } from './fake-api'

const quiz = smallQuiz()
const answer = (itemId: string, correct: boolean): Answer => ({
  itemId,
  response: { type: 'classify', label: 'fact' },
  correct,
  answeredAt: '2024-03-25T10:00:00.000Z'
})

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => setApi(null))

describe('useAttemptStore', () => {
  it('shows feedback only after main has saved the answer', async () => {
    const fake = fakeApi(quiz)
    let release: () => void = () => undefined
    const saved = new Promise<void>((resolve) => (release = resolve))
    const real = fake.api.answerItem.getMockImplementation()!
    fake.api.answerItem.mockImplementationOnce(async (request) => {
      await saved
      return real(request)
    })
    setApi(fake.api)
    const store = useAttemptStore()
    await store.open('learner-1', 'attempt-1')
    const pending = store.answer({ type: 'classify', label: 'allegation' })
    expect(store.saving).toBe(true)
    expect(store.feedback).toBeNull()
    await store.answer({ type: 'classify', label: 'fact' }) // a second press while saving is ignored
    release()
    await pending
    expect(fake.api.answerItem).toHaveBeenCalledOnce()
    expect(store.feedback).toMatchObject({ itemId: 'bridge-safe', correct: true })
    expect(store.position).toBe(1)
  })

  it('resumes an attempt at the first unanswered item', async () => {
    setApi(
      fakeApi(
        quiz,
        newAttempt(quiz, { answers: [answer('bridge-safe', true), answer('bridge-opened', true)] })
      ).api
    )
    const store = useAttemptStore()
    await store.open('learner-1', 'attempt-1')
    expect(store.currentItem?.id).toBe('in-1998')
    expect(store.position).toBe(3)
  })
})

/** Answered by the key when right, with another label when wrong: History scores from the key. */
const keyed = (itemId: string, right: boolean): Answer => {
  const key = quiz.items.find((item) => item.id === itemId)?.answer ?? 'fact'
  const wrong = quiz.labels.find((label) => label.id !== key)?.id ?? 'fact'
  return { ...answer(itemId, right), response: { type: 'classify', label: right ? key : wrong } }
}

describe('useHistoryStore', () => {
  it('gives each quiz its best finished full score and its unfinished attempt', async () => {
    const key = 'bundled:test.quiz.json'
    const attempts = [
      newAttempt(quiz, {
        id: 'a',
        finishedAt: '2024-03-25T11:00:00.000Z',
        answers: quiz.items.map((item, i) => keyed(item.id, i < 2))
      }),
      newAttempt(quiz, {
        id: 'b',
        finishedAt: '2024-03-26T11:00:00.000Z',
        answers: quiz.items.map((item, i) => keyed(item.id, i < 3))
      }),
      newAttempt(quiz, {
        id: 'c',
        mode: 'practice',
        itemIds: ['bridge-safe'],
        finishedAt: '2024-03-27T11:00:00.000Z',
        answers: [keyed('bridge-safe', true)]
      }),
      newAttempt(quiz, { id: 'd', answers: [keyed('bridge-safe', true)] }),
      newAttempt(quiz, { id: 'e', abandonedAt: '2024-03-24T11:00:00.000Z' })
    ]
    const fake = fakeApi(quiz)
    fake.api.listAttempts.mockReturnValue(ok({ attempts, notices: [] }))
    setApi(fake.api)
    const history = useHistoryStore()
    await history.load('learner-1')
    expect(history.standings.get(key)?.bestPercent).toBe(75)
    expect(history.standings.get(key)?.inProgress?.id).toBe('d')
    expect(history.unfinished.map((a) => a.id)).toEqual(['d'])
    const d = history.attempts.find((a) => a.id === 'd')!
    expect(scoreText(history.scoreOf(d)!, false)).toBe('1 right of 1 answered')
  })

  it('keeps an unfinished practice round out of the way of the full attempt', async () => {
    const attempts = [
      newAttempt(quiz, { id: 'p', mode: 'practice', itemIds: ['bridge-safe', 'in-1998'] }),
      newAttempt(quiz, { id: 'f', answers: [keyed('bridge-safe', false)] })
    ]
    const fake = fakeApi(quiz)
    fake.api.listAttempts.mockReturnValue(ok({ attempts, notices: [] }))
    setApi(fake.api)
    const history = useHistoryStore()
    await history.load('learner-1')
    expect(history.standings.get('bundled:test.quiz.json')?.inProgress?.id).toBe('f')
    expect(history.unfinished.map((a) => a.id)).toEqual(['p', 'f'])
  })
})

describe('useLibraryStore', () => {
  it('reports each dropped file: oversized ones without sending them, invalid ones with their problems', async () => {
    const fake = fakeApi(quiz)
    fake.api.importQuizText.mockReturnValue(
      ok({
        status: 'invalid',
        fileName: 'bad.quiz.json',
        issues: [{ path: 'items[0].answer', message: 'wrong' }]
      })
    )
    setApi(fake.api)
    const library = useLibraryStore()
    const big = new File(['x'], 'big.quiz.json')
    Object.defineProperty(big, 'size', { value: 3_000_000 })
    await library.importFiles([big, new File(['{}'], 'bad.quiz.json')])
    expect(fake.api.importQuizText).toHaveBeenCalledOnce()
    expect(fake.api.importQuizText).toHaveBeenCalledWith({ fileName: 'bad.quiz.json', text: '{}' })
    expect(library.reports).toEqual([
      {
        fileName: 'big.quiz.json',
        outcome: { status: 'failed', message: 'The file is larger than 2 MB.' }
      },
      {
        fileName: 'bad.quiz.json',
        outcome: {
          status: 'invalid',
          fileName: 'bad.quiz.json',
          issues: [{ path: 'items[0].answer', message: 'wrong' }]
        }
      }
    ])
    expect(library.entries).toHaveLength(1)
  })
})

describe('useProfileStore', () => {
  it('chooses the learner it creates, and forgets them on sign-out', async () => {
    const fake = fakeApi(quiz)
    const amira: Profile = { id: 'p1', name: 'Amira', createdAt: '2024-03-25T09:00:00.000Z' }
    fake.api.createProfile.mockReturnValue(ok(amira))
    fake.api.listProfiles.mockReturnValue(ok({ profiles: [amira], notices: [] }))
    setApi(fake.api)
    const profile = useProfileStore()
    await profile.create('Amira')
    // The new learner keeps the language the screen spoke when they made their name.
    expect(fake.api.setLanguage).toHaveBeenCalledWith({ language: 'en', profileId: 'p1' })
    expect(profile.current).toEqual({ ...amira, language: 'en' })
    expect(profile.profiles).toEqual([{ ...amira, language: 'en' }])
    profile.signOut()
    expect(profile.current).toBeNull()
  })
})

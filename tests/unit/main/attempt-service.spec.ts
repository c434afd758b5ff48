import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { attemptSchema } from '../../../src/shared/attempt-format'
import { attemptStatus } from '../../../src/shared/attempt-progress'
import { tempApp, type TempApp } from '../../fixtures/temp-data'

let app: TempApp
let profileId: string
const SMALL = 'bundled:small.quiz.json'

beforeEach(async () => {
  app = await tempApp()
  profileId = (await app.handlers.createProfile({ name: 'Amira' })).id
})
afterEach(() => app.cleanup())

const classify = (label: string) => ({ type: 'classify' as const, label })

async function onDisk(attemptId: string) {
  const text = await readFile(join(app.dataDir, 'attempts', profileId, `${attemptId}.json`), 'utf8')
  return attemptSchema.parse(JSON.parse(text))
}

describe('taking a quiz', () => {
  it('saves each answer to disk before returning, marked by the key', async () => {
    const attempt = await app.handlers.startAttempt({ profileId, quizKey: SMALL })
    expect(attempt.itemIds).toEqual(['bridge-safe', 'bridge-opened', 'in-1998', 'needs-repairs'])
    const afterOne = await app.handlers.answerItem({
      profileId,
      attemptId: attempt.id,
      itemId: 'bridge-safe',
      response: classify('fact')
    })
    expect(afterOne.answer).toMatchObject({ itemId: 'bridge-safe', correct: false })
    expect(
      (await app.handlers.getAttempt({ profileId, attemptId: attempt.id })).answers
    ).toHaveLength(1)
    const saved = await onDisk(attempt.id)
    expect(saved.answers).toEqual([
      expect.objectContaining({ itemId: 'bridge-safe', correct: false })
    ])
  })

  it('resumes at the exact item with earlier answers intact', async () => {
    const attempt = await app.handlers.startAttempt({ profileId, quizKey: SMALL })
    await app.handlers.answerItem({
      profileId,
      attemptId: attempt.id,
      itemId: 'bridge-safe',
      response: classify('allegation')
    })
    await app.handlers.answerItem({
      profileId,
      attemptId: attempt.id,
      itemId: 'bridge-opened',
      response: classify('fact')
    })
    const { attempts } = await app.handlers.listAttempts({ profileId })
    expect(attempts).toHaveLength(1)
    expect(attempts[0]?.answers.map((a) => a.itemId)).toEqual(['bridge-safe', 'bridge-opened'])
    expect(attempts[0]?.itemIds[attempts[0].answers.length]).toBe('in-1998')
  })

  it('refuses answers out of order', async () => {
    const attempt = await app.handlers.startAttempt({ profileId, quizKey: SMALL })
    await expect(
      app.handlers.answerItem({
        profileId,
        attemptId: attempt.id,
        itemId: 'in-1998',
        response: classify('date')
      })
    ).rejects.toThrow('Answers must be given in order.')
  })

  it('treats a repeated identical answer as one and refuses a changed one', async () => {
    const attempt = await app.handlers.startAttempt({ profileId, quizKey: SMALL })
    const request = {
      profileId,
      attemptId: attempt.id,
      itemId: 'bridge-safe',
      response: classify('fact')
    }
    const first = await app.handlers.answerItem(request)
    expect(await app.handlers.answerItem(request)).toEqual(first)
    expect((await onDisk(attempt.id)).answers).toHaveLength(1)
    await expect(
      app.handlers.answerItem({ ...request, response: classify('allegation') })
    ).rejects.toThrow(/cannot be changed/)
  })

  it('refuses a label the quiz does not have', async () => {
    const attempt = await app.handlers.startAttempt({ profileId, quizKey: SMALL })
    await expect(
      app.handlers.answerItem({
        profileId,
        attemptId: attempt.id,
        itemId: 'bridge-safe',
        response: classify('opinion')
      })
    ).rejects.toThrow(/not one of this quiz's labels/)
  })

  it('finishes only when every item is answered', async () => {
    const attempt = await app.handlers.startAttempt({ profileId, quizKey: SMALL })
    await expect(app.handlers.finishAttempt({ profileId, attemptId: attempt.id })).rejects.toThrow(
      /Answer every item/
    )
    for (const [itemId, label] of [
      ['bridge-safe', 'allegation'],
      ['bridge-opened', 'fact'],
      ['in-1998', 'date'],
      ['needs-repairs', 'fact']
    ] as const) {
      await app.handlers.answerItem({
        profileId,
        attemptId: attempt.id,
        itemId,
        response: classify(label)
      })
    }
    const finished = await app.handlers.finishAttempt({ profileId, attemptId: attempt.id })
    expect(finished.finishedAt).toBeDefined()
    expect(finished.answers.filter((a) => a.correct)).toHaveLength(3)
    await expect(
      app.handlers.answerItem({
        profileId,
        attemptId: attempt.id,
        itemId: 'needs-repairs',
        response: classify('allegation')
      })
    ).rejects.toThrow(/cannot be changed/)
  })

  it('starts a practice round on a subset and leaves the unfinished full attempt untouched', async () => {
    const first = await app.handlers.startAttempt({ profileId, quizKey: SMALL })
    await app.handlers.answerItem({
      profileId,
      attemptId: first.id,
      itemId: 'bridge-safe',
      response: classify('fact')
    })
    const practice = await app.handlers.startAttempt({
      profileId,
      quizKey: SMALL,
      itemIds: ['needs-repairs', 'bridge-safe']
    })
    expect(practice.mode).toBe('practice')
    expect(practice.itemIds).toEqual(['needs-repairs', 'bridge-safe'])
    const full = await onDisk(first.id)
    expect(full.abandonedAt).toBeUndefined()
    expect(full.answers).toHaveLength(1)
    // Both can be taken on; answering the full attempt still works.
    await app.handlers.answerItem({
      profileId,
      attemptId: first.id,
      itemId: 'bridge-opened',
      response: classify('fact')
    })
    await expect(
      app.handlers.startAttempt({ profileId, quizKey: SMALL, itemIds: ['nope'] })
    ).rejects.toThrow(/no item "nope"/)
  })

  it('refuses a new full attempt while one is unfinished, unless asked to replace it', async () => {
    const first = await app.handlers.startAttempt({ profileId, quizKey: SMALL })
    await app.handlers.answerItem({
      profileId,
      attemptId: first.id,
      itemId: 'bridge-safe',
      response: classify('fact')
    })
    await expect(app.handlers.startAttempt({ profileId, quizKey: SMALL })).rejects.toThrow(
      'You are on item 2 of 4 of this quiz.'
    )
    expect(attemptStatus(await onDisk(first.id))).toBe('in-progress')
    const second = await app.handlers.startAttempt({
      profileId,
      quizKey: SMALL,
      replaceUnfinished: true
    })
    expect(second.id).not.toBe(first.id)
    expect((await onDisk(first.id)).abandonedAt).toBeDefined()
    // The other quiz is not affected by this one's attempts.
    await app.handlers.startAttempt({ profileId, quizKey: 'bundled:taliban-isis-k.quiz.json' })
    expect(attemptStatus(await onDisk(second.id))).toBe('in-progress')
  })

  it('finishes the attempt with the last answer, in the same write', async () => {
    const attempt = await app.handlers.startAttempt({ profileId, quizKey: SMALL })
    let latest: { finishedAt?: string | undefined } = attempt
    let lastAnswer
    for (const itemId of attempt.itemIds) {
      expect(latest.finishedAt).toBeUndefined()
      const outcome = await app.handlers.answerItem({
        profileId,
        attemptId: attempt.id,
        itemId,
        response: classify('fact')
      })
      latest = outcome
      lastAnswer = outcome.answer
    }
    expect(latest.finishedAt).toBe(lastAnswer?.answeredAt)
    expect((await onDisk(attempt.id)).finishedAt).toBe(lastAnswer?.answeredAt)
    // "See my results" after that changes nothing.
    const again = await app.handlers.finishAttempt({ profileId, attemptId: attempt.id })
    expect(again.finishedAt).toBe(lastAnswer?.answeredAt)
  })

  it('reads an old file with every item answered but never finished as finished', async () => {
    const attempt = await app.handlers.startAttempt({ profileId, quizKey: SMALL })
    const file = join(app.dataDir, 'attempts', profileId, `${attempt.id}.json`)
    const answers = attempt.itemIds.map((itemId, i) => ({
      itemId,
      response: classify('fact'),
      correct: false,
      answeredAt: `2024-03-25T10:0${i}:00.000Z`
    }))
    await writeFile(file, JSON.stringify({ ...attempt, answers }))
    const read = await app.handlers.getAttempt({ profileId, attemptId: attempt.id })
    expect(read.finishedAt).toBe('2024-03-25T10:03:00.000Z')
    const { attempts } = await app.handlers.listAttempts({ profileId })
    expect(attempts.map(attemptStatus)).toEqual(['finished'])
    // Finished, so a new full attempt starts without asking.
    await expect(app.handlers.startAttempt({ profileId, quizKey: SMALL })).resolves.toBeDefined()
  })

  it('refuses to go on when the quiz file changed under an attempt', async () => {
    const attempt = await app.handlers.startAttempt({ profileId, quizKey: SMALL })
    const file = join(app.bundledDir, 'small.quiz.json')
    const quiz = JSON.parse(await readFile(file, 'utf8'))
    quiz.items[0].answer = 'fact'
    await writeFile(file, JSON.stringify(quiz))
    await expect(
      app.handlers.answerItem({
        profileId,
        attemptId: attempt.id,
        itemId: 'bridge-safe',
        response: classify('fact')
      })
    ).rejects.toThrow(/has changed since the attempt began/)
  })

  it('keeps other learners apart', async () => {
    const other = await app.handlers.createProfile({ name: 'Ben' })
    const attempt = await app.handlers.startAttempt({ profileId, quizKey: SMALL })
    await expect(
      app.handlers.getAttempt({ profileId: other.id, attemptId: attempt.id })
    ).rejects.toThrow(/not found/)
    expect((await app.handlers.listAttempts({ profileId: other.id })).attempts).toEqual([])
  })
})

describe('answers sent at the same moment', () => {
  it('keeps the first and refuses a different second one for the same item', async () => {
    const attempt = await app.handlers.startAttempt({ profileId, quizKey: SMALL })
    const request = { profileId, attemptId: attempt.id, itemId: 'bridge-safe' }
    const results = await Promise.allSettled([
      app.handlers.answerItem({ ...request, response: classify('fact') }),
      app.handlers.answerItem({ ...request, response: classify('allegation') })
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected'])
    expect((await onDisk(attempt.id)).answers.map((a) => a.response)).toEqual([classify('fact')])
  })

  it('loses none of a burst of answers to consecutive items', async () => {
    const attempt = await app.handlers.startAttempt({ profileId, quizKey: SMALL })
    const labels = ['allegation', 'fact', 'date', 'allegation']
    await Promise.all(
      attempt.itemIds.map((itemId, i) =>
        app.handlers.answerItem({
          profileId,
          attemptId: attempt.id,
          itemId,
          response: classify(labels[i]!)
        })
      )
    )
    const saved = await onDisk(attempt.id)
    expect(saved.answers.map((a) => a.itemId)).toEqual(attempt.itemIds)
    expect(saved.answers.every((a) => a.correct)).toBe(true)
  })
})

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  cachedValidator,
  offThreadValidator,
  OFF_THREAD_CHARS
} from '../../../src/main/services/quiz-validator'
import { validateQuizText } from '../../../src/shared/quiz-validation'
import { bundleForNode } from '../../fixtures/node-bundle'
import { smallQuizInput } from '../../fixtures/quizzes'
import { worstQuizFiles } from '../../fixtures/worst-quizzes'

let workerFile: string
let folder: string

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'says-who-validator-'))
  workerFile = await bundleForNode('src/main/validation-worker.ts', 'validation-worker')
})
afterAll(() => rm(folder, { recursive: true, force: true }))

describe('the validation cache', () => {
  it('checks a file once: a start with the same file only parses it, a changed file is checked again', async () => {
    const text = JSON.stringify(smallQuizInput())
    const inner = vi.fn(async (t: string) => validateQuizText(t))
    expect((await cachedValidator(folder, inner)(text)).ok).toBe(true)
    expect(inner).toHaveBeenCalledTimes(1)

    // A new start: a new cache over the same data folder.
    const afterRestart = vi.fn(async (t: string) => validateQuizText(t))
    const again = await cachedValidator(folder, afterRestart)(text)
    expect(again.ok && again.quiz.items.length).toBe(4)
    expect(afterRestart).not.toHaveBeenCalled()

    const changed = smallQuizInput()
    changed.title = 'A small quiz, corrected'
    await cachedValidator(folder, afterRestart)(JSON.stringify(changed))
    expect(afterRestart).toHaveBeenCalledTimes(1)
  })

  it('never remembers an invalid file', async () => {
    const bad = smallQuizInput()
    bad.items[0]!.target = { exact: 'not in the article' }
    const inner = vi.fn(async (t: string) => validateQuizText(t))
    await cachedValidator(folder, inner)(JSON.stringify(bad))
    await cachedValidator(folder, inner)(JSON.stringify(bad))
    expect(inner).toHaveBeenCalledTimes(2)
  })
})

describe('validation off the main thread', () => {
  it('keeps the event loop turning while a large file is checked, with the same verdict', async () => {
    const worst = worstQuizFiles()[0]!
    expect(worst.text.length).toBeGreaterThan(OFF_THREAD_CHARS)
    const validate = offThreadValidator(workerFile)
    let ticks = 0
    const timer = setInterval(() => ticks++, 1)
    const result = await validate(worst.text)
    clearInterval(timer)
    expect(result.ok).toBe(true)
    // On this thread the same validation would let no timer run at all until it ended.
    expect(ticks).toBeGreaterThan(5)
    const small = await validate(JSON.stringify(smallQuizInput()))
    expect(small.ok).toBe(true)
  }, 60_000)
})

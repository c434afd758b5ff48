import { describe, expect, it } from 'vitest'
import { useBusyAction } from '../../../src/renderer/src/composables/busy-action'

describe('an action behind a button', () => {
  it('is busy while it runs, and a second press meanwhile does nothing', async () => {
    const { busy, run } = useBusyAction()
    let finish: (value: string) => void = () => undefined
    let started = 0
    const first = run(
      () =>
        new Promise<string>((resolve) => {
          started++
          finish = resolve
        })
    )
    expect(busy.value).toBe(true)
    expect(await run(async () => 'second')).toBeUndefined()
    expect(started).toBe(1)
    finish('saved')
    expect(await first).toBe('saved')
    expect(busy.value).toBe(false)
  })

  it("keeps a failure's sentence for the screen, and clears it when the next action starts", async () => {
    const { busy, error, run } = useBusyAction()
    expect(
      await run(() => Promise.reject(new Error('The disk is full: week3.result.json.')))
    ).toBeUndefined()
    expect(error.value).toBe('The disk is full: week3.result.json.')
    expect(busy.value).toBe(false)
    let seen: string | null = 'unset'
    await run(async () => {
      seen = error.value
    })
    expect(seen).toBeNull()
    expect(error.value).toBeNull()
  })
})

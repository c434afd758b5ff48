import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  WINDOW_STATE_FILE,
  fitToDisplays,
  readWindowState,
  setupWindowState,
  type StatefulWindow
} from '../../../src/main/window-state'

let dataDir = ''
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'says-who-window-'))
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

const laptop = { x: 0, y: 0, width: 1366, height: 728 }
const monitor = { x: 1366, y: 0, width: 1920, height: 1040 }
const screenOf = (...areas: (typeof laptop)[]) => ({
  getAllDisplays: () => areas.map((workArea) => ({ workArea }))
})

/** A stand-in for BrowserWindow that records what it was told and closes on demand. */
function fakeWindow(bounds = { x: 10, y: 20, width: 1100, height: 700 }, maximized = false) {
  const calls: string[] = []
  let close: () => void = () => undefined
  let ready: () => void = () => undefined
  const window: StatefulWindow = {
    setBounds: (b) => calls.push(`setBounds ${b.x},${b.y} ${b.width}x${b.height}`),
    maximize: () => calls.push('maximize'),
    isMaximized: () => maximized,
    getNormalBounds: () => bounds,
    on: (_event, listener) => (close = listener),
    once: (_event, listener) => (ready = listener)
  }
  return { window, calls, close: () => close(), ready: () => ready() }
}

describe('the window remembers its size and place', () => {
  it('saves on close and puts the window back there on the next start', async () => {
    const first = fakeWindow({ x: 1500, y: 40, width: 1200.4, height: 800 }, true)
    setupWindowState(first.window, dataDir, screenOf(laptop, monitor))
    expect(first.calls).toEqual([])
    first.close()
    expect(JSON.parse(await readFile(join(dataDir, WINDOW_STATE_FILE), 'utf8'))).toEqual({
      x: 1500,
      y: 40,
      width: 1200,
      height: 800,
      maximized: true
    })
    const second = fakeWindow()
    setupWindowState(second.window, dataDir, screenOf(laptop, monitor))
    expect(second.calls).toEqual(['setBounds 1500,40 1200x800'])
    second.ready()
    expect(second.calls).toEqual(['setBounds 1500,40 1200x800', 'maximize'])
  })

  it('moves a window left on an unplugged monitor back onto a display there is', () => {
    const saved = { x: 1500, y: 40, width: 1200, height: 800, maximized: false }
    expect(fitToDisplays(saved, [laptop])).toEqual({
      x: 166,
      y: 0,
      width: 1200,
      height: 728,
      maximized: false
    })
  })

  it('shrinks a window larger than the display, and keeps a title bar within reach', () => {
    expect(
      fitToDisplays({ x: -50, y: -30, width: 4000, height: 3000, maximized: false }, [laptop])
    ).toEqual({ x: 0, y: 0, width: 1366, height: 728, maximized: false })
    // Partly off the right edge but grabbable: left where the person put it.
    expect(
      fitToDisplays({ x: 1000, y: 100, width: 800, height: 600, maximized: false }, [
        laptop,
        monitor
      ])
    ).toMatchObject({ x: 1000, y: 100 })
  })

  it('ignores a state file that is damaged, hostile or not ours', async () => {
    for (const text of [
      '{"x": 1',
      '{"x":1,"y":2,"width":3,"height":4,"maximized":false,"__proto__":{"polluted":true}}',
      '{"x":"1","y":2,"width":3,"height":4,"maximized":false}',
      '{"x":1e9,"y":2,"width":800,"height":600,"maximized":false}',
      '[]'
    ]) {
      await writeFile(join(dataDir, WINDOW_STATE_FILE), text)
      expect(readWindowState(dataDir), text).toBeNull()
      const { window, calls } = fakeWindow()
      setupWindowState(window, dataDir, screenOf(laptop))
      expect(calls).toEqual([])
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('a close that cannot save is reported, not thrown', async () => {
    await writeFile(join(dataDir, 'blocker'), 'a file')
    const errors: unknown[] = []
    const { window, close } = fakeWindow()
    setupWindowState(window, join(dataDir, 'blocker'), screenOf(laptop), (e) => errors.push(e))
    expect(() => close()).not.toThrow()
    expect(errors).toHaveLength(1)
  })
})

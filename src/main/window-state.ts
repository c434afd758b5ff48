import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { parseUntrustedJson } from '../shared/untrusted-json'

export const WINDOW_STATE_FILE = 'window-state.json'
const MIN_WIDTH = 640
const MIN_HEIGHT = 480
/** How much of the title bar must lie on a display for a person to grab the window. */
const MIN_VISIBLE = 100

interface Rect {
  x: number
  y: number
  width: number
  height: number
}
const coordinate = z.int().min(-100_000).max(100_000)
const stateSchema = z.strictObject({
  x: coordinate,
  y: coordinate,
  width: z.int().min(1).max(100_000),
  height: z.int().min(1).max(100_000),
  maximized: z.boolean()
})
export type WindowState = z.infer<typeof stateSchema>

/** The saved place, or null when there is none or it is not one this app wrote. */
export function readWindowState(dataDir: string): WindowState | null {
  try {
    const parsed = parseUntrustedJson(readFileSync(join(dataDir, WINDOW_STATE_FILE), 'utf8'))
    const checked = parsed.ok ? stateSchema.safeParse(parsed.value) : null
    return checked?.success ? checked.data : null
  } catch {
    return null
  }
}

/**
 * Synchronous, because it runs as the window closes and the app may quit right after; the temp
 * file and rename keep a torn write from leaving half a file.
 */
export function writeWindowState(dataDir: string, state: WindowState): void {
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, WINDOW_STATE_FILE)
  const temp = `${file}.tmp-${randomBytes(8).toString('hex')}`
  writeFileSync(temp, JSON.stringify(state), { mode: 0o600 })
  renameSync(temp, file)
}

/**
 * The saved bounds made to fit the displays there are now: no larger than the display's work
 * area, and moved onto the nearest display when a monitor was unplugged and the title bar
 * would be out of reach. Null when nothing was saved.
 */
export function fitToDisplays(state: WindowState | null, workAreas: Rect[]): WindowState | null {
  if (state === null || workAreas.length === 0) return null
  const visible = (area: Rect) =>
    Math.min(state.x + state.width, area.x + area.width) - Math.max(state.x, area.x) >=
      Math.min(MIN_VISIBLE, state.width) &&
    state.y >= area.y &&
    state.y < area.y + area.height - 20
  const onScreen = workAreas.find(visible)
  const area = onScreen ?? nearest(state, workAreas)
  const width = clamp(state.width, Math.min(MIN_WIDTH, area.width), area.width)
  const height = clamp(state.height, Math.min(MIN_HEIGHT, area.height), area.height)
  // Where the person can still grab it, the window stays where they put it, across displays.
  if (onScreen && width === state.width && height === state.height) return state
  return {
    x: clamp(state.x, area.x, area.x + area.width - width),
    y: clamp(state.y, area.y, area.y + area.height - height),
    width,
    height,
    maximized: state.maximized
  }
}

function nearest(state: WindowState, areas: Rect[]): Rect {
  const distance = (area: Rect) =>
    Math.hypot(area.x + area.width / 2 - state.x, area.y + area.height / 2 - state.y)
  return [...areas].sort((a, b) => distance(a) - distance(b))[0] as Rect
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value))
}

/** The window's parts this needs: Electron's BrowserWindow has them all. */
export interface StatefulWindow {
  setBounds: (bounds: Rect) => void
  maximize: () => void
  isMaximized: () => boolean
  getNormalBounds: () => Rect
  on: (event: 'close', listener: () => void) => unknown
  once: (event: 'ready-to-show', listener: () => void) => unknown
}

/** Puts the window where it was last time, and remembers where it is when it closes. */
export function setupWindowState(
  window: StatefulWindow,
  dataDir: string,
  screen: { getAllDisplays: () => { workArea: Rect }[] },
  onError: (error: unknown) => void = () => undefined
): void {
  const areas = screen.getAllDisplays().map((display) => display.workArea)
  const fitted = fitToDisplays(readWindowState(dataDir), areas)
  if (fitted) {
    window.setBounds({ x: fitted.x, y: fitted.y, width: fitted.width, height: fitted.height })
    // Maximising shows a window on some systems: wait until its page is ready to be seen.
    if (fitted.maximized) window.once('ready-to-show', () => window.maximize())
  }
  window.on('close', () => {
    try {
      const bounds = window.getNormalBounds()
      writeWindowState(dataDir, {
        ...roundRect(bounds),
        maximized: window.isMaximized()
      })
    } catch (error) {
      onError(error)
    }
  })
}

function roundRect(rect: Rect): Rect {
  return {
    x: Math.round(rect.x),
    y: Math.round(rect.y),
    width: Math.round(rect.width),
    height: Math.round(rect.height)
  }
}

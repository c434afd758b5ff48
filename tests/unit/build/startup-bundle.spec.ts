import { readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  HEAVY_LIBRARY_MARKERS,
  buildApp,
  markersIn,
  rendererIndex,
  startupScripts,
  type StartupScripts
} from './startup-graph'

const ROOT = resolve(import.meta.dirname, '../../..')
/**
 * 60 KB held the app's own start (Vue, Pinia, the router, the first screens) until the interface
 * was translated: vue-i18n's runtime and intl-messageformat add about 43 KB, which every
 * first screen needs. The limit keeps the rest from growing unnoticed.
 */
const STARTUP_GZIP_LIMIT = 108 * 1024

/**
 * Builds the app into a temporary folder, or reads the build in STARTUP_BUNDLE_OUT (a folder
 * `electron-vite build --outDir` wrote) to save the build when one was just made.
 */
async function builtApp(): Promise<{ outDir: string; temporary: boolean }> {
  const given = process.env['STARTUP_BUNDLE_OUT']
  if (given) return { outDir: resolve(ROOT, given), temporary: false }
  const outDir = await mkdtemp(join(tmpdir(), 'says-who-startup-'))
  await buildApp(ROOT, outDir)
  return { outDir, temporary: true }
}

describe('the JavaScript a learner’s start loads', () => {
  let build: { outDir: string; temporary: boolean }
  let startup: StartupScripts

  beforeAll(async () => {
    build = await builtApp()
    startup = startupScripts(rendererIndex(build.outDir))
  }, 180_000)

  afterAll(async () => {
    if (build?.temporary) await rm(build.outDir, { recursive: true, force: true })
  })

  it('is at most 108 KB gzipped: the entry chunk and what it imports statically', () => {
    expect(startup.files.length).toBeGreaterThan(0)
    expect(startup.gzipBytes).toBeLessThanOrEqual(STARTUP_GZIP_LIMIT)
  })

  it('holds nothing of zod, the drafting libraries, papaparse or chart.js', () => {
    expect(markersIn(startup.texts)).toEqual([])
  })

  it('still finds each of those libraries in the chunks loaded on demand (the markers are not stale)', () => {
    const assets = join(build.outDir, 'renderer', 'assets')
    const lazy = readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(assets, file), 'utf8'))
    const found = new Set(markersIn(lazy).map((hit) => hit.split(' ')[0]))
    expect([...found].sort()).toEqual(Object.keys(HEAVY_LIBRARY_MARKERS).sort())
  })

  it('loads the teacher screens on demand, not at start', () => {
    for (const screen of ['EditorView', 'ReportView', 'PreviewView', 'LearnersView'])
      expect(startup.files.some((file) => file.includes(screen))).toBe(false)
    expect(startup.texts.join('\n')).toMatch(/import\(["'`]\.\/EditorView-[\w-]+\.js["'`]\)/)
  })
})

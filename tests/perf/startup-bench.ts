// Startup of the renderer against a bare Vue 3 + Pinia + vue-router app (tests/perf/reference-app)
// built the same way, in Debian's Chromium: time to the first screen, heap on the library screen,
// and the JavaScript loaded at start. Run alone: `tsx tests/perf/startup-bench.ts`.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { build } from 'vite'
import { createDispatch } from '../../src/main/dispatch'
import { createServices } from '../../src/main/services/handlers'
import { OpenedFiles } from '../../src/main/services/opened-files'
import { API_GLOBAL, CHANNEL_NAMES } from '../../src/shared/channels'
import { buildApp, rendererIndex, startupScripts } from '../unit/build/startup-graph'
import { formatTable, interleaved, type BenchRow } from './bench-kit'

const ROOT = resolve(import.meta.dirname, '../..')
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 15)
const LEARNER = 'Amira'
const REFERENCE_ENTRIES = [
  { id: 'kabul-airport', title: 'Who attacked Kabul airport?', itemCount: 31 },
  { id: 'week-2', title: 'Week 2', itemCount: 12 },
  { id: 'week-3', title: 'Week 3', itemCount: 18 }
]

async function buildReference(outDir: string): Promise<string> {
  const root = join(ROOT, 'tests/perf/reference-app')
  await build({
    root,
    base: './',
    configFile: false,
    logLevel: 'silent',
    plugins: [vue({ features: { optionsAPI: false } })],
    build: { outDir, emptyOutDir: true, minify: true, sourcemap: false }
  })
  return join(outDir, 'index.html')
}

/**
 * Records, inside the page, when `selector` first matches and when the main thread is next free
 * after that (a task later): the screen is then drawn and answers input. ms since navigation start.
 */
function watchReady(selector: string): void {
  // Runs in the page; this file is type-checked without the DOM library, hence the local shapes.
  interface Observer {
    observe: (target: unknown, options: object) => void
    disconnect: () => void
  }
  const page = globalThis as unknown as {
    __ready?: Promise<number>
    MutationObserver: new (callback: () => void) => Observer
    document: {
      documentElement: unknown
      querySelector: (selector: string) => unknown
      addEventListener: (type: string, listener: () => void, options: object) => void
    }
  }
  page.__ready = new Promise((done) => {
    const doc = page.document
    const check = (observer?: Observer): boolean => {
      if (!doc.querySelector(selector)) return false
      observer?.disconnect()
      setTimeout(() => done(performance.now()), 0)
      return true
    }
    const observer: Observer = new page.MutationObserver(() => check(observer))
    const start = (): void => {
      if (!check()) observer.observe(doc, { childList: true, subtree: true })
    }
    if (doc.documentElement) start()
    else doc.addEventListener('readystatechange', start, { once: true })
  })
}

/** `fn(argument)` as page script text; tsx's keep-names helper (`__name`) does not exist in the page. */
const pageScript = <T>(fn: (argument: T) => void, argument: T): { content: string } => ({
  content: `var __name = (target) => target;\n(${fn.toString()})(${JSON.stringify(argument)})`
})

async function readyAt(page: Page): Promise<number> {
  const ready = page.evaluate(() => (globalThis as unknown as { __ready: Promise<number> }).__ready)
  const timeout = new Promise<never>((_, fail) =>
    setTimeout(
      () => fail(new Error(`${page.url()} showed no first screen in 30 s.`)),
      30_000
    ).unref()
  )
  return Promise.race([ready, timeout])
}

/** JS heap in use after a full garbage collection, in MB. */
async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1e6
}

/** The app's renderer with its API bound to the real services, as tests/e2e/harness.ts does. */
async function bindApp(context: BrowserContext, dataDir: string): Promise<void> {
  const dispatch = createDispatch(
    createServices({
      dataDir,
      bundledQuizDir: join(ROOT, 'quizzes'),
      chooseFiles: async () => null,
      printToPdf: async () => Buffer.alloc(0),
      openedFiles: new OpenedFiles()
    }),
    () => undefined
  )
  const created = await dispatch('createProfile', { name: LEARNER })
  if (!created.ok) throw new Error(`Could not add the bench's learner: ${created.error.message}`)
  await context.exposeBinding('__saysWhoInvoke', (_source, channel: string, argument: unknown) =>
    dispatch(channel, argument)
  )
  await context.addInitScript(
    ({ names, global }) => {
      const host = globalThis as unknown as Record<string, unknown> & {
        __saysWhoInvoke: (c: string, a: unknown) => Promise<unknown>
      }
      host[global] = Object.fromEntries(
        names.map((name) => [name, (argument?: unknown) => host.__saysWhoInvoke(name, argument)])
      )
    },
    { names: [...CHANNEL_NAMES], global: API_GLOBAL }
  )
}

export async function startupRows(): Promise<BenchRow[]> {
  const work = await mkdtemp(join(tmpdir(), 'says-who-startup-bench-'))
  // Debian's Chromium, as the e2e tests run it (module scripts from file:// need the last flag).
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--allow-file-access-from-files'
    ]
  })
  try {
    const given = process.env['SAYS_WHO_OUT']
    const appOut = given ? resolve(ROOT, given) : join(work, 'app')
    if (!given) await buildApp(ROOT, appOut)
    const appIndex = rendererIndex(appOut)
    const referenceIndex = await buildReference(join(work, 'reference'))

    const appContext = await browser.newContext()
    await bindApp(appContext, join(work, 'data'))
    await appContext.addInitScript(pageScript(watchReady, '.profile-list button'))
    const referenceContext = await browser.newContext()
    await referenceContext.exposeBinding('referenceList', () => REFERENCE_ENTRIES)
    await referenceContext.addInitScript(pageScript(watchReady, '.entries button'))

    const firstScreen = { app: [] as number[], reference: [] as number[] }
    const heap = { app: [] as number[], reference: [] as number[] }
    const openApp = async (): Promise<void> => {
      const page = await appContext.newPage()
      await page.goto(pathToFileURL(appIndex).href)
      firstScreen.app.push(await readyAt(page))
      await page.getByRole('button', { name: LEARNER }).click()
      await page.locator('.quiz-card').first().waitFor()
      // Whatever loads when the page is idle (the PIN screen) counts: measure the library as it stays.
      await page.waitForTimeout(1_500)
      heap.app.push(await heapMb(page))
      await page.close()
    }
    const openReference = async (): Promise<void> => {
      const page = await referenceContext.newPage()
      await page.goto(pathToFileURL(referenceIndex).href)
      firstScreen.reference.push(await readyAt(page))
      await page.waitForTimeout(1_500)
      heap.reference.push(await heapMb(page))
      await page.close()
    }
    await interleaved({ app: openApp, reference: openReference }, ROUNDS)
    // interleaved's own timings include the fixed waits; the in-page figures above are the measure.
    const warm = (xs: number[]): number[] => xs.slice(-ROUNDS)

    const appBytes = startupScripts(appIndex).gzipBytes / 1024
    const referenceBytes = startupScripts(referenceIndex).gzipBytes / 1024
    return [
      {
        measure:
          'navigation → first screen interactive (learners screen; the library needs a click)',
        reference: 'bare Vue 3 + Pinia + vue-router list, same build',
        subject: warm(firstScreen.app),
        referenceSamples: warm(firstScreen.reference),
        unit: 'ms',
        goal: 1.3
      },
      {
        measure: 'renderer JS heap on the library screen, after GC',
        reference: 'the bare app on its list, after GC',
        subject: warm(heap.app),
        referenceSamples: warm(heap.reference),
        unit: 'MB',
        goal: 2,
        note: 'editor, report and class list load once someone opens the PIN screen, not for learners'
      },
      {
        measure: 'JavaScript loaded at start, gzip',
        reference: 'the bare app',
        subject: [appBytes],
        referenceSamples: [referenceBytes],
        unit: 'KB',
        goal: null,
        // 60 KB was the goal before the interface was translated; vue-i18n, intl-messageformat and
        // the learners' messages add about 49 KB, and the unit test now holds the start to 108 KB.
        note: `goal ≤ 60 KB gzip before translation: ${appBytes <= 60 ? 'met' : 'not met'}; held ≤ 108 KB: ${appBytes <= 108 ? 'yes' : 'no'}`
      }
    ]
  } finally {
    await browser.close()
    await rm(work, { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  console.log(formatTable(await startupRows()))
}

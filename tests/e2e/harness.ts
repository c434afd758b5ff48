import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import { createDispatch, type Dispatch } from '../../src/main/dispatch'
import { createServices } from '../../src/main/services/handlers'
import { OpenedFiles } from '../../src/main/services/opened-files'
import { API_GLOBAL, CHANNEL_NAMES, type ChannelName } from '../../src/shared/channels'
import { contract } from '../../src/shared/contract'

export const PROJECT_ROOT = join(import.meta.dirname, '../..')
/** SAYS_WHO_OUT picks another build folder (`electron-vite build --outDir`), so two builds can coexist. */
export const RENDERER_URL = pathToFileURL(
  join(PROJECT_ROOT, process.env['SAYS_WHO_OUT'] ?? 'out', 'renderer/index.html')
).href
export const SCREENSHOTS = join(PROJECT_ROOT, 'docs/screenshots')

export interface AppHarness {
  page: Page
  dataDir: string
  /** What the next file dialog returns: a file, several (multi-select), or null (cancel). */
  chooseNext: (file: string | string[] | null) => void
  /** Like quitting and starting the app again: new services over the same data folder, page reloaded. */
  restart: () => Promise<void>
  /** Console errors and uncaught page errors seen so far. */
  errors: string[]
  /** Files the system asks the app to open (a double-click, a second launch), as main queues them. */
  openFiles: (paths: string[]) => void
}

/**
 * The built renderer in Chromium with the preload API bound, through Playwright, to the real
 * main-process services (the same dispatch the IPC handlers use) over a temporary data folder.
 */
export const test = base.extend<{ app: AppHarness }>({
  app: async ({ page }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'says-who-e2e-'))
    let next: string | string[] | null = null
    const openedFiles = new OpenedFiles()
    const start = (): Dispatch =>
      createDispatch(
        createServices({
          dataDir,
          bundledQuizDir: join(PROJECT_ROOT, 'quizzes'),
          // A one-file dialog takes the first of several.
          chooseFiles: async () => (next === null ? null : Array.isArray(next) ? next : [next]),
          // Chromium's own print to PDF, as Electron's webContents.printToPDF does it.
          printToPdf: async () => page.pdf({ format: 'A4', printBackground: true }),
          openedFiles
        }),
        () => undefined
      )
    let dispatch = start()
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    // The app asks main for the files it was opened with once it has mounted, after the page's
    // load event (the language comes first): a test waits for that ask before doing anything.
    let filesAsked = 0
    const started = async (asked: number): Promise<void> => {
      await expect.poll(() => filesAsked, { timeout: 15_000 }).toBeGreaterThan(asked)
    }
    await page.exposeBinding(
      '__saysWhoInvoke',
      async (_source, channel: string, argument: unknown) => {
        const result = await dispatch(channel, argument)
        if (channel === 'takeOpenedFiles') filesAsked++
        // Every answer main gives must fit the contract's result schema.
        if (result.ok && (CHANNEL_NAMES as readonly string[]).includes(channel)) {
          const checked = contract[channel as ChannelName].output.safeParse(result.value)
          if (!checked.success)
            errors.push(
              `${channel} returned a result outside the contract: ${checked.error.message}`
            )
        }
        return result
      }
    )
    await page.addInitScript(
      ({ names, global }) => {
        const invoke = (
          window as unknown as { __saysWhoInvoke: (c: string, a: unknown) => Promise<unknown> }
        ).__saysWhoInvoke
        ;(window as unknown as Record<string, unknown>)[global] = Object.fromEntries(
          names.map((name) => [name, (argument?: unknown) => invoke(name, argument)])
        )
      },
      { names: [...CHANNEL_NAMES], global: API_GLOBAL }
    )
    await page.goto(RENDERER_URL)
    await started(0)
    await skipPrimerWhenShown(page)
    await use({
      page,
      dataDir,
      chooseNext: (file) => (next = file),
      restart: async () => {
        dispatch = start()
        const asked = filesAsked
        await page.reload()
        await started(asked)
      },
      errors,
      openFiles: (paths) => openedFiles.add(paths)
    })
    await rm(dataDir, { recursive: true, force: true })
  }
})

export { expect }

export const PRIMER_HEADING = 'How to tell who says so'

/**
 * The "How to tell" primer comes before each learner's first quiz. Journeys that are not about it
 * go past it the way a learner who skips it does; primer.spec.ts takes this away to test it.
 */
const primerHandlers = new WeakMap<Page, ReturnType<Page['locator']>>()

export async function skipPrimerWhenShown(page: Page): Promise<void> {
  const heading = page.getByRole('heading', { name: PRIMER_HEADING })
  primerHandlers.set(page, heading)
  await page.addLocatorHandler(heading, async () => {
    await page.getByRole('button', { name: 'Skip this and start the quiz' }).click()
  })
}

/** For tests of the primer itself: it stays on screen until the test acts on it. */
export async function stopSkippingPrimer(page: Page): Promise<void> {
  const heading = primerHandlers.get(page)
  if (heading) await page.removeLocatorHandler(heading)
  primerHandlers.delete(page)
}

/** Presses Tab until the element is focused: reaching a control the way a keyboard user does. */
export async function tabTo(
  page: Page,
  target: ReturnType<Page['locator']>,
  limit = 60
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
      return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}

export async function addLearnerByKeyboard(page: Page, name: string): Promise<void> {
  await tabTo(page, page.getByLabel('Add a learner'))
  await page.keyboard.type(name)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Quizzes', level: 1 })).toBeVisible()
}

export const TEST_TEACHER_PIN = '2468'

/**
 * Unlocks teacher mode (setting the PIN on first use) and stays on the teacher screen; the header's
 * "Teacher: quiz editor" and "Teacher: class report" links then open their screens directly.
 */
export async function enterTeacherMode(page: Page, pin = TEST_TEACHER_PIN): Promise<void> {
  await page.goto(`${RENDERER_URL}#/teacher`)
  await unlockTeacherScreen(page, pin)
}

/**
 * On the teacher route, waits for whichever screen it shows (setting the PIN, unlocking, or the
 * teacher screen itself) and unlocks; never decides before the screen has rendered.
 */
export async function unlockTeacherScreen(page: Page, pin = TEST_TEACHER_PIN): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText(
    /Set the teacher PIN|Unlock teacher mode|Learners and class list/
  )
  const text = await heading.textContent()
  if (text?.includes('Set the teacher PIN')) {
    await page.getByLabel('New teacher PIN').fill(pin)
    await page.getByLabel('The same PIN again').fill(pin)
    await page.getByRole('button', { name: 'Set the PIN and unlock' }).click()
  } else if (text?.includes('Unlock teacher mode')) {
    await page.getByLabel('Teacher PIN').fill(pin)
    await page.getByRole('button', { name: 'Unlock' }).click()
  }
  await expect(page.getByRole('button', { name: 'Lock teacher mode' })).toBeVisible()
}

/** axe's WCAG 2 A and AA rules: no serious or critical violation on the screen as it stands. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical'
  )
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  ).toEqual([])
}

import { readFileSync, readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import type { Page } from '@playwright/test'
import { PROJECT_ROOT, enterTeacherMode, expect, test, unlockTeacherScreen } from './harness'

// The app serves its renderer from its own origin (app://), where a module worker may start; a
// file:// page may not, so this test serves the built renderer over HTTP from a local folder.
const ROOT = join(PROJECT_ROOT, process.env['SAYS_WHO_OUT'] ?? 'out', 'renderer')
const TYPES = new Map([
  ['.html', 'text/html'],
  ['.js', 'text/javascript'],
  ['.css', 'text/css'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.woff2', 'font/woff2']
])

let server: Server
let origin: string

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    // The browser asks for a favicon the app (served from app://) never needs.
    if (path === '/favicon.ico') return void response.writeHead(204).end()
    const file = join(ROOT, path === '/' ? 'index.html' : path)
    if (!file.startsWith(ROOT)) return void response.writeHead(404).end()
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, {
            'content-type': TYPES.get(extname(file)) ?? 'application/octet-stream'
          })
          .end(body),
      () => response.writeHead(404).end()
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** About 5,000 words of real news prose: the development articles' bodies, repeated. */
function longArticle(): string {
  const folder = join(PROJECT_ROOT, 'tests/fixtures/articles/dev')
  const bodies = readdirSync(folder)
    .filter((f) => f.endsWith('.labels.json'))
    .map((f) =>
      readFileSync(join(folder, f.replace(/\.labels\.json$/, '.txt')), 'utf8')
        .split('\n')
        .slice(2)
        .join('\n')
        .trim()
    )
  let text = ''
  while (text.split(/\s+/).length < 5000) text += `${bodies.join('\n\n')}\n\n`
  return `Ten stories from the wire, retold\n\n${text.trim()}`
}

async function openEditorOverHttp(page: Page): Promise<void> {
  await enterTeacherMode(page)
  await page.goto(`${origin}/index.html#/teacher`)
  // The page over HTTP starts afresh: wait for the screen it shows before unlocking it again.
  await unlockTeacherScreen(page)
  await page.getByRole('link', { name: 'Teacher: quiz editor' }).click()
}

test('drafting a 5,000-word article runs in a worker: the page keeps responding, uncertain suggestions come first, and "Accept the confident ones" takes only those', async ({
  app
}) => {
  const { page } = app
  await openEditorOverHttp(page)
  await page.getByLabel('Article text').fill(longArticle())
  await page.getByRole('button', { name: 'Start a quiz from this text' }).click()
  await expect(
    page.getByRole('heading', { name: 'Ten stories from the wire, retold' })
  ).toBeVisible()

  // Count how late the page's own timer fires while the drafting runs (until the list shows:
  // drawing a list of hundreds of suggestions is the page's own work, measured apart).
  await page.evaluate(() => {
    const w = window as unknown as { gaps: number[] }
    w.gaps = []
    let last = performance.now()
    setInterval(() => {
      const now = performance.now()
      if (!document.querySelector('.suggestion-list')) w.gaps.push(now - last)
      last = now
    }, 20)
  })
  const worker = page.waitForEvent('worker')
  await page.getByRole('button', { name: 'Draft items' }).click()
  expect((await worker).url()).toMatch(/drafting-worker/)
  await expect(page.getByRole('heading', { name: /^Suggestions \(\d+\)$/ })).toBeVisible({
    timeout: 60_000
  })
  const longest = await page.evaluate(() =>
    Math.max(...(window as unknown as { gaps: number[] }).gaps)
  )
  // Drafting 5,000 words on the page's own thread froze it for seconds; in the worker the timer is
  // late only by what a busy 2-core test machine adds, well under half a second.
  expect(longest, 'the page froze while drafting').toBeLessThan(500)

  const suggestions = page.locator('.suggestion-list > li')
  await expect(page.getByText(/\d+ to check first are listed at the top/)).toBeVisible()
  await expect(suggestions.first()).toContainText('Check first')
  await expect(suggestions.first()).toContainText('Why:')
  const total = await suggestions.count()
  const uncertain = await page.locator('.suggestion-list > li.suggestion-uncertain').count()
  expect(uncertain).toBeGreaterThan(0)
  // Uncertain ones first: none after the first confident one.
  const flags = await suggestions.evaluateAll((items) =>
    items.map((li) => li.classList.contains('suggestion-uncertain'))
  )
  expect(flags.indexOf(false)).toBe(uncertain)

  await page.screenshot({ path: test.info().outputPath('f-editor-worker-drafted.png') })
  const acceptConfident = page.getByRole('button', { name: /^Accept the confident ones/ })
  await acceptConfident.click()
  await expect(page.locator('.editor-items > li')).toHaveCount(total - uncertain)
  await expect(suggestions).toHaveCount(uncertain)
  await expect(suggestions.locator('.suggestion-check')).toHaveCount(uncertain)
  // The focus stays on a control, never dropped to the page.
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY')
  await page.screenshot({ path: test.info().outputPath('f-editor-worker.png') })
  expect(app.errors).toEqual([])
})

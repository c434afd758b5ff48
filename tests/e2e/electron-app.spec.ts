import { spawn } from 'node:child_process'
import { type ClassicQuiz } from '../fixtures/quizzes'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test, type Page } from '@playwright/test'
import { CHANNEL_NAMES } from '../../src/shared/channels'

import { PROJECT_ROOT, skipPrimerWhenShown } from './harness'

/** The Electron binary, when this machine has it; never downloads (requiring 'electron' would). */
function electronBinary(): string | null {
  const folder = join(PROJECT_ROOT, 'node_modules/electron')
  const pathFile = join(folder, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(folder, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

const binary = electronBinary()
const quiz = JSON.parse(
  readFileSync(join(PROJECT_ROOT, 'quizzes/taliban-isis-k.quiz.json'), 'utf8')
) as ClassicQuiz

test.skip(
  binary === null,
  'The Electron binary is not installed here (node_modules/electron/path.txt is missing and it cannot be downloaded on this machine); `npm start` fetches it on a machine with internet access.'
)

const sandboxArgs = process.env['CI'] ? ['--no-sandbox'] : []

async function launch(dataDir: string, files: string[] = []) {
  const app = await electron.launch({
    executablePath: binary!,
    args: [PROJECT_ROOT, ...sandboxArgs, ...files],
    env: { ...process.env, SAYS_WHO_DATA_DIR: dataDir }
  })
  const window = await app.firstWindow()
  await skipPrimerWhenShown(window)
  return { app, window }
}

async function answer(window: Page, index: number): Promise<void> {
  const item = quiz.items[index]!
  await expect(window.locator('blockquote.passage')).toHaveText(`“${item.target.exact}”`)
  await window.keyboard.press(
    String(quiz.labels.findIndex((label) => label.id === item.answer) + 1)
  )
  await expect(window.locator('.feedback h3')).toContainText('✓ Right')
  await window.keyboard.press('Enter')
}

test('the real app: the preload API works in the sandbox, progress survives a restart', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'says-who-electron-'))
  try {
    let { app, window } = await launch(dataDir)
    expect(
      await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)
    ).toBe('undefined')
    expect(
      await window.evaluate(
        () => Object.keys((window as unknown as { saysWho: object }).saysWho).length
      )
    ).toBe(CHANNEL_NAMES.length)
    // Served from the app's own privileged scheme, not from file://.
    expect(window.url()).toMatch(/^app:\/\/bundle\/index\.html/)
    await window.getByLabel('Add a learner').fill('Amira')
    await window.keyboard.press('Enter')
    await window.getByRole('button', { name: `Start ${quiz.title}` }).click()
    for (let index = 0; index < 5; index++) await answer(window, index)
    await app.close()

    ;({ app, window } = await launch(dataDir))
    await window.getByRole('button', { name: 'Amira' }).click()
    await window.getByRole('button', { name: 'Resume at item 6' }).click()
    for (let index = 5; index < quiz.items.length; index++) await answer(window, index)
    await expect(window.getByRole('heading', { level: 1 })).toHaveText(
      `You scored ${quiz.items.length} out of ${quiz.items.length} (100%)`
    )
    await app.close()
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
})

/** A copy of the shipped quiz under another id and title, as a teacher would hand one out. */
async function handOutQuiz(folder: string, name: string, title: string): Promise<string> {
  const file = join(folder, name)
  await writeFile(
    file,
    JSON.stringify({ ...quiz, id: title.toLowerCase().replace(/\W+/g, '-'), title })
  )
  return file
}

test('the real app: the menu has the standard menus and the About item', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'says-who-electron-'))
  try {
    const { app } = await launch(dataDir)
    const menu = await app.evaluate(({ Menu }) => {
      const labels = (items: Electron.MenuItem[]): string[] =>
        items.flatMap((item) => [item.label, ...labels(item.submenu?.items ?? [])])
      const top = Menu.getApplicationMenu()?.items ?? []
      return { top: top.map((item) => item.label), all: labels(top) }
    })
    expect(menu.top).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Window', 'Help']))
    expect(menu.all).toContain('About Says Who?')
    await app.close()
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
})

test('the real app: a .quiz.json on the command line is imported and shown on the library', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'says-who-electron-'))
  try {
    const file = await handOutQuiz(dataDir, 'week 3.quiz.json', 'Week three')
    const { app, window } = await launch(dataDir, [file])
    await expect(
      window.getByRole('status').filter({ hasText: 'Opened week 3.quiz.json' })
    ).toBeVisible()
    await window.getByLabel('Add a learner').fill('Amira')
    await window.keyboard.press('Enter')
    await expect(
      window.getByRole('status').filter({ hasText: 'Week three was added' })
    ).toBeVisible()
    await expect(window.getByRole('button', { name: 'Start Week three' })).toBeVisible()
    await app.close()
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
})

test('the real app: a second launch hands its quiz file to the first and quits', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'says-who-electron-'))
  try {
    const { app, window } = await launch(dataDir)
    await window.getByLabel('Add a learner').fill('Bea')
    await window.keyboard.press('Enter')
    await expect(window.getByRole('heading', { name: 'Quizzes', level: 1 })).toBeVisible()
    const file = await handOutQuiz(dataDir, 'handed.quiz.json', 'Handed over')
    // Same data folder, so the same single-instance lock: the second process must exit at once.
    const second = spawn(binary!, [PROJECT_ROOT, ...sandboxArgs, file], {
      env: { ...process.env, SAYS_WHO_DATA_DIR: dataDir },
      stdio: 'ignore'
    })
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve))
    expect(code).toBe(0)
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
    // Main focused its window; a window manager may not pass the focus on under test, so the
    // page is told, as the focus would tell it.
    await window.evaluate(() => globalThis.dispatchEvent(new Event('focus')))
    await expect(
      window.getByRole('status').filter({ hasText: 'Handed over was added' })
    ).toBeVisible()
    await app.close()
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
})

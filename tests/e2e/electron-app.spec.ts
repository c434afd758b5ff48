import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test, type Page } from '@playwright/test'
import { CHANNEL_NAMES } from '../../src/shared/channels'
import type { Quiz } from '../../src/shared/quiz-format'
import { PROJECT_ROOT } from './harness'

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
) as Quiz

test.skip(
  binary === null,
  'The Electron binary is not installed here (node_modules/electron/path.txt is missing and it cannot be downloaded on this machine); `npm start` fetches it on a machine with internet access.'
)

async function launch(dataDir: string) {
  const app = await electron.launch({
    executablePath: binary!,
    args: [PROJECT_ROOT, ...(process.env['CI'] ? ['--no-sandbox'] : [])],
    env: { ...process.env, SAYS_WHO_DATA_DIR: dataDir }
  })
  return { app, window: await app.firstWindow() }
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

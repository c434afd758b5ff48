import { cp, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { expect, RENDERER_URL, test, TEST_TEACHER_PIN } from './harness'

// The teacher's screens load on demand. If one's file is missing (a damaged installation), the
// person gets a sentence saying so, not a blank window.
test('a teacher screen whose code is missing says so, and the rest of the app still works', async ({
  app
}) => {
  const { page } = app
  const copy = await mkdtemp(join(tmpdir(), 'says-who-damaged-'))
  try {
    await cp(dirname(fileURLToPath(RENDERER_URL)), copy, { recursive: true })
    const assets = join(copy, 'assets')
    const editorChunks = (await readdir(assets)).filter((file) => /^EditorView-.*\.js$/.test(file))
    expect(editorChunks).toHaveLength(1)
    await rm(join(assets, editorChunks[0] as string))
    const damaged = pathToFileURL(join(copy, 'index.html')).href

    await page.goto(`${damaged}#/teacher`)
    await page.getByLabel('New teacher PIN').fill(TEST_TEACHER_PIN)
    await page.getByLabel('The same PIN again').fill(TEST_TEACHER_PIN)
    await page.getByRole('button', { name: 'Set the PIN and unlock' }).click()
    await expect(page.getByRole('button', { name: 'Lock teacher mode' })).toBeVisible()

    const nav = page.getByRole('navigation', { name: 'Main' })
    await nav.getByRole('link', { name: 'Teacher: quiz editor' }).click()
    const alert = page.getByRole('alert')
    await expect(alert).toHaveText(
      'The "Quiz editor" screen could not be opened: part of Says Who? may be missing or damaged. ' +
        'Close the app and open it again; if this keeps happening, reinstall it.'
    )
    await page.screenshot({ path: test.info().outputPath('pw-i-missing-editor.png') })

    // The other teacher screens still open, and the sentence goes once one does.
    await nav.getByRole('link', { name: 'Teacher: class report' }).click()
    await expect(page.getByRole('heading', { name: 'Class report', level: 1 })).toBeVisible()
    await expect(alert).toHaveCount(0)

    // Opened directly (as a restart on that screen would), the window is not blank either.
    await page.goto(`${damaged}#/editor`)
    await expect(page.getByRole('alert')).toContainText('"Quiz editor" screen could not be opened')
    await expect(nav.getByRole('link', { name: 'Teacher: class report' })).toBeVisible()
  } finally {
    await rm(copy, { recursive: true, force: true })
  }
})

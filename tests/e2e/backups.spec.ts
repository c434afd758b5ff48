import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { setupDailyBackup } from '../../src/main/services/backups'
import {
  SCREENSHOTS,
  addLearnerByKeyboard,
  enterTeacherMode,
  expect,
  expectNoSeriousAxeViolations,
  test
} from './harness'

const learnerNames = (page: Page) =>
  page.getByRole('list', { name: 'Learners on this computer' }).locator('.learner-name')

async function openClassList(page: Page): Promise<void> {
  await enterTeacherMode(page)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Teacher: class list' })
    .click()
  await expect(page.getByRole('heading', { name: 'Learners and class list' })).toBeVisible()
}

test('the teacher backs up to a zip, restores it after changes, is refused a torn one, and can undo the restore', async ({
  app
}) => {
  const { page } = app
  await addLearnerByKeyboard(page, 'Amira')
  await openClassList(page)
  await expect(learnerNames(page)).toHaveText(['Amira'])

  const away = await mkdtemp(join(tmpdir(), 'says-who-e2e-usb-'))
  const zip = join(away, 'Says Who backup.zip')
  app.chooseNext(zip)
  await page.getByRole('button', { name: 'Back up…' }).click()
  const saved = page.getByRole('status').filter({ hasText: 'Backup saved as' })
  await expect(saved).toHaveText(/^Backup saved as Says Who backup\.zip \(\d+ files?\)\.$/)
  await expect(saved).toBeFocused()
  expect((await stat(zip)).size).toBeGreaterThan(100)

  // The class changes after the backup.
  await page.getByLabel('Or paste the names').fill('Bea\nCarl')
  await page.getByRole('button', { name: 'Import 2 names' }).click()
  await expect(learnerNames(page)).toHaveText(['Amira', 'Bea', 'Carl'])

  // Restore…: checked first, and what the file holds is shown before anything is replaced.
  app.chooseNext(zip)
  await page.getByRole('button', { name: 'Restore from a file…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' })
  await expect(dialog).toContainText('holds 1 learner, 0 attempts, 0 imported quizzes')
  await expect(dialog.getByRole('button', { name: 'Keep the current data' })).toBeFocused()
  await page.screenshot({ path: join(SCREENSHOTS, 'backup-restore.png') })
  await dialog.getByRole('button', { name: 'Replace the data with this backup' }).click()
  const restored = page.getByRole('status').filter({ hasText: 'Restored the backup of' })
  await expect(restored).toContainText('1 learner')
  await expect(restored).toContainText('The data from before is kept as a backup.')
  await expect(restored).toBeFocused()
  await expect(learnerNames(page)).toHaveText(['Amira'])
  const roster = JSON.parse(await readFile(join(app.dataDir, 'profiles.json'), 'utf8')) as {
    profiles: { name: string }[]
  }
  expect(roster.profiles.map((p) => p.name)).toEqual(['Amira'])

  // A zip cut short is refused with a sentence, and nothing changes.
  const torn = join(away, 'torn.zip')
  const bytes = await readFile(zip)
  await writeFile(torn, bytes.subarray(0, bytes.length - 60))
  app.chooseNext(torn)
  await page.getByRole('button', { name: 'Restore from a file…' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    /^⚠? ?torn\.zip cannot be restored: it is not a complete zip file/
  )
  await expect(dialog).toBeHidden()
  await expect(learnerNames(page)).toHaveText(['Amira'])

  // The data from just before the restore is among the backups kept here: the restore is undone.
  const kept = page.getByRole('list', { name: 'Backups kept on this computer' })
  const beforeRestore = kept.getByRole('listitem').filter({ hasText: 'before a restore' })
  await expect(beforeRestore).toContainText('3 learners')
  await page.screenshot({ path: test.info().outputPath('backups-section.png'), fullPage: true })
  await expectNoSeriousAxeViolations(page)
  await beforeRestore.getByRole('button', { name: /Restore the backup of/ }).click()
  await dialog.getByRole('button', { name: 'Replace the data with this backup' }).click()
  await expect(learnerNames(page)).toHaveText(['Amira', 'Bea', 'Carl'])
  expect(app.errors).toEqual([])
  await rm(away, { recursive: true, force: true })
})

test('a damaged attempt file is put back from the newest backup that has it, and the learner is told', async ({
  app
}) => {
  const { page } = app
  await addLearnerByKeyboard(page, 'Amira')
  await page.getByRole('button', { name: /^Start The Taliban/ }).click()
  const answer = async (item: number) => {
    await expect(page.getByText(`Item ${item} of 59`)).toBeVisible()
    await page.keyboard.press('1')
    await expect(page.locator('.feedback')).toBeVisible()
    await page.keyboard.press('Enter')
  }
  await answer(1)
  await answer(2)
  // What main does at every start: the day's backup, here after two answers.
  expect(await setupDailyBackup(app.dataDir, { error: () => undefined })).toMatch(/daily\.zip$/)
  await answer(3)

  const [learner] = await readdir(join(app.dataDir, 'attempts'))
  const folder = join(app.dataDir, 'attempts', learner!)
  const [attemptFile] = await readdir(folder)
  await writeFile(join(folder, attemptFile!), '{"format": "says-who/attempt@1", "answers": [')

  await app.restart()
  await page.getByRole('button', { name: 'Amira' }).click()
  const notice = page.getByRole('status').filter({ hasText: 'Some saved files could not be read.' })
  await expect(notice).toContainText(`${attemptFile} was damaged`)
  await expect(notice).toContainText(
    /It was put back from the backup of \d{4}-\d{2}-\d{2}: answers given after/
  )
  // The copy from the backup holds the two answers given before it was made.
  await expect(page.getByText('Resume at item 3')).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('attempt-recovered.png') })
  expect((await readdir(folder)).some((name) => name.startsWith(`${attemptFile}.damaged-`))).toBe(
    true
  )
  expect(app.errors).toEqual([])
})

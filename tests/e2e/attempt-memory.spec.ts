import { readFile, readdir } from 'node:fs/promises'
import { labelOf } from '../fixtures/quizzes'
import { join } from 'node:path'
import { Backups } from '../../src/main/services/backups'
import type { Attempt } from '../../src/shared/attempt-format'
import { addLearnerByKeyboard, expect, tabTo, test } from './harness'

// Main keeps the attempt being taken in memory between answers. A backup put back while the quiz
// is open (here by a second copy of the backup service, as the teacher's restore or another
// program would) must win: the learner resumes where the restored file says, and the next answer
// goes onto the restored file instead of the copy in memory.
test('after a backup is restored mid-quiz, the learner resumes where the restored file says', async ({
  app
}) => {
  const { page } = app
  const title = 'The Taliban, ISIS-K and the Moscow attack'
  await addLearnerByKeyboard(page, 'Amira')
  await tabTo(page, page.getByRole('button', { name: `Start ${title}` }))
  await page.keyboard.press('Enter')
  const answer = async (key: string) => {
    await page.keyboard.press(key)
    await expect(page.locator('.feedback h3')).toBeVisible()
    await page.keyboard.press('Enter')
  }
  await expect(page.getByText(/^Item 1 of \d+$/)).toBeVisible()
  await answer('1')
  await expect(page.getByText(/^Item 2 of \d+$/)).toBeVisible()

  const outside = new Backups(app.dataDir)
  const backup = await outside.rotate('before-import')
  expect(backup).not.toBeNull()
  await answer('2')
  await expect(page.getByText(/^Item 3 of \d+$/)).toBeVisible()
  await outside.restore(backup as string)

  // The same running main, the page opened again: the quiz is back at item 2.
  await page.reload()
  await tabTo(page, page.getByRole('button', { name: 'Amira' }))
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByRole('button', { name: 'Resume at item 2' }))
  await page.keyboard.press('Enter')
  await expect(page.getByText(/^Item 2 of \d+$/)).toBeVisible()
  await page.keyboard.press('3')
  await expect(page.locator('.feedback-chosen')).toHaveText('You chose Date or time.')

  const folder = join(app.dataDir, 'attempts')
  const [learner] = await readdir(folder)
  const [name] = await readdir(join(folder, learner as string))
  const saved = JSON.parse(
    await readFile(join(folder, learner as string, name as string), 'utf8')
  ) as Attempt
  expect(saved.answers.map((a) => labelOf(a.response))).toEqual(['allegation', 'date'])
  expect(app.errors).toEqual([])
})

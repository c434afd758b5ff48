import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { addLearnerByKeyboard, expect, tabTo, test } from './harness'

test('a damaged progress file is set aside and reported, and everything else still loads', async ({
  app
}) => {
  const { page } = app
  await addLearnerByKeyboard(page, 'Amira')
  await page.getByRole('button', { name: /^Start The Taliban/ }).click()
  for (let i = 0; i < 3; i++) {
    await expect(page.getByText(`Item ${i + 1} of 59`)).toBeVisible()
    await page.keyboard.press('1')
    await expect(page.locator('.feedback')).toBeVisible()
    await page.keyboard.press('Enter')
  }
  await expect(page.getByText('Item 4 of 59')).toBeVisible()

  const [learner] = await readdir(join(app.dataDir, 'attempts'))
  const folder = join(app.dataDir, 'attempts', learner!)
  const [attemptFile] = await readdir(folder)
  await writeFile(join(folder, attemptFile!), '{"format": "says-who/attempt@1", "answers": [')

  await app.restart()
  await tabTo(page, page.getByRole('button', { name: 'Amira' }))
  await page.keyboard.press('Enter')
  const notice = page.getByRole('status').filter({ hasText: 'Some saved files could not be read.' })
  await expect(notice).toContainText(`${attemptFile} was damaged`)
  await expect(notice).toContainText(`set aside as ${attemptFile}.damaged-`)
  await expect(page.locator('.quiz-card')).toHaveCount(4)
  await expect(page.getByText('Resume at item')).toHaveCount(0)
  expect((await readdir(folder)).some((name) => name.startsWith(`${attemptFile}.damaged-`))).toBe(
    true
  )

  // The learner can carry on: a new attempt starts and saves as usual.
  await page.getByRole('button', { name: /^Start The Taliban/ }).click()
  await expect(page.getByText('Item 1 of 59')).toBeVisible()
  await page.keyboard.press('1')
  await expect(page.locator('.feedback')).toBeVisible()
  expect(app.errors).toEqual([])
})

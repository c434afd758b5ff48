import { readFileSync } from 'node:fs'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { validateQuizText } from '../../src/shared/quiz-validation'
import { smallQuizInput } from '../fixtures/quizzes'
import { resultFor, seededRandom } from '../fixtures/results'
import {
  PROJECT_ROOT,
  SCREENSHOTS,
  TEST_TEACHER_PIN,
  addLearnerByKeyboard,
  enterTeacherMode,
  expect,
  expectNoSeriousAxeViolations,
  test
} from './harness'
import { useLibraryQuiz } from './report-quiz'

const articleQuiz = (() => {
  const checked = validateQuizText(
    readFileSync(join(PROJECT_ROOT, 'quizzes/taliban-isis-k.quiz.json'), 'utf8')
  )
  if (!checked.ok) throw new Error('shipped quiz')
  return checked.quiz
})()

const header = (page: Page) => page.getByRole('navigation', { name: 'Main' })
const lockButton = (page: Page) => page.getByRole('button', { name: 'Lock teacher mode' })

async function expectLearnersScreen(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Who is learning today?' })).toBeVisible()
  await expect(lockButton(page)).toHaveCount(0)
}

async function unlockWith(page: Page, pin: string): Promise<void> {
  await page.getByLabel('Teacher PIN').fill(pin)
  await page.getByRole('button', { name: 'Unlock' }).click()
}

test('a learner is sent to the unlock screen; the teacher sets the PIN once, then the report and editor open', async ({
  app
}) => {
  const { page } = app
  await addLearnerByKeyboard(page, 'Amira')
  await header(page).getByRole('link', { name: 'Teacher: class report' }).click()
  await expect(page.getByRole('heading', { name: 'Set the teacher PIN', level: 1 })).toBeVisible()
  await expect(page).toHaveURL((url) => url.href.includes('#/teacher?next=/report'))
  await expect(page.getByRole('heading', { name: /Class report/ })).toHaveCount(0)
  await header(page).getByRole('link', { name: 'Teacher: quiz editor' }).click()
  await expect(page.getByRole('heading', { name: 'Set the teacher PIN', level: 1 })).toBeVisible()
  await expect(page).toHaveURL((url) => url.href.includes('#/teacher?next=/editor'))
  // A typed address does not get round it either.
  await page.goto(page.url().replace(/#.*$/, '#/learners'))
  await expect(page.getByRole('heading', { name: 'Set the teacher PIN', level: 1 })).toBeVisible()
  await page.goto(page.url().replace(/#.*$/, '#/editor'))

  await page.getByLabel('New teacher PIN').fill('12')
  await page.getByLabel('The same PIN again').fill('12')
  await page.getByRole('button', { name: 'Set the PIN and unlock' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    'The teacher PIN must be 4 to 12 digits (0–9), with nothing else.'
  )
  await expect(page.getByLabel('New teacher PIN')).toBeFocused()
  await page.getByLabel('New teacher PIN').fill(TEST_TEACHER_PIN)
  await page.getByLabel('The same PIN again').fill('1357')
  await page.getByRole('button', { name: 'Set the PIN and unlock' }).click()
  await expect(page.getByRole('alert')).toContainText('The two PINs are not the same')
  await page.getByLabel('The same PIN again').fill(TEST_TEACHER_PIN)
  await page.getByRole('button', { name: 'Set the PIN and unlock' }).click()

  // On to the screen that was asked for.
  await expect(
    page.getByRole('heading', { name: 'Build a quiz from an article', level: 1 })
  ).toBeVisible()
  const stored = readFileSync(join(app.dataDir, 'teacher.json'), 'utf8')
  expect(stored).not.toContain(TEST_TEACHER_PIN)
  await header(page).getByRole('link', { name: 'Teacher: class report' }).click()
  await expect(page.getByRole('heading', { name: 'Class report', level: 1 })).toBeVisible()
  await expect(header(page).getByRole('link', { name: 'Teacher: class list' })).toBeVisible()

  await lockButton(page).click()
  await expectLearnersScreen(page)
  await expect(page.locator('#main')).toBeFocused()
  await header(page).getByRole('link', { name: 'Teacher: class report' }).click()
  await expect(page.getByRole('heading', { name: 'Unlock teacher mode', level: 1 })).toBeVisible()
  await page.getByText('Forgot the PIN?').click()
  await expect(page.getByText('Delete the file teacher.json')).toBeVisible()
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: join(SCREENSHOTS, 'teacher-unlock.png') })
  await unlockWith(page, TEST_TEACHER_PIN)
  await expect(page.getByRole('heading', { name: 'Class report', level: 1 })).toBeVisible()
  expect(app.errors).toEqual([])
})

test('wrong PINs count down, then make the teacher wait, even after a restart', async ({ app }) => {
  const { page } = app
  await enterTeacherMode(page)
  await lockButton(page).click()
  await expectLearnersScreen(page)
  await header(page).getByRole('link', { name: 'Teacher: quiz editor' }).click()
  await unlockWith(page, '1111')
  await expect(page.getByRole('alert')).toHaveText(
    'That PIN is not right. 4 tries left before a wait.'
  )
  await expect(page.getByLabel('Teacher PIN')).toBeFocused()
  await expect(page.getByLabel('Teacher PIN')).toHaveValue('')
  for (let i = 0; i < 4; i++) {
    await unlockWith(page, '1111')
    // Each answer empties the field; the next try waits for it.
    await expect(page.getByLabel('Teacher PIN')).toHaveValue('')
  }
  await expect(page.getByRole('alert')).toHaveText(
    'That PIN is not right. Too many wrong PINs: wait 30 seconds, then try again.'
  )
  await expect(page.getByText(/You can try again in (30|29) seconds/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled()

  await app.restart()
  await page.goto(page.url().replace(/#.*$/, '#/report'))
  await expect(page.getByRole('heading', { name: 'Unlock teacher mode', level: 1 })).toBeVisible()
  await expect(page.getByText(/You can try again in \d+ seconds/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled()
})

test('locking clears the imported results; so does ten idle minutes', async ({ app }) => {
  const { page } = app
  const resultFile = test.info().outputPath('amira.result.json')
  await writeFile(
    resultFile,
    JSON.stringify(resultFor(articleQuiz, { name: 'Amira', ability: 0.8 }, seededRandom(3)))
  )
  await page.clock.install()
  await enterTeacherMode(page)
  await header(page).getByRole('link', { name: 'Teacher: class report' }).click()
  await useLibraryQuiz(page)
  app.chooseNext(resultFile)
  await page.getByRole('button', { name: 'Import result files…' }).click()
  await expect(page.getByText('Imported 1 file.')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Learners (1)' })).toBeVisible()

  await lockButton(page).click()
  await expectLearnersScreen(page)
  await enterTeacherMode(page)
  await header(page).getByRole('link', { name: 'Teacher: class report' }).click()
  await expect(page.getByRole('heading', { name: 'Class report', level: 1 })).toBeVisible()
  await expect(page.getByText('Amira')).toHaveCount(0)

  // Imported again, then the teacher walks away.
  await useLibraryQuiz(page)
  await page.getByRole('button', { name: 'Import result files…' }).click()
  await expect(page.getByRole('heading', { name: 'Learners (1)' })).toBeVisible()
  await page.clock.runFor(9 * 60_000)
  await expect(lockButton(page)).toBeVisible()
  await page.mouse.move(40, 40)
  await page.clock.runFor(9 * 60_000)
  await expect(lockButton(page)).toBeVisible()
  await page.clock.runFor(70_000)
  await expectLearnersScreen(page)
  // Main is locked too, and the results are gone.
  await header(page).getByRole('link', { name: 'Teacher: class report' }).click()
  await expect(page.getByRole('heading', { name: 'Unlock teacher mode', level: 1 })).toBeVisible()
  await unlockWith(page, TEST_TEACHER_PIN)
  await expect(page.getByRole('heading', { name: 'Class report', level: 1 })).toBeVisible()
  await expect(page.getByText('Amira')).toHaveCount(0)
  expect(app.errors).toEqual([])
})

test('the teacher renames, removes and restores a learner; the attempts follow', async ({
  app
}) => {
  const { page } = app
  await addLearnerByKeyboard(page, 'Amira')
  await page.getByRole('button', { name: `Start ${articleQuiz.title}` }).click()
  await page.keyboard.press('1')
  await page.getByRole('button', { name: 'Switch learner' }).click()
  await addLearnerByKeyboard(page, 'Bea')
  await page.getByRole('button', { name: 'Switch learner' }).click()

  await enterTeacherMode(page)
  await expect(page.getByRole('heading', { name: 'Learners and class list' })).toBeVisible()
  const list = page.getByRole('list', { name: 'Learners on this computer' })
  await page.getByRole('button', { name: 'Rename Amira' }).click()
  const nameField = page.getByLabel('New name for Amira')
  await expect(nameField).toBeFocused()
  await nameField.fill('bea')
  await page.getByRole('button', { name: 'Save name' }).click()
  await expect(page.getByRole('alert')).toContainText('There is already a learner called "bea"')
  await nameField.fill('Amira B.')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status')).toHaveText('Renamed Amira to Amira B..')
  await expect(page.getByRole('button', { name: 'Rename Amira B.' })).toBeFocused()
  await expect(list.getByRole('listitem')).toHaveText([/Amira B\./, /Bea/])

  await page.getByRole('button', { name: 'Remove Amira B.' }).click()
  const dialog = page.getByRole('dialog', { name: 'Remove Amira B.?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Remove and archive' }).click()
  await expect(page.getByRole('status')).toContainText(
    'Amira B. was removed. Their 1 attempt is kept in the archive below.'
  )
  await expect(list.getByRole('listitem')).toHaveText([/Bea/])
  expect((await readdir(join(app.dataDir, 'archive'))).length).toBe(1)
  const archived = page.getByRole('list', { name: 'Archived learners' })
  await expect(archived).toContainText('Amira B.')
  await expect(archived).toContainText('1 attempt')

  await page.getByRole('button', { name: 'Restore Amira B.' }).click()
  await expect(page.getByRole('status')).toContainText('Amira B. is back on the list of learners')
  await expect(page.getByRole('heading', { name: 'Archived learners' })).toBeFocused()
  await expect(list.getByRole('listitem')).toHaveText([/Amira B\./, /Bea/])

  await lockButton(page).click()
  await page.getByRole('button', { name: 'Amira B.' }).click()
  await expect(page.getByRole('button', { name: /Resume/ }).first()).toBeVisible()
  expect(app.errors).toEqual([])
})

test('a class list imported from a file and pasted becomes the learners, and the report lists who has not handed in', async ({
  app
}) => {
  const { page } = app
  const csv = test.info().outputPath('class-7b.csv')
  await writeFile(
    csv,
    '\uFEFFClass,Student,Email\r\n7B,Amira,a@school\r\n7B,"O\'Brien, Siobhán",s@school\r\n7B,Chidi,c@school\r\n'
  )
  await enterTeacherMode(page)
  app.chooseNext(csv)
  await page.getByRole('button', { name: 'Open a class list file…' }).click()
  await expect(page.getByLabel('Column with the names')).toHaveValue('1')
  await expect(
    page.getByText("3 names from class-7b.csv: Amira, O'Brien, Siobhán, Chidi")
  ).toBeVisible()
  await page.getByLabel('Column with the names').selectOption({ label: 'Email' })
  await expect(page.getByRole('button', { name: 'Import 3 names' })).toBeVisible()
  await expect(page.getByText('3 names from class-7b.csv: a@school')).toBeVisible()
  await page.getByLabel('Column with the names').selectOption({ label: 'Student' })
  await page.getByRole('button', { name: 'Import 3 names' }).click()
  await expect(page.getByRole('status')).toHaveText(
    'Class list imported: 3 new learners added, 0 already on this computer.'
  )
  // A second list replaces the class list; only its new names become learners.
  await page.getByLabel('Or paste the names').fill('amira\nChidi\nDmitri\nDmitri\n')
  await expect(page.getByText('3 names (1 repeated or too long, left out)')).toBeVisible()
  await page.getByRole('button', { name: 'Import 3 names' }).click()
  await expect(page.getByRole('status')).toHaveText(
    'Class list imported: 1 new learner added, 2 already on this computer.'
  )
  const list = page.getByRole('list', { name: 'Learners on this computer' })
  await expect(list.getByRole('listitem')).toHaveText([
    /Amira/,
    /Chidi/,
    /Dmitri/,
    /O'Brien, Siobhán/
  ])
  await expectNoSeriousAxeViolations(page)
  await page.screenshot({ path: join(SCREENSHOTS, 'learners.png'), fullPage: true })

  await lockButton(page).click()
  const choices = page.getByRole('list', { name: 'Learners on this computer' })
  await expect(choices.getByRole('button')).toHaveText([
    /Amira/,
    /Chidi/,
    /Dmitri/,
    /O'Brien, Siobhán/
  ])

  const resultFile = test.info().outputPath('chidi.result.json')
  await writeFile(
    resultFile,
    JSON.stringify(resultFor(articleQuiz, { name: 'Chidi', ability: 0.7 }, seededRandom(5)))
  )
  await enterTeacherMode(page)
  await header(page).getByRole('link', { name: 'Teacher: class report' }).click()
  await useLibraryQuiz(page)
  const notIn = page.getByRole('region', { name: /Not handed in/ })
  await expect(notIn.getByRole('heading')).toHaveText('Not handed in (3)')
  app.chooseNext(resultFile)
  await page.getByRole('button', { name: 'Import result files…' }).click()
  await expect(notIn.getByRole('heading')).toHaveText('Not handed in (2)')
  await expect(notIn.getByRole('listitem')).toHaveText(['amira', 'Dmitri'])
  expect(app.errors).toEqual([])
})

test('removing a quiz from the library keeps its attempt reviewable; a new version replaces the card', async ({
  app
}) => {
  const { page } = app
  const quiz = { ...smallQuizInput(), id: 'bridge-news', title: 'Bridge news, first version' }
  const v1 = test.info().outputPath('bridge-v1.quiz.json')
  const v2 = test.info().outputPath('bridge-v2.quiz.json')
  await writeFile(v1, JSON.stringify(quiz))
  await writeFile(v2, JSON.stringify({ ...quiz, title: 'Bridge news, second version' }))
  await addLearnerByKeyboard(page, 'Amira')
  app.chooseNext(v1)
  await page.getByRole('button', { name: 'Open quiz file…' }).click()
  await page.getByRole('button', { name: 'Start Bridge news, first version' }).click()
  for (let i = 0; i < quiz.items.length; i++) {
    await expect(page.getByText(`Item ${i + 1} of ${quiz.items.length}`)).toBeVisible()
    await page.keyboard.press('1')
    await page.getByRole('button', { name: /Next item|See my results/ }).click()
  }
  await expect(page.getByRole('heading', { name: 'By label' })).toBeVisible()
  await header(page).getByRole('link', { name: 'Quizzes' }).click()

  // A new version of the same quiz takes the old card's place.
  app.chooseNext(v2)
  await page.getByRole('button', { name: 'Open quiz file…' }).click()
  await expect(
    page.getByRole('heading', {
      name: 'Bridge news, second version was added and replaced the older version'
    })
  ).toBeVisible()
  const cards = page.locator('.quiz-card', { hasText: 'Bridge news' })
  await expect(cards).toHaveCount(1)
  await expect(cards).toContainText('second version')

  // Learners see no remove button; the teacher does.
  await expect(page.getByRole('button', { name: /from the library/ })).toHaveCount(0)
  await enterTeacherMode(page)
  await header(page).getByRole('link', { name: 'Quizzes' }).click()
  await expect(page.getByRole('button', { name: /Remove The Taliban/ })).toHaveCount(0)
  await page
    .getByRole('button', { name: 'Remove Bridge news, second version from the library' })
    .click()
  const dialog = page.getByRole('dialog', { name: /Remove Bridge news, second version/ })
  await dialog.getByRole('button', { name: 'Remove from library' }).click()
  await expect(cards).toHaveCount(0)
  await expect(page.locator('#main')).toBeFocused()

  await header(page).getByRole('link', { name: 'My history' }).click()
  await page.getByRole('link', { name: /Review.*Bridge news, first version/ }).click()
  await expect(page.getByText(/^Bridge news, first version ·/)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'You scored 2 out of 4 (50%)' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'By label' })).toBeVisible()
  expect(app.errors).toEqual([])
})

import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DOMParser } from '@xmldom/xmldom'
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from '@playwright/test'
import {
  SCREENSHOTS,
  addLearnerByKeyboard,
  enterTeacherMode,
  expect,
  expectNoSeriousAxeViolations,
  tabTo,
  test
} from './harness'

const TITLE = 'The Taliban, ISIS-K and the Moscow attack'
const header = (page: Page) => page.getByRole('navigation', { name: 'Main' })

test('a teacher exports a library quiz to Moodle XML, GIFT and a QTI 3 package', async ({
  app
}) => {
  const { page } = app
  const folder = await mkdtemp(join(tmpdir(), 'says-who-export-'))
  try {
    await addLearnerByKeyboard(page, 'Ada')
    // Learners see no export; the teacher does.
    await expect(page.getByRole('button', { name: /for Moodle or QTI/ })).toHaveCount(0)
    await enterTeacherMode(page)
    await header(page).getByRole('link', { name: 'Quizzes' }).click()

    // By keyboard: open the formats, then save Moodle XML.
    const toggle = page.getByRole('button', { name: `Export ${TITLE} for Moodle or QTI` })
    await tabTo(page, toggle)
    await page.keyboard.press('Enter')
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const formats = page.getByRole('group', { name: `Export ${TITLE} as` })
    const moodle = formats.getByRole('button', { name: 'Moodle XML' })
    app.chooseNext(join(folder, 'taliban.moodle.xml'))
    await tabTo(page, moodle)
    await page.keyboard.press('Enter')
    const card = page.locator('.quiz-card', { hasText: TITLE })
    const status = card.getByRole('status')
    await expect(status).toContainText('Saved taliban.moodle.xml (Moodle XML): 48 questions.')
    await expect(status).toContainText('Not exported: 9 “Find the clue” items.')
    await expect(status).toContainText('Not exported: 2 “Put in order” items.')
    // The focus stays where the teacher acted.
    await expect(moodle).toBeFocused()

    const xml = new DOMParser().parseFromString(
      await readFile(join(folder, 'taliban.moodle.xml'), 'utf8'),
      'text/xml'
    )
    const questions = Array.from(xml.getElementsByTagName('question'))
    expect(questions.filter((q) => q.getAttribute('type') === 'multichoice')).toHaveLength(48)
    expect(questions[1]?.getElementsByTagName('questiontext')[0]?.textContent).toContain(
      '<mark>the main bases of ISIS operating in Afghanistan'
    )

    await card.screenshot({ path: join(SCREENSHOTS, 'export-quiz.png') })
    await expectNoSeriousAxeViolations(page)

    // GIFT: the "Which label?" items only, and the outcome says why the others are missing.
    app.chooseNext(join(folder, 'taliban.gift.txt'))
    await formats.getByRole('button', { name: 'GIFT (“Which label?” items)' }).click()
    await expect(status).toContainText('Saved taliban.gift.txt (GIFT): 31 questions.')
    await expect(status).toContainText('GIFT holds the “Which label?” items only')
    const gift = await readFile(join(folder, 'taliban.gift.txt'), 'utf8')
    expect(gift.match(/^::/gmu)).toHaveLength(31)

    // QTI 3: a zip with the manifest first and one item file per exported question.
    app.chooseNext(join(folder, 'taliban.qti3.zip'))
    await formats.getByRole('button', { name: 'QTI 3 package (zip)' }).click()
    await expect(status).toContainText('Saved taliban.qti3.zip (QTI 3): 48 questions.')
    const entries = unzipSync(new Uint8Array(await readFile(join(folder, 'taliban.qti3.zip'))))
    expect(Object.keys(entries)[0]).toBe('imsmanifest.xml')
    expect(Object.keys(entries).filter((name) => name.startsWith('items/'))).toHaveLength(48)
    expect(strFromU8(entries['imsmanifest.xml'] as Uint8Array)).toContain('imsqti_item_xmlv3p0')

    // Cancelling the dialog writes nothing and reports nothing.
    app.chooseNext(null)
    await formats.getByRole('button', { name: 'Moodle XML' }).click()
    await expect(status).toHaveCount(0)

    // The Moodle file cannot come back as a quiz: opening it says why, naming its format.
    const cards = await page.locator('.quiz-card').count()
    app.chooseNext(join(folder, 'taliban.moodle.xml'))
    await page.getByRole('button', { name: 'Open quiz file…' }).click()
    const refusal = page.getByRole('alert').filter({ hasText: 'taliban.moodle.xml' })
    await expect(refusal).toContainText('This is a Moodle XML file of multiple-choice questions.')
    await expect(refusal).toContainText('Open the article in the quiz editor')
    await expect(page.locator('.quiz-card')).toHaveCount(cards)
    // The QTI package too, and both in the editor.
    app.chooseNext(join(folder, 'taliban.qti3.zip'))
    await page.getByRole('button', { name: 'Open quiz file…' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'taliban.qti3.zip' })).toContainText(
      'This is a QTI file of multiple-choice questions.'
    )
    await header(page).getByRole('link', { name: 'Teacher: quiz editor' }).click()
    for (const [file, format] of [
      ['taliban.moodle.xml', 'Moodle XML'],
      ['taliban.gift.txt', 'GIFT'],
      ['taliban.qti3.zip', 'QTI']
    ] as const) {
      app.chooseNext(join(folder, file))
      await page.getByRole('button', { name: 'Edit an existing quiz file…' }).click()
      await expect(page.getByRole('alert')).toContainText(
        `${file}: This is a ${format} file of multiple-choice questions.`
      )
    }
    expect(app.errors).toEqual([])
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
})

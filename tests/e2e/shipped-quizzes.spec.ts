import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { itemClueQuotes } from '../../src/shared/item-kinds'
import type { ItemType } from '../../src/shared/quiz-format'
import { validateQuizText } from '../../src/shared/quiz-validation'
import { rightResponse } from '../fixtures/results'
import { answerByKeyboard } from './answer-items'
import {
  PROJECT_ROOT,
  SCREENSHOTS,
  addLearnerByKeyboard,
  expect,
  expectNoSeriousAxeViolations,
  test
} from './harness'

/** The quizzes of the library other than the article quiz, which student-journey.spec.ts takes. */
const shipped = readdirSync(join(PROJECT_ROOT, 'quizzes'))
  .filter((name) => name.endsWith('.quiz.json') && name !== 'taliban-isis-k.quiz.json')
  .map((name) => {
    const checked = validateQuizText(readFileSync(join(PROJECT_ROOT, 'quizzes', name), 'utf8'))
    if (!checked.ok) throw new Error(`shipped quiz ${name}`)
    return { name, quiz: checked.quiz }
  })

/** Screenshots for the README: the first item of each new type in the Moscow rally quiz. */
const SHOT_FROM = 'voa-moscow-opposition-rally-2006.quiz.json'

for (const { name, quiz } of shipped) {
  test(`${quiz.title}: every item answered rightly by keyboard scores 100%, and each shows its feedback`, async ({
    app
  }) => {
    test.setTimeout(180_000)
    const { page } = app
    await addLearnerByKeyboard(page, 'Amira')
    await page.getByRole('button', { name: `Start ${quiz.title}` }).click()
    const shot = new Set<ItemType>()
    for (const [i, item] of quiz.items.entries()) {
      await expect(page.getByText(`Item ${i + 1} of ${quiz.items.length}`)).toBeVisible()
      await answerByKeyboard(page, quiz, item, rightResponse(item))
      await expect(page.locator('.feedback h3')).toContainText('✓ Right')
      if (item.explanation) await expect(page.locator('.feedback')).toContainText(item.explanation)
      // The clue words (a frame item's verb) are marked in the article after answering.
      if (itemClueQuotes(item).length > 0)
        await expect(page.locator('article mark.mark-cue').first()).toBeVisible()
      if (!shot.has(item.type)) {
        shot.add(item.type)
        await expectNoSeriousAxeViolations(page)
        if (name === SHOT_FROM && item.type !== 'classify')
          await page.screenshot({ path: join(SCREENSHOTS, `shipped-${item.type}.png`) })
      }
      await expect(page.getByRole('button', { name: /Next item|See my results/ })).toBeFocused()
      await page.keyboard.press('Enter')
    }
    expect([...shot].sort()).toEqual(
      ['classify', 'find-clue', 'frame', 'timeline', 'when', 'who-says'].sort()
    )
    const n = quiz.items.length
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `You scored ${n} out of ${n} (100%)`
    )
    const skills = page.locator('table.skill-table')
    for (const skill of [
      'Spotting claims',
      'Finding the source',
      'Reading the verb',
      'Working out when'
    ])
      await expect(skills.getByRole('row', { name: new RegExp(skill) })).toBeVisible()
    expect(app.errors).toEqual([])
  })
}

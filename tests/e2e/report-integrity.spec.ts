import { readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { QuizResponse } from '../../src/shared/attempt-format'
import { itemPassage } from '../../src/shared/item-kinds'
import type { Quiz } from '../../src/shared/quiz-format'
import { validateQuizText } from '../../src/shared/quiz-validation'
import type { ResultFile } from '../../src/shared/result-format'
import { rightResponse, wrongResponse } from '../fixtures/results'
import {
  PROJECT_ROOT,
  SCREENSHOTS,
  enterTeacherMode,
  expect,
  expectNoSeriousAxeViolations,
  test
} from './harness'
import { learnerExports, useLibraryQuiz } from './report-quiz'

const quizText = readFileSync(join(PROJECT_ROOT, 'quizzes/taliban-isis-k.quiz.json'), 'utf8')
const original = (() => {
  const checked = validateQuizText(quizText)
  if (!checked.ok) throw new Error('shipped quiz')
  return checked.quiz
})()
const labelIds = original.labels.map((label) => label.id)

/** The teacher's correction: a clearer explanation for item 1, and one item's answer changed. */
const CHANGED = original.items.findIndex(
  (item) => item.type === 'classify' && item.answer === 'fact'
)
function corrected(): Quiz {
  const quiz = JSON.parse(quizText) as Quiz
  quiz.items[0]!.explanation = `Corrected: ${quiz.items[0]!.explanation}`
  const changed = quiz.items[CHANGED]
  if (changed?.type !== 'classify') throw new Error('the changed item is a "Which label?" item')
  changed.answer = 'allegation'
  return quiz
}

const same = (a: QuizResponse, b: QuizResponse): boolean => JSON.stringify(a) === JSON.stringify(b)
/** Right on every item of every type: the key's own response. */
const right = (i: number): QuizResponse => rightResponse(original.items[i]!)
/** Whether a response is right; every response given here is the key's own or misses it. */
const isRight = (i: number, response: QuizResponse): boolean => same(response, right(i))

test('results of the previous version count on the unchanged items; a doctored file is flagged', async ({
  app
}) => {
  test.setTimeout(120_000)
  const { page } = app
  const folder = test.info().outputPath('class')
  await mkdir(folder, { recursive: true })
  const wrongOn =
    (n: number) =>
    (i: number): QuizResponse => {
      const item = original.items[i]!
      if (i % n !== 0) return right(i)
      if (item.type === 'classify')
        return { type: 'classify', label: item.answer === 'fact' ? 'allegation' : 'fact' }
      return wrongResponse(item, labelIds, () => 0)
    }
  await learnerExports(
    page,
    app.chooseNext,
    { name: 'Ana Right', quiz: original },
    right,
    join(folder, 'ana.result.json')
  )
  await learnerExports(
    page,
    app.chooseNext,
    { name: 'Bo Third', quiz: original },
    wrongOn(3),
    join(folder, 'bo.result.json')
  )
  await learnerExports(
    page,
    app.chooseNext,
    { name: 'Cy Half', quiz: original },
    wrongOn(2),
    join(folder, 'cy.result.json')
  )
  await learnerExports(
    page,
    app.chooseNext,
    { name: 'Dora Doctored', quiz: original },
    wrongOn(2),
    join(folder, 'dora.result.json')
  )

  // Dora keeps only the items she got right, and rewrites her score to match: 100%, she hopes.
  const dora = JSON.parse(await readFile(join(folder, 'dora.result.json'), 'utf8')) as ResultFile
  const attempt = dora.attempts[0]!
  const keep = attempt.answers.map((a, i) => isRight(i, a.response))
  attempt.itemIds = attempt.itemIds.filter((_, i) => keep[i])
  attempt.itemKeys = attempt.itemKeys!.filter((_, i) => keep[i])
  attempt.answers = attempt.answers.filter((_, i) => keep[i])
  attempt.storedScore = { correct: attempt.answers.length, answered: attempt.answers.length }
  await writeFile(join(folder, 'dora.result.json'), JSON.stringify(dora, null, 2))

  // The teacher has corrected the quiz since: another version, with one answer changed.
  const quizFile = join(folder, 'taliban-isis-k-corrected.quiz.json')
  await writeFile(quizFile, JSON.stringify(corrected(), null, 2))
  await enterTeacherMode(page)
  await page.getByRole('link', { name: 'Teacher: class report' }).click()
  app.chooseNext(quizFile)
  await page.getByRole('button', { name: 'Open a quiz file…' }).click()
  await expect(page.getByText('Scoring against taliban-isis-k-corrected.quiz.json')).toBeVisible()
  app.chooseNext(['ana', 'bo', 'cy', 'dora'].map((n) => join(folder, `${n}.result.json`)))
  await page.getByRole('button', { name: 'Import result files…' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Imported 4 files' })).toBeVisible()

  // Three counted, out of the unchanged items (all but one); the mean computed here, not by the report.
  const unchanged = original.items.length - 1
  const scoreOnUnchanged = (respond: (i: number) => QuizResponse): number =>
    original.items.filter((_, i) => i !== CHANGED && isRight(i, respond(i))).length / unchanged
  const mean =
    (scoreOnUnchanged(right) + scoreOnUnchanged(wrongOn(3)) + scoreOnUnchanged(wrongOn(2))) / 3
  const summary = page.getByRole('group', { name: 'Summary' })
  await expect(summary).toContainText(
    `4 files · 3 attempts counted · mean score ${Math.round(100 * mean)}%`
  )

  // Which version, and the changed item listed.
  const versions = page.getByRole('region', { name: 'Quiz versions' })
  await expect(versions).toContainText('No attempt was made with this version of the quiz.')
  await expect(versions).toContainText('Another version (4 attempts)')
  await expect(versions.getByRole('listitem')).toHaveText([
    `Item ${CHANGED + 1}: “${itemPassage(original.items[CHANGED]!).exact}”`
  ])
  const ana = page.locator('.students-table tbody tr', { hasText: 'Ana Right' })
  await expect(ana).toContainText(`${unchanged}/${unchanged} (100%)`)
  await expect(ana).toContainText('other version: 1 not scored')

  // The doctored file: flagged with what is wrong, and not counted.
  const flags = page.getByRole('region', { name: /Flags/ })
  await expect(flags).toContainText(
    `Dora Doctored (dora.result.json): modified: a full attempt of its version lists ${attempt.itemIds.length} items; other attempts of that version list ${original.items.length}`
  )
  const doraRow = page.locator('.students-table tbody tr', { hasText: 'Dora Doctored' })
  await expect(doraRow).toHaveClass(/row-apart/)
  await expect(doraRow).toContainText('modified')
  await page.locator('.report-summary').evaluate((element) => element.scrollIntoView())
  await page.screenshot({ path: join(SCREENSHOTS, 'report-versions.png') })
  await expectNoSeriousAxeViolations(page)

  // One learner's answers: the changed item says it was not scored, and why.
  await ana.getByRole('button', { name: 'Ana Right' }).click()
  await expect(page.locator('#student-heading')).toBeFocused()
  const detail = page.locator('.report-detail')
  await expect(detail).toContainText(
    'Made with another version of this quiz: 1 item changed, not scored.'
  )
  await expect(detail.locator('.answer-unscored')).toHaveCount(1)
  await expect(detail.locator('.answer-unscored')).toContainText('not scored')

  // The changed item's statistics are over no attempt; an unchanged one over all three.
  const rows = page.locator('.items-table tbody tr')
  await expect(rows.nth(CHANGED).locator('td').nth(2)).toContainText('—')
  await expect(rows.nth(0).locator('td').nth(2)).not.toContainText('—')
  expect(app.errors).toEqual([])
})

test('results the teacher collects on the classroom computer are signed; one edited since is flagged', async ({
  app
}) => {
  test.setTimeout(120_000)
  const { page } = app
  const folder = test.info().outputPath('handed-in')
  await mkdir(folder, { recursive: true })
  const credulous = (i: number): QuizResponse => {
    const item = original.items[i]!
    return item.type === 'classify' && item.answer === 'allegation'
      ? { type: 'classify', label: 'fact' }
      : right(i)
  }
  await learnerExports(
    page,
    app.chooseNext,
    { name: 'Eva Exact', quiz: original },
    right,
    join(folder, 'eva.result.json')
  )
  await learnerExports(
    page,
    app.chooseNext,
    { name: 'Finn Fooled', quiz: original },
    credulous,
    join(folder, 'finn.result.json')
  )

  await enterTeacherMode(page)
  await page.getByRole('link', { name: 'Teacher: class report' }).click()
  await useLibraryQuiz(page)
  const collected = test.info().outputPath('collected')
  await mkdir(collected, { recursive: true })
  app.chooseNext(collected)
  await page.getByRole('button', { name: 'Collect results from this computer…' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: "Collected 2 learners' results" })
  ).toBeVisible()
  const rows = page.locator('.students-table tbody tr')
  await expect(rows).toHaveCount(2)
  for (const name of ['Eva Exact', 'Finn Fooled'])
    await expect(rows.filter({ hasText: name })).toContainText(
      'collected by the teacher, unchanged'
    )

  // Finn edits his collected file afterwards, answers and score together, consistently.
  const finnFile = join(collected, 'Finn-Fooled-taliban-isis-k.result.json')
  const finn = JSON.parse(await readFile(finnFile, 'utf8')) as ResultFile
  for (const [i, answer] of finn.attempts[0]!.answers.entries()) answer.response = right(i)
  finn.attempts[0]!.storedScore.correct = original.items.length
  await writeFile(finnFile, JSON.stringify(finn, null, 2))

  await page.getByRole('button', { name: 'Clear results' }).click()
  app.chooseNext([
    join(collected, 'Eva-Exact-taliban-isis-k.result.json'),
    finnFile,
    join(folder, 'eva.result.json')
  ])
  await page.getByRole('button', { name: 'Import result files…' }).click()
  const flags = page.getByRole('region', { name: /Flags/ })
  await expect(flags).toContainText(
    'Finn Fooled (Finn-Fooled-taliban-isis-k.result.json): modified: the teacher collected and signed this file, and it has been changed since'
  )
  await expect(rows.filter({ hasText: 'Finn Fooled' })).toHaveClass(/row-apart/)
  // Eva's own export of the same attempt is the same attempt: shown once, as collected.
  await expect(rows.filter({ hasText: 'Eva Exact' })).toContainText(
    'collected by the teacher, unchanged'
  )
  await expect(page.getByRole('group', { name: 'Summary' })).toContainText(
    '3 files · 1 attempt counted · mean score 100%'
  )
  await rows.first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('collected.png') })
  expect(app.errors).toEqual([])
})

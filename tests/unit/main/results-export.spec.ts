import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { attemptKeys } from '../../../src/shared/answer-key'
import { validateResultText, type ResultFile } from '../../../src/shared/result-format'
import { buildClassReport } from '../../../src/shared/report/class-report'
import { npmRun } from '../../fixtures/npm-run'
import { tempApp, type TempApp } from '../../fixtures/temp-data'
import { classic } from '../../fixtures/quizzes'

let app: TempApp
beforeEach(async () => {
  app = await tempApp()
})
afterEach(() => app.cleanup())

async function learnerWithAttempts(): Promise<{ profileId: string; attemptIds: string[] }> {
  const profile = await app.handlers.createProfile({ name: 'Ngọc Ánh, "Annie"' })
  const quizKey = 'bundled:small.quiz.json'
  const quiz = classic((await app.handlers.loadQuiz({ key: quizKey })).quiz)
  const attemptIds: string[] = []
  for (const round of [0, 1]) {
    const attempt = await app.handlers.startAttempt({ profileId: profile.id, quizKey })
    for (const item of quiz.items) {
      const label = round === 0 ? item.answer : 'fact'
      await app.handlers.answerItem({
        profileId: profile.id,
        attemptId: attempt.id,
        itemId: item.id,
        response: { type: 'classify', label }
      })
    }
    await app.handlers.finishAttempt({ profileId: profile.id, attemptId: attempt.id })
    attemptIds.push(attempt.id)
  }
  return { profileId: profile.id, attemptIds }
}

describe('exporting results', () => {
  it('writes one result file of several attempts that the class report reads back', async () => {
    const { profileId, attemptIds } = await learnerWithAttempts()
    const file = join(app.root, 'hand-in.result.json')
    app.chooseNext(file)
    expect(await app.handlers.exportResults({ profileId, attemptIds })).toEqual({
      status: 'saved',
      fileName: 'hand-in.result.json',
      attempts: 2
    })
    const checked = validateResultText(await readFile(file, 'utf8'))
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues))
    expect(checked.result.learner.name).toBe('Ngọc Ánh, "Annie"')
    expect(checked.result.attempts.map((a) => a.storedScore)).toEqual([
      { correct: 4, answered: 4 },
      { correct: 1, answered: 4 }
    ])
    const { quiz, hash } = await app.handlers.loadQuiz({ key: 'bundled:small.quiz.json' })
    expect(checked.result.attempts[0]?.quizHash).toBe(hash)
    const report = buildClassReport(
      quiz,
      hash,
      [{ fileName: 'hand-in.result.json', text: await readFile(file, 'utf8') }],
      {
        attempts: 'all'
      }
    )
    expect(report.counted.map((r) => r.correct)).toEqual([4, 1])
    expect(report.records.every((r) => r.flags.length === 0)).toBe(true)
  })

  it('records the answer key when an attempt starts, and adds it on export to an older attempt', async () => {
    const { profileId, attemptIds } = await learnerWithAttempts()
    const { quiz } = await app.handlers.loadQuiz({ key: 'bundled:small.quiz.json' })
    const fresh = await app.handlers.getAttempt({ profileId, attemptId: attemptIds[0]! })
    expect(fresh.itemKeys).toEqual(attemptKeys(quiz, fresh.itemIds).itemKeys)
    // An attempt saved by an earlier version of the app, without keys.
    const stored = join(app.dataDir, 'attempts', profileId, `${attemptIds[0]}.json`)
    const old = JSON.parse(await readFile(stored, 'utf8')) as Record<string, unknown>
    delete old['itemKeys']
    delete old['labelSet']
    await writeFile(stored, JSON.stringify(old))
    const file = join(app.root, 'old.result.json')
    app.chooseNext(file)
    await app.handlers.exportResults({ profileId, attemptIds: [attemptIds[0]!] })
    const checked = validateResultText(await readFile(file, 'utf8'))
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues))
    expect(checked.result.attempts[0]).toMatchObject(attemptKeys(quiz, fresh.itemIds))
  })

  it('writes nothing when the learner cancels the dialog', async () => {
    const { profileId, attemptIds } = await learnerWithAttempts()
    app.chooseNext(null)
    expect(await app.handlers.exportResults({ profileId, attemptIds })).toEqual({
      status: 'cancelled'
    })
  })

  it("refuses another learner's attempt", async () => {
    const { attemptIds } = await learnerWithAttempts()
    const other = await app.handlers.createProfile({ name: 'Other' })
    app.chooseNext(join(app.root, 'x.result.json'))
    await expect(app.handlers.exportResults({ profileId: other.id, attemptIds })).rejects.toThrow()
  })
})

describe('results the teacher collects on the classroom computer', () => {
  it('are signed in main, read back as unchanged, and an edited one is flagged', async () => {
    const { profileId, attemptIds } = await learnerWithAttempts()
    const folder = join(app.root, 'collected')
    await mkdir(folder)
    app.chooseNext(folder)
    const collected = await app.handlers.collectResults({ quizId: 'small-quiz' })
    if (collected.status !== 'opened') throw new Error('cancelled')
    expect(collected.files.map((f) => [f.fileName, f.collected])).toEqual([
      ['Ngọc-Ánh-Annie-small-quiz.result.json', 'unchanged']
    ])
    const path = join(folder, collected.files[0]!.fileName)
    const signed = JSON.parse(await readFile(path, 'utf8')) as ResultFile
    expect(signed.signature).toMatch(/^hmac-sha256:[0-9a-f]{64}$/)

    // The learner's own export of the same attempts carries no signature.
    app.chooseNext(join(app.root, 'own.result.json'))
    await app.handlers.exportResults({ profileId, attemptIds })
    // An edit made consistently (answers and score together) after collection breaks the signature.
    const attempt = signed.attempts[1]!
    for (const answer of attempt.answers)
      answer.response = { type: 'classify', label: 'allegation' }
    attempt.storedScore.correct = 2
    await writeFile(join(folder, 'edited.result.json'), JSON.stringify(signed))

    app.chooseNext([path, join(folder, 'edited.result.json'), join(app.root, 'own.result.json')])
    const read = await app.handlers.openResultFiles({ from: 'files' })
    if (read.status !== 'opened') throw new Error('cancelled')
    expect(read.files.map((f) => f.collected)).toEqual(['unchanged', 'altered', undefined])
    const { quiz, hash } = await app.handlers.loadQuiz({ key: 'bundled:small.quiz.json' })
    const report = buildClassReport(quiz, hash, [read.files[1]!], { attempts: 'all' })
    expect(report.records[0]?.flags[0]?.detail).toContain(
      'the teacher collected and signed this file, and it has been changed since'
    )
    expect(report.counted).toEqual([])
    const trusted = buildClassReport(quiz, hash, [read.files[0]!])
    expect(trusted.records.map((r) => r.collected)).toEqual([true, true])

    // Locked, main neither collects nor vouches for a file.
    await app.handlers.lockTeacher()
    await expect(
      (async () => app.handlers.collectResults({ quizId: 'small-quiz' }))()
    ).rejects.toThrow(/locked/)
  })
})

describe('npm run report', () => {
  it('prints the report as JSON and writes both CSV files', async () => {
    const { profileId, attemptIds } = await learnerWithAttempts()
    const folder = join(app.root, 'class')
    await mkdir(folder)
    app.chooseNext(join(folder, 'annie.result.json'))
    await app.handlers.exportResults({ profileId, attemptIds })
    await writeFile(join(folder, 'torn.result.json'), '{"format":')
    const csvDir = join(app.root, 'csv')
    const { code, stdout, stderr } = await npmRun(
      'report',
      join(app.bundledDir, 'small.quiz.json'),
      folder,
      '--json',
      '--csv',
      csvDir
    )
    expect([code, stderr]).toEqual([0, ''])
    const json = JSON.parse(stdout) as {
      students: { learner: string; counted: boolean; score: number; flags: { kind: string }[] }[]
      items: { facilityPercent: number | null; discriminationIndex: number | null }[]
      confusionMatrix: { labels: string[]; counts: number[][] }
      brokenFiles: { fileName: string }[]
    }
    expect(json.students.map((s) => [s.learner, s.counted, s.score])).toEqual([
      ['Ngọc Ánh, "Annie"', true, 4],
      ['Ngọc Ánh, "Annie"', false, 1]
    ])
    expect(json.students[1]?.flags.map((f) => f.kind)).toEqual(['later-attempt'])
    expect(json.items[0]?.facilityPercent).toBe(100)
    expect(json.items[0]?.discriminationIndex).toBeNull()
    expect(json.brokenFiles.map((b) => b.fileName)).toEqual(['torn.result.json'])
    const students = await readFile(join(csvDir, 'small-quiz-students.csv'), 'utf8')
    expect(students).toContain('"Ngọc Ánh, ""Annie"""')
    expect(await readFile(join(csvDir, 'small-quiz-answers.csv'), 'utf8')).toContain('bridge-safe')
  }, 30_000)
})

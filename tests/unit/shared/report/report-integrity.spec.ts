import { describe, expect, it } from 'vitest'
import { quizHash } from '../../../../src/main/services/quiz-library'
import { attemptKeys } from '../../../../src/shared/answer-key'
import type { Attempt } from '../../../../src/shared/attempt-format'
import { buildClassReport, type ImportedFile } from '../../../../src/shared/report/class-report'
import {
  MAX_RESULT_FILE_SIZE,
  resultFileFor,
  type ResultFile
} from '../../../../src/shared/result-format'
import { articleClassicQuiz, labelOf } from '../../../fixtures/quizzes'
import { resultFor, seededRandom } from '../../../fixtures/results'

// Every repro of issue 9 §1, on the 31-item article quiz.
const quiz = articleClassicQuiz()
const hash = quizHash(quiz)
const ids = quiz.items.map((i) => i.id)
let seed = 1

function honest(name: string, ability = 0.6, startedAt?: string): ResultFile {
  const id = `a-${name.replace(/[^A-Za-z0-9]/g, '')}-${seed}`
  return resultFor(
    quiz,
    { name, ability, attemptId: id, ...(startedAt ? { startedAt } : {}) },
    seededRandom(seed++),
    hash
  )
}
const file = (fileName: string, value: ResultFile): ImportedFile => ({
  fileName,
  text: JSON.stringify(value)
})
const report = (...files: ImportedFile[]) => buildClassReport(quiz, hash, files)
/** A file's flags as the command line reads them: their kind and English detail. */
const flagsOf = (r: ReturnType<typeof report>, fileName: string) =>
  r.records
    .filter((x) => x.fileName === fileName)
    .flatMap((x) => x.flags.map(({ kind, detail }) => ({ kind, detail })))
/** The stored score a doctoring tool would write: recomputed from the doctored answers. */
function recompute(result: ResultFile): ResultFile {
  for (const attempt of result.attempts) {
    const key = new Map(quiz.items.map((i) => [i.id, i.answer]))
    attempt.storedScore = {
      correct: attempt.answers.filter((a) => key.get(a.itemId) === labelOf(a.response)).length,
      answered: attempt.answers.length
    }
  }
  return result
}

describe('doctored attempts are flagged and left out of the statistics', () => {
  it('a "full" attempt that lists only the items its learner got right', () => {
    const doctored = honest('Rita', 0.5)
    const attempt = doctored.attempts[0]!
    const key = new Map(quiz.items.map((i) => [i.id, i.answer]))
    attempt.answers = attempt.answers.filter((a) => key.get(a.itemId) === labelOf(a.response))
    attempt.itemIds = attempt.answers.map((a) => a.itemId)
    attempt.itemKeys = attemptKeys(quiz, attempt.itemIds).itemKeys
    const r = report(file('rita.json', recompute(doctored)), file('ok.json', honest('Olga')))
    expect(flagsOf(r, 'rita.json')).toContainEqual({
      kind: 'modified',
      detail: expect.stringContaining(
        `a full attempt must cover every item, and it lists ${attempt.itemIds.length} of the quiz's 31`
      )
    })
    expect(r.counted.map((x) => x.learner)).toEqual(['Olga'])
  })

  it('a practice round relabelled "full"', () => {
    const doctored = honest('Pia', 1)
    const attempt = doctored.attempts[0]!
    attempt.itemIds = ids.slice(0, 8)
    attempt.itemKeys = attemptKeys(quiz, attempt.itemIds).itemKeys
    attempt.answers = attempt.answers.slice(0, 8)
    const r = report(file('pia.json', recompute(doctored)))
    expect(
      flagsOf(r, 'pia.json')
        .map((f) => f.detail)
        .join()
    ).toContain('a full attempt must cover every item, and it lists 8')
    expect(r.counted).toEqual([])
  })

  it('an attempt marked finished with 5 of 31 answered', () => {
    const doctored = honest('Fin', 1)
    doctored.attempts[0]!.answers = doctored.attempts[0]!.answers.slice(0, 5)
    const r = report(file('fin.json', recompute(doctored)))
    expect(flagsOf(r, 'fin.json')[0]?.detail).toContain(
      'it is marked finished with 5 of 31 items answered'
    )
    expect(r.counted).toEqual([])
    expect(r.meanScore).toBeNull()
  })

  it('answers changed without the stored score are caught; with it recomputed, only a signature could tell', () => {
    const changed = honest('Cam', 0.3)
    for (const answer of changed.attempts[0]!.answers)
      answer.response = {
        type: 'classify',
        label: quiz.items.find((i) => i.id === answer.itemId)!.answer
      }
    const r = report(file('cam.json', changed))
    expect(flagsOf(r, 'cam.json')[0]).toMatchObject({
      kind: 'modified',
      detail: expect.stringContaining('re-scored from the quiz it is 31')
    })
    // The README says so: a learner's own file edited consistently, answers and score together,
    // is indistinguishable from a real one without the teacher's signature.
    const consistent = recompute(changed)
    expect(report(file('cam.json', consistent)).counted).toHaveLength(1)
  })

  it('an answer label that is not one of the quiz\'s labels ("constructor")', () => {
    const doctored = honest('Con', 1)
    doctored.attempts[0]!.answers[0]!.response = { type: 'classify', label: 'constructor' }
    const r = report(file('con.json', recompute(doctored)), file('ok.json', honest('Olga', 1)))
    expect(flagsOf(r, 'con.json')[0]?.detail).toContain(
      `answer 1 is "constructor", which is not one of this quiz's labels`
    )
    expect(r.counted.map((x) => x.learner)).toEqual(['Olga'])
    expect(Object.keys(r.items[0]!.chosen)).toEqual(quiz.labels.map((l) => l.id))
  })

  it('answer times before the start, after the finish, or after the export', () => {
    const cases: [string, (f: ResultFile) => void, string][] = [
      [
        'before.json',
        (f) => (f.attempts[0]!.answers[3]!.answeredAt = '2026-11-19T09:00:00.000Z'),
        'answer 4 is dated before the attempt started'
      ],
      [
        'after.json',
        (f) => (f.attempts[0]!.answers[30]!.answeredAt = '2026-11-20T09:59:00.000Z'),
        'answer 31 is dated after the attempt finished'
      ],
      [
        'export.json',
        (f) => (f.exportedAt = '2026-11-20T09:05:00.000Z'),
        'dated after the file was exported'
      ]
    ]
    for (const [name, doctor, message] of cases) {
      const doctored = honest('Tim', 1)
      doctor(doctored)
      const r = report(file(name, doctored))
      expect(
        flagsOf(r, name)
          .map((f) => f.detail)
          .join(' | ')
      ).toContain(message)
      expect(r.counted).toEqual([])
    }
  })
})

describe('who handed in what', () => {
  it('a forged "Ben Smith" with an earlier start does not displace the real Ben', () => {
    const real = honest('Ben Smith', 0.4, '2026-11-20T09:00:00.000Z')
    const forged = honest('Ben Smith', 1, '2026-11-19T09:00:00.000Z')
    const r = report(
      file('ben.json', real),
      file('ben-2.json', forged),
      file('o.json', honest('Olga'))
    )
    for (const name of ['ben.json', 'ben-2.json'])
      expect(flagsOf(r, name)).toContainEqual({
        kind: 'same-name',
        detail: expect.stringContaining('also names Ben Smith with other attempts')
      })
    expect(r.counted.map((x) => x.learner)).toEqual(['Olga'])
  })

  it('a practice round or another quiz in a second file is no clash', () => {
    const full = honest('Ben Smith', 0.5, '2026-11-20T09:00:00.000Z')
    const practice = honest('Ben Smith', 1, '2026-11-21T09:00:00.000Z')
    practice.attempts[0]!.mode = 'practice'
    const other = honest('Ben Smith', 1, '2026-11-21T09:00:00.000Z')
    other.attempts[0]!.quizId = 'another-quiz'
    const r = report(file('ben.json', full), file('p.json', practice), file('o.json', other))
    expect(flagsOf(r, 'ben.json')).toEqual([])
    expect(r.counted.map((x) => x.fileName)).toEqual(['ben.json'])
  })

  it("Ben's file under another file name counts once; under another learner's name, neither counts", () => {
    const ben = honest('Ben Smith')
    const renamed = report(file('ben.json', ben), file('ben (1).json', ben))
    expect(renamed.records).toHaveLength(1)
    expect(renamed.records[0]?.flags).toMatchObject([
      { kind: 'duplicate', detail: 'also in ben (1).json' }
    ])
    expect(renamed.counted).toHaveLength(1)

    const copy: ResultFile = { ...structuredClone(ben), learner: { name: 'Sam Jones' } }
    const r = report(file('ben.json', ben), file('sam.json', copy))
    expect(flagsOf(r, 'ben.json')).toContainEqual({
      kind: 'conflict',
      detail: expect.stringContaining('sam.json claims the same attempt under the name "Sam Jones"')
    })
    expect(flagsOf(r, 'sam.json').map((f) => f.kind)).toContain('conflict')
    expect(r.counted).toEqual([])
  })

  it('names that differ only by zero-width, Cyrillic or no-break characters are not new learners', () => {
    const r = report(
      file('ben.json', honest('Ben Smith', 0.5, '2026-11-20T09:00:00.000Z')),
      file('zw.json', honest('Ben\u200b Smith', 1, '2026-11-19T09:00:00.000Z')),
      file('cyr.json', honest('\u0412\u0435n Smith', 1, '2026-11-19T09:00:00.000Z')),
      file('nbsp.json', honest('Ben\u00a0Smith', 1, '2026-11-19T09:00:00.000Z'))
    )
    expect(new Set(r.records.map((x) => x.learnerKey)).size).toBe(1)
    const detail = (name: string) =>
      flagsOf(r, name).find((f) => f.kind === 'look-alike')?.detail ?? ''
    expect(detail('zw.json')).toContain('an invisible character (U+200B)')
    expect(detail('cyr.json')).toContain('letters from Latin and Cyrillic mixed')
    expect(detail('nbsp.json')).toContain('a no-break space')
    expect(detail('ben.json')).toContain('looks like')
    expect(r.counted).toEqual([])
  })
})

describe('large files', () => {
  it("reads a 4 MB result file of the app's own export", () => {
    const attempts: Attempt[] = Array.from({ length: 480 }, (_, n) => {
      const startedAt = Date.parse('2026-11-01T09:00:00.000Z') + n * 3_600_000
      return {
        format: 'says-who/attempt@1',
        id: `attempt-${n}`,
        profileId: 'p1',
        quizKey: 'bundled:taliban-isis-k.quiz.json',
        quizId: quiz.id,
        quizHash: hash,
        quizTitle: quiz.title,
        mode: 'full',
        itemIds: ids,
        answers: quiz.items.map((item, i) => ({
          itemId: item.id,
          response: { type: 'classify', label: item.answer },
          correct: true,
          answeredAt: new Date(startedAt + (i + 1) * 10_000).toISOString()
        })),
        startedAt: new Date(startedAt).toISOString(),
        finishedAt: new Date(startedAt + 400_000).toISOString(),
        ...attemptKeys(quiz, ids)
      }
    })
    const result = resultFileFor(
      'Ngọc Ánh',
      attempts,
      new Date('2026-12-01T00:00:00.000Z'),
      () => ({
        quiz,
        hash
      })
    )
    const text = `${JSON.stringify(result, null, 2)}\n`
    expect(text.length).toBeGreaterThan(4_000_000)
    expect(text.length).toBeLessThan(MAX_RESULT_FILE_SIZE)
    const r = buildClassReport(quiz, hash, [{ fileName: 'big.result.json', text }], {
      attempts: 'all'
    })
    expect(r.broken).toEqual([])
    expect(r.counted).toHaveLength(480)
    expect(r.meanScore).toBe(1)
  })
})

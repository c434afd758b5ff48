import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { quizHash } from '../../../src/main/services/quiz-library'
import { validateResultText } from '../../../src/shared/result-format'
import { isPlainResultFile } from '../../../src/shared/result-shape'
import { placesIn, replaced, shapeDisagreement } from '../../fuzz/result-shape-agreement'
import { resultFor, seededRandom, syntheticQuiz } from '../../fixtures/results'

const quiz = syntheticQuiz(6)
const hash = quizHash(quiz)
const sound = resultFor(quiz, { name: 'Amira Okafor', ability: 0.6 }, seededRandom(3), hash)
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

describe('the fast check of a result file', () => {
  it('accepts the files the app writes, signed or not, and the schema agrees', () => {
    expect(shapeDisagreement(plain(sound), true)).toBeNull()
    const signed = { ...sound, signature: `hmac-sha256:${'a'.repeat(64)}` }
    expect(shapeDisagreement(plain(signed), true)).toBeNull()
    const older = structuredClone(sound)
    delete older.attempts[0]!.itemKeys
    delete older.attempts[0]!.labelSet
    delete older.attempts[0]!.finishedAt
    expect(shapeDisagreement(plain(older), true)).toBeNull()
  })

  it('leaves to the schema a name it would trim, and the report still reads it trimmed', () => {
    const padded = { ...sound, learner: { name: '  Amira Okafor ' } }
    expect(isPlainResultFile(plain(padded))).toBe(false)
    const read = validateResultText(JSON.stringify(padded))
    expect(read.ok && read.result.learner.name).toBe('Amira Okafor')
  })

  it('never accepts what the schema refuses: any place replaced by any JSON value, or removed', () => {
    const places = placesIn(plain(sound))
    fc.assert(
      fc.property(fc.nat(), fc.jsonValue({ maxDepth: 2 }), fc.boolean(), (pick, by, remove) => {
        const place = places[pick % places.length] ?? []
        const doctored = plain(replaced(plain(sound), place, remove ? undefined : by) ?? null)
        expect(shapeDisagreement(doctored)).toBeNull()
      }),
      { numRuns: 2000 }
    )
  }, 60_000)

  it('refuses the edge values the schema refuses', () => {
    const edge = (path: (string | number)[], by: unknown): boolean =>
      isPlainResultFile(plain(replaced(plain(sound), path, by)))
    expect(edge(['attempts', 0, 'storedScore', 'correct'], -1)).toBe(false)
    expect(edge(['attempts', 0, 'storedScore', 'correct'], 1.5)).toBe(false)
    expect(edge(['attempts', 0, 'startedAt'], '2026-02-30T09:00:00.000Z')).toBe(false)
    expect(edge(['attempts', 0, 'startedAt'], '2026-02-03T09:00:00+01:00')).toBe(false)
    expect(edge(['attempts', 0, 'answers', 0, 'response', 'type'], 'other')).toBe(false)
    expect(edge(['attempts', 0, 'answers', 0, 'extra'], 1)).toBe(false)
    expect(edge(['attempts', 0, 'itemIds'], [])).toBe(false)
    expect(edge(['attempts'], [])).toBe(false)
    expect(edge(['learner', 'name'], '')).toBe(false)
    expect(edge(['signature'], 'hmac-sha256:xyz')).toBe(false)
  })
})

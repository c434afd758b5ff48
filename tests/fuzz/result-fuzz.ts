// Property-based fuzzing of result files against the class report: honest files made by the
// fixture generator, each then doctored in one of the ways a learner might try. Every doctored
// attempt must be flagged and left out of the statistics; honest ones must count; random bytes
// must be listed as broken, never throw.
import fc from 'fast-check'
import { labelOf } from '../fixtures/quizzes'
import { quizHash } from '../../src/main/services/quiz-library'
import type { ResultFile } from '../../src/shared/result-format'
import { buildClassReport } from '../../src/shared/report/class-report'
import { resultFor, seededRandom, syntheticQuiz } from '../fixtures/results'
import { placesIn, replaced, shapeDisagreement } from './result-shape-agreement'

export const TAMPERING_KINDS = [
  'only the items answered right listed',
  'practice round relabelled full',
  'marked finished with items unanswered',
  'an answer changed, stored score left',
  'a label that is not the quiz’s',
  'an answer dated before the start',
  'an answer dated after the finish',
  'finished after the export',
  'another learner’s attempt id under a new name',
  'a look-alike of another learner’s name'
] as const
export type TamperingKind = (typeof TAMPERING_KINDS)[number]

export interface ResultFuzzCounts {
  cases: number
  /** Per tampering kind: how many were tried and how many flagged and left out. */
  tampering: Map<TamperingKind, { tried: number; flagged: number }>
  honestCounted: number
  honestTried: number
  junkFiles: number
  failures: string[]
}

const quiz = syntheticQuiz(12)
const hash = quizHash(quiz)

const addSeconds = (iso: string, seconds: number): string =>
  new Date(Date.parse(iso) + seconds * 1000).toISOString()

/** Applies one tampering to `victim`; `other` is an honest file of another learner in the class. */
function tamper(kind: TamperingKind, victim: ResultFile, other: ResultFile, pick: number): void {
  const attempt = victim.attempts[0]!
  const answers = attempt.answers
  switch (kind) {
    case 'only the items answered right listed': {
      const right = answers.filter(
        (a) => quiz.items.find((item) => item.id === a.itemId)?.answer === labelOf(a.response)
      )
      const kept = right.length > 0 && right.length < answers.length ? right : answers.slice(1)
      attempt.answers = kept
      attempt.itemIds = kept.map((a) => a.itemId)
      attempt.storedScore = {
        correct: right.length === kept.length ? kept.length : attempt.storedScore.correct,
        answered: kept.length
      }
      return
    }
    case 'practice round relabelled full': {
      const kept = answers.slice(0, 1 + (pick % (answers.length - 1)))
      attempt.answers = kept
      attempt.itemIds = kept.map((a) => a.itemId)
      attempt.storedScore = {
        correct: kept.filter(
          (a) => quiz.items.find((i) => i.id === a.itemId)?.answer === labelOf(a.response)
        ).length,
        answered: kept.length
      }
      return
    }
    case 'marked finished with items unanswered': {
      const kept = answers.slice(0, pick % answers.length)
      attempt.answers = kept
      attempt.storedScore = {
        correct: kept.filter(
          (a) => quiz.items.find((i) => i.id === a.itemId)?.answer === labelOf(a.response)
        ).length,
        answered: kept.length
      }
      return
    }
    case 'an answer changed, stored score left': {
      const answer = answers[pick % answers.length]!
      const item = quiz.items.find((i) => i.id === answer.itemId)!
      const other = quiz.labels.map((l) => l.id).filter((l) => l !== labelOf(answer.response))
      // Only a change that moves the score can contradict the stored score.
      answer.response = {
        type: 'classify',
        label: labelOf(answer.response) === item.answer ? other[pick % other.length]! : item.answer
      }
      return
    }
    case 'a label that is not the quiz’s':
      answers[pick % answers.length]!.response = {
        type: 'classify',
        label: ['constructor', 'opinion', 'proto', 'tostring'][pick % 4]!
      }
      return
    case 'an answer dated before the start':
      answers[pick % answers.length]!.answeredAt = addSeconds(
        attempt.startedAt,
        -60 - (pick % 1000)
      )
      return
    case 'an answer dated after the finish':
      answers[pick % answers.length]!.answeredAt = addSeconds(
        attempt.finishedAt!,
        60 + (pick % 1000)
      )
      return
    case 'finished after the export':
      attempt.finishedAt = addSeconds(victim.exportedAt, 60 + (pick % 1000))
      return
    case 'another learner’s attempt id under a new name':
      victim.learner.name = `${other.learner.name.split(' ')[0]} Copy ${pick}`
      victim.attempts = structuredClone(other.attempts)
      return
    case 'a look-alike of another learner’s name': {
      const name = other.learner.name
      const swaps: [RegExp, string][] = [
        [/a/, '\u0430'],
        [/e/, '\u0435'],
        [/o/, '\u043e'],
        [/ /, '\u00a0'],
        [/^/, '\u200b']
      ]
      const [from, to] = swaps[pick % swaps.length]!
      victim.learner.name = from.test(name) ? name.replace(from, to) : `\u200b${name}`
      victim.attempts[0]!.attemptId = `${victim.attempts[0]!.attemptId}-x`
      return
    }
  }
}

export function fuzzResultFiles(cases: number, seed?: number): ResultFuzzCounts {
  const counts: ResultFuzzCounts = {
    cases: 0,
    tampering: new Map(TAMPERING_KINDS.map((k) => [k, { tried: 0, flagged: 0 }])),
    honestCounted: 0,
    honestTried: 0,
    junkFiles: 0,
    failures: []
  }
  const fail = (message: string): void => {
    if (counts.failures.length < 20) counts.failures.push(message)
  }
  fc.assert(
    fc.property(
      fc.constantFrom(...TAMPERING_KINDS),
      fc.nat(),
      fc.integer({ min: 1, max: 1_000_000 }),
      fc.string({ maxLength: 60 }),
      fc.jsonValue({ maxDepth: 2 }),
      (kind, pick, classSeed, junk, stray) => {
        counts.cases++
        const random = seededRandom(classSeed)
        const honest = resultFor(
          quiz,
          { name: 'Amira Okafor', ability: random(), attemptId: `a-${classSeed}` },
          random,
          hash
        )
        const other = resultFor(
          quiz,
          { name: 'Ben Smith', ability: random(), attemptId: `b-${classSeed}` },
          random,
          hash
        )
        const victim = resultFor(
          quiz,
          { name: 'Chloé Müller', ability: random(), attemptId: `c-${classSeed}` },
          random,
          hash
        )
        const sound = shapeDisagreement(JSON.parse(JSON.stringify(honest)), true)
        if (sound !== null) fail(`an honest file: ${sound}`)
        tamper(kind, victim, other, pick)
        // The report's fast check must never pass what its schema refuses: one place of the
        // doctored file replaced by any JSON value, or removed.
        const places = placesIn(victim)
        const place = places[pick % places.length] ?? []
        const parsedVictim = JSON.parse(JSON.stringify(victim)) as unknown
        for (const doctored of [
          parsedVictim,
          replaced(parsedVictim, place, stray),
          replaced(parsedVictim, place, undefined)
        ]) {
          const disagreement = shapeDisagreement(JSON.parse(JSON.stringify(doctored ?? null)))
          if (disagreement !== null)
            fail(`${kind}, ${JSON.stringify(place)} → ${JSON.stringify(stray)}: ${disagreement}`)
        }
        const files = [
          { fileName: 'amira.result.json', text: JSON.stringify(honest) },
          { fileName: 'ben.result.json', text: JSON.stringify(other) },
          { fileName: 'victim.result.json', text: JSON.stringify(victim) },
          { fileName: 'junk.result.json', text: junk }
        ]
        let report
        try {
          report = buildClassReport(quiz, hash, files)
        } catch (error) {
          fail(`${kind}: threw ${(error as Error).message}`)
          return true
        }
        if (report.broken.some((b) => b.fileName === 'junk.result.json')) counts.junkFiles++
        else fail(`junk ${JSON.stringify(junk)} was not listed as broken`)
        const victimRecords = report.records.filter((r) => r.fileName === 'victim.result.json')
        const tally = counts.tampering.get(kind)!
        tally.tried++
        const counted = victimRecords.some((r) => r.counted)
        if (!counted && victimRecords.every((r) => r.flags.length > 0)) tally.flagged++
        else fail(`${kind} (pick ${pick}, seed ${classSeed}) was counted or not flagged`)
        const amira = report.records.find((r) => r.fileName === 'amira.result.json')
        counts.honestTried++
        if (amira?.counted) counts.honestCounted++
        else fail(`an honest file was not counted next to "${kind}"`)
        return true
      }
    ),
    { numRuns: cases, ...(seed === undefined ? {} : { seed }) }
  )
  return counts
}

// Property-based fuzzing of quiz files: random JSON, valid quizzes with random damage (a field
// dropped or replaced, hostile keys, quotes moved, text cut or spliced) and byte-level edits.
// Every file must be accepted with all its passages placed, or refused with messages that name
// where, never throw, and cost work within the validation bound.
import fc from 'fast-check'
import { itemClueQuotes, itemSpeakerQuote } from '../../src/shared/item-kinds'
import { indexWork } from '../../src/shared/article-index'
import { placeItem } from '../../src/shared/item-placement'
import { validateQuizText } from '../../src/shared/quiz-validation'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { smallQuizInput } from '../fixtures/quizzes'

export interface FuzzCounts {
  cases: number
  accepted: number
  refused: number
  failures: string[]
}

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']
const OPERATIONS_PER_CHARACTER = 4
const OPERATIONS_SLACK = 2000

type Json = unknown

/** A path into a value: the keys and indexes from the top. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix)
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out))
  else if (value !== null && typeof value === 'object')
    for (const key of Object.keys(value))
      paths((value as Record<string, Json>)[key], [...prefix, key], out)
  return out
}

function setAt(
  root: Json,
  path: (string | number)[],
  replace: (old: Json) => Json | undefined
): Json {
  if (path.length === 0) return replace(root)
  const [head, ...rest] = path as [string | number, ...(string | number)[]]
  if (Array.isArray(root)) {
    const copy = [...root]
    const next = setAt(copy[head as number], rest, replace)
    if (next === undefined && rest.length === 0) copy.splice(head as number, 1)
    else copy[head as number] = next
    return copy
  }
  const copy: Record<string, Json> = { ...(root as Record<string, Json>) }
  const next = setAt(copy[head as string], rest, replace)
  if (next === undefined && rest.length === 0) delete copy[head as string]
  else
    Object.defineProperty(copy, head as string, {
      value: next,
      enumerable: true,
      writable: true,
      configurable: true
    })
  return copy
}

const article = smallQuizInput().article.text
/** One item of every type, so damage reaches every kind of item. */
const mixedTypes = (): Json =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../fixtures/quizzes/mixed-types.quiz.json'), 'utf8')
  )
const bases: (() => Json)[] = [() => smallQuizInput() as Json, mixedTypes]

const mutation: fc.Arbitrary<(value: Json) => Json> = fc.oneof(
  fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 3 })).map(([pick, replacement]) => (value: Json) => {
    const all = paths(value)
    return setAt(value, all[pick % all.length] as (string | number)[], () => replacement)
  }),
  fc.nat().map((pick) => (value: Json) => {
    const all = paths(value).filter((p) => p.length > 0)
    if (all.length === 0) return value
    return setAt(value, all[pick % all.length] as (string | number)[], () => undefined)
  }),
  fc
    .tuple(fc.nat(), fc.constantFrom(...HOSTILE_KEYS), fc.jsonValue({ maxDepth: 1 }))
    .map(([pick, key, inner]) => (value: Json) => {
      const objects = paths(value).filter((p) => {
        let at: Json = value
        for (const k of p) at = (at as Record<string | number, Json>)[k]
        return at !== null && typeof at === 'object' && !Array.isArray(at)
      })
      if (objects.length === 0) return value
      return setAt(value, objects[pick % objects.length] as (string | number)[], (old) => ({
        ...(old as object),
        [key]: inner
      }))
    }),
  // A quote moved to another piece of the article, or to words that are not in it.
  fc
    .tuple(fc.nat(), fc.nat(article.length), fc.integer({ min: 0, max: 40 }), fc.string())
    .map(([pick, start, length, junk]) => (value: Json) => {
      const quotes = paths(value).filter((p) => p.at(-1) === 'exact')
      if (quotes.length === 0) return value
      const exact = pick % 3 === 0 ? junk : article.slice(start, start + length)
      return setAt(value, quotes[pick % quotes.length] as (string | number)[], () => exact)
    })
)

const quizText: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.nat(), fc.array(mutation, { minLength: 0, maxLength: 4 }))
      .map(([base, edits]) =>
        JSON.stringify(edits.reduce((v, edit) => edit(v), bases[base % bases.length]!()))
      )
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 8 }), fc.boolean())
      .map(([cut, at, insert, bom]) => {
        const text = JSON.stringify(bases[cut % bases.length]!())
        const spliced = `${text.slice(0, at % text.length)}${insert}${text.slice(at % text.length, text.length - (cut % 3))}`
        return bom ? `\uFEFF${spliced}` : spliced
      })
  }
)

/** Runs `cases` random files through validation and checks every property; never throws. */
export function fuzzQuizFiles(cases: number, seed?: number): FuzzCounts {
  const counts: FuzzCounts = { cases: 0, accepted: 0, refused: 0, failures: [] }
  fc.assert(
    fc.property(quizText, (text) => {
      counts.cases++
      const problem = checkOne(text)
      if (problem !== null && counts.failures.length < 20) counts.failures.push(problem)
      return true
    }),
    { numRuns: cases, ...(seed === undefined ? {} : { seed }) }
  )
  for (const text of [''.padEnd(10, ' '), '\uFEFF', 'null', '[]', '"quiz"']) checkOne(text)
  return counts

  function checkOne(text: string): string | null {
    const before = indexWork.comparedChars + indexWork.probes
    let result
    try {
      result = validateQuizText(text)
    } catch (error) {
      return `threw ${(error as Error).message} on ${JSON.stringify(text).slice(0, 200)}`
    }
    const work = indexWork.comparedChars + indexWork.probes - before
    if (work > OPERATIONS_PER_CHARACTER * text.length + OPERATIONS_SLACK)
      return `validation cost ${work} operations for ${text.length} characters`
    if (result.ok) {
      counts.accepted++
      for (const item of result.quiz.items) {
        const placed = placeItem(result.quiz, item.id)
        if (placed === null) return `accepted, but item ${item.id} cannot be placed`
        if (
          placed.cues.length !== itemClueQuotes(item).length ||
          (itemSpeakerQuote(item) && !placed.speaker)
        )
          return `accepted, but a cue or speaker of ${item.id} cannot be placed`
      }
      return null
    }
    counts.refused++
    if (result.issues.length === 0) return 'refused without a reason'
    for (const issue of result.issues) {
      if (issue.message.trim() === '') return `an issue at ${issue.path} has no message`
      if (typeof issue.path !== 'string') return 'an issue has no path'
    }
    return null
  }
}

import validateXapi from '@learninglocker/xapi-validation'
import { describe, expect, it } from 'vitest'
import { quizHash } from '../../../../src/main/services/quiz-library'
import {
  XAPI_HOME_PAGE,
  itemActivityId,
  quizActivityId,
  xapiJson,
  xapiStatements,
  type XapiStatement
} from '../../../../src/shared/exports/xapi'
import type { Quiz } from '../../../../src/shared/quiz-format'
import { learnerKey } from '../../../../src/shared/report/identity'
import { buildClassReport, type ImportedFile } from '../../../../src/shared/report/class-report'
import type { ResultFile } from '../../../../src/shared/result-format'
import { resultFor, seededRandom } from '../../../fixtures/results'
import { mixedTypesQuiz } from '../../../fixtures/quizzes'

const mixed: Quiz = mixedTypesQuiz()
const hash = quizHash(mixed)

const file = (result: ResultFile): ImportedFile => ({
  fileName: `${result.learner.name}.result.json`,
  text: JSON.stringify(result)
})
const learner = (name: string, ability: number, seed = 7): ResultFile =>
  resultFor(mixed, { name, ability }, seededRandom(seed), hash)

function statementsOf(results: ResultFile[], studentIds?: Map<string, string>): XapiStatement[] {
  const report = buildClassReport(mixed, hash, results.map(file))
  return xapiStatements(report, mixed, { quizHash: hash, ...(studentIds ? { studentIds } : {}) })
}

/** RFC 9562: version nibble 1-8, variant 10xx; xAPI requires ids and registrations to be UUIDs. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
/** xAPI 1.0.3 §4.6 (ISO 8601 with a time zone), as the report's files always carry. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/**
 * The rules of xAPI 1.0.3 Part 2 (Data) that Learning Locker's validator (its LRS's conformance-
 * tested one) leaves loose: IRIs are absolute, an account's homePage is an IRL, interaction
 * responses use the format of their interactionType with ids of the listed choices.
 */
function specProblems(statement: XapiStatement): string[] {
  const problems: string[] = []
  const absolute = (iri: string): boolean => {
    try {
      return new URL(iri).protocol.length > 1
    } catch {
      return false
    }
  }
  if (!UUID.test(statement.id)) problems.push('id is not a UUID')
  if (!UUID.test(statement.context.registration)) problems.push('registration is not a UUID')
  if (!TIMESTAMP.test(statement.timestamp)) problems.push('timestamp is not ISO 8601')
  const ifis = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => k in statement.actor)
  if (ifis.length !== 1) problems.push(`actor has ${ifis.length} identifiers`)
  if (!/^https?:\/\//.test(statement.actor.account.homePage)) problems.push('homePage not an IRL')
  for (const iri of [statement.verb.id, statement.object.id, statement.object.definition.type])
    if (!absolute(iri)) problems.push(`${iri} is not an absolute IRI`)
  const { definition } = statement.object
  const ids = new Set(definition.choices?.map((c) => c.id))
  if (ids.size !== (definition.choices?.length ?? 0)) problems.push('repeated choice ids')
  const partsOk = (response: string): boolean => {
    const parts = response.split('[,]')
    if (definition.interactionType === 'choice') return parts.every((p) => ids.has(p))
    if (definition.interactionType === 'sequencing')
      return parts.length === ids.size && new Set(parts).size === ids.size
    return true
  }
  for (const pattern of definition.correctResponsesPattern ?? [])
    if (!partsOk(pattern)) problems.push(`correct response ${pattern} is not of the choices`)
  const { result } = statement
  if (result.response !== undefined && !partsOk(result.response))
    problems.push(`response ${result.response} is not of the choices`)
  if (result.score) {
    const { scaled, raw, min, max } = result.score
    if (scaled < -1 || scaled > 1 || raw < min || raw > max || min > max)
      problems.push('score out of range')
  }
  return problems
}

describe('xAPI statements', () => {
  const statements = statementsOf([learner('Amira Okafor', 0.5), learner('Ben Smith', 1, 9)])

  it('gives every answer an answered statement and every attempt a completed one', () => {
    const answered = statements.filter((s) => s.verb.id.endsWith('/answered'))
    const completed = statements.filter((s) => s.verb.id.endsWith('/completed'))
    expect(answered).toHaveLength(2 * mixed.items.length)
    expect(completed).toHaveLength(2)
    const ben = completed.find((s) => s.actor.name === 'Ben Smith')
    expect(ben?.result.score).toEqual({
      scaled: 1,
      raw: mixed.items.length,
      min: 0,
      max: mixed.items.length
    })
    expect(ben?.object.id).toBe(quizActivityId(mixed.id))
  })

  it('passes Learning Locker’s xAPI statement validator, and the rules it leaves loose', () => {
    for (const statement of statements) {
      const round = JSON.parse(xapiJson([statement])) as unknown[]
      expect(validateXapi(round[0]).map((w) => `${w.path.join('.')}: ${w.message}`)).toEqual([])
      expect(specProblems(statement)).toEqual([])
    }
  })

  it('catches a broken statement (the validators are not vacuous)', () => {
    const good = statements[0] as XapiStatement
    const broken = JSON.parse(JSON.stringify(good)) as Record<string, unknown>
    broken.id = 'not-a-uuid'
    broken.actor = { ...good.actor, mbox: 'mailto:a@b.c' }
    expect(validateXapi(broken).length).toBeGreaterThan(0)
    expect(validateXapi({ ...good, timestamp: 'yesterday' }).length).toBeGreaterThan(0)
    expect(specProblems({ ...good, result: { response: 'no-such-choice' } })).not.toEqual([])
  })

  it('describes each item type with its interaction type, choices and right answer', () => {
    const byItem = new Map(
      statements
        .filter((s) => s.actor.name === 'Ben Smith' && s.verb.id.endsWith('/answered'))
        .map((s) => [s.object.id, s])
    )
    for (const item of mixed.items) {
      const statement = byItem.get(itemActivityId(mixed.id, item.id))
      expect(statement?.result.success).toBe(true)
      const definition = statement?.object.definition
      const passage = item.type === 'timeline' ? item.events[0]?.target.exact : item.target.exact
      expect(definition?.description).toEqual({ [mixed.language]: passage })
      const expected =
        item.type === 'timeline' ? 'sequencing' : item.type === 'find-clue' ? 'other' : 'choice'
      expect(definition?.interactionType).toBe(expected)
      if (item.type === 'timeline')
        expect(statement?.result.response).toBe(item.events.map((e) => e.id).join('[,]'))
      if (item.type === 'classify') expect(statement?.result.response).toBe(item.answer)
      if (expected !== 'other')
        expect(definition?.correctResponsesPattern).toEqual([statement?.result.response])
    }
  })

  it('says when an answer was wrong, with what was chosen', () => {
    const amira = statements.filter(
      (s) => s.actor.name === 'Amira Okafor' && s.verb.id.endsWith('/answered')
    )
    const wrong = amira.filter((s) => s.result.success === false)
    expect(wrong.length).toBeGreaterThan(0)
    for (const s of wrong)
      if (s.object.definition.correctResponsesPattern)
        expect(s.result.response).not.toBe(s.object.definition.correctResponsesPattern[0])
  })

  it('gives the same ids when exported twice, different ones for each answer and attempt', () => {
    const again = statementsOf([learner('Amira Okafor', 0.5), learner('Ben Smith', 1, 9)])
    expect(again.map((s) => s.id)).toEqual(statements.map((s) => s.id))
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length)
    const registrations = new Set(statements.map((s) => s.context.registration))
    expect(registrations.size).toBe(2)
  })

  it('uses the class list’s student id as the account name when there is one', () => {
    const withIds = statementsOf(
      [learner('Amira Okafor', 0.5)],
      new Map([[learnerKey('Amira Okafor'), 'S-042']])
    )
    for (const s of withIds) {
      expect(s.actor.account).toEqual({ homePage: XAPI_HOME_PAGE, name: 'S-042' })
      expect(s.actor.name).toBe('Amira Okafor')
    }
    const without = statementsOf([learner('Ben Smith', 1)])
    expect(without[0]?.actor.account.name).toBe('Ben Smith')
  })

  it('keeps hostile names and passages as data', () => {
    const name = '</script><img src=x onerror=alert(1)>"\\ __proto__'
    const hostile: Quiz = {
      ...mixed,
      items: mixed.items.map((item) =>
        item.type === 'classify'
          ? { ...item, target: { ...item.target, exact: '{"$ref": "constructor"} <b>' } }
          : item
      )
    }
    const result = resultFor(hostile, { name, ability: 1 }, seededRandom(1), hash)
    const report = buildClassReport(hostile, hash, [file(result)])
    const out = xapiStatements(report, hostile, { quizHash: hash })
    const parsed = JSON.parse(xapiJson(out)) as XapiStatement[]
    expect(parsed).toEqual(out)
    expect(parsed[0]?.actor.name).toBe(name)
    const classify = parsed.find((s) => s.object.definition.interactionType === 'choice')
    expect(Object.values(classify?.object.definition.description ?? {})).toContain(
      '{"$ref": "constructor"} <b>'
    )
    for (const s of parsed) expect(validateXapi(s)).toEqual([])
  })

  it('leaves out an unfinished attempt’s completed statement and another quiz’s attempts', () => {
    const unfinished = learner('Chloé Müller', 1)
    const attempt = unfinished.attempts[0]
    if (!attempt) throw new Error('fixture')
    delete attempt.finishedAt
    attempt.answers = attempt.answers.slice(0, 2)
    const other = learner('Dmitri', 1)
    if (other.attempts[0]) other.attempts[0].quizId = 'another-quiz'
    const out = statementsOf([unfinished, other])
    expect(out.map((s) => s.verb.display['en-US'])).toEqual(['answered', 'answered'])
    expect(out.every((s) => s.actor.name === 'Chloé Müller')).toBe(true)
  })
})

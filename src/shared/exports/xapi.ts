import { wordsOf } from '../clue-words'
import { ITEM_TYPE_NAMES, itemChoices, itemPassage } from '../item-kinds'
import type { Quiz, QuizItem } from '../quiz-format'
import { answerKeyOf } from '../response-text'
import type { AttemptRecord, ClassReport } from '../report/report-types'
import { learnerKey } from '../report/identity'
import { v5 as uuidV5 } from 'uuid'

/**
 * The class report's answers as xAPI 1.0.3 statements (also valid under xAPI 2.0, IEEE 9274.1.1):
 * one "answered" statement per scored answer and one "completed" per finished attempt, for a
 * teacher to send to a learning record store. Built from the report's records, so an LRS sees
 * the same right and wrong as the report.
 */

/**
 * Activities and accounts need IRIs. `.invalid` is reserved (RFC 2606): it names no one's site,
 * so these ids cannot collide with another system's, and no LRS can fetch anything from them.
 */
export const XAPI_BASE = 'https://says-who.invalid'
export const XAPI_HOME_PAGE = `${XAPI_BASE}/learners`
/** The namespace of every statement id and registration (a fixed, random UUID). */
const ID_NAMESPACE = '3f0b6f0e-4d52-4d7e-9a44-6f1c2b8e5a71'

export const VERBS = {
  answered: {
    id: 'http://adlnet.gov/expapi/verbs/answered',
    display: { 'en-US': 'answered' }
  },
  completed: {
    id: 'http://adlnet.gov/expapi/verbs/completed',
    display: { 'en-US': 'completed' }
  }
} as const

const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction'
const ASSESSMENT = 'http://adlnet.gov/expapi/activities/assessment'

type LanguageMap = Record<string, string>

export interface XapiActivity {
  objectType: 'Activity'
  id: string
  definition: {
    name: LanguageMap
    description?: LanguageMap
    type: string
    interactionType?: 'choice' | 'sequencing' | 'other'
    choices?: { id: string; description: LanguageMap }[]
    correctResponsesPattern?: string[]
  }
}

export interface XapiStatement {
  id: string
  actor: {
    objectType: 'Agent'
    name: string
    account: { homePage: string; name: string }
  }
  verb: (typeof VERBS)[keyof typeof VERBS]
  object: XapiActivity
  result: {
    success?: boolean
    completion?: boolean
    response?: string
    duration?: string
    score?: { scaled: number; raw: number; min: number; max: number }
  }
  context: {
    registration: string
    platform: string
    language: string
    contextActivities?: { parent: { objectType: 'Activity'; id: string }[] }
  }
  timestamp: string
}

export interface XapiOptions {
  /** The teacher's quiz version: a corrected quiz judges answers anew, so its statements differ. */
  quizHash: string
  /** A learner's student id from the class list, by learnerKey; the account name when present. */
  studentIds?: ReadonlyMap<string, string>
}

const pathPart = (id: string): string => encodeURIComponent(id)

export function quizActivityId(quizId: string): string {
  return `${XAPI_BASE}/quizzes/${pathPart(quizId)}`
}

export function itemActivityId(quizId: string, itemId: string): string {
  return `${quizActivityId(quizId)}/items/${pathPart(itemId)}`
}

function choicesOf(quiz: Quiz, item: QuizItem): { id: string; text: string }[] {
  if (item.type === 'classify')
    return quiz.labels.map((label) => ({ id: label.id, text: label.name }))
  if (item.type === 'timeline')
    return item.events.map((event) => ({ id: event.id, text: event.target.exact }))
  return itemChoices(item)
}

/** The choice and sequencing response format of xAPI: ids joined by "[,]". */
function xapiResponse(item: QuizItem, key: string): string {
  if (item.type === 'timeline') return key.split('>').join('[,]')
  if (item.type === 'find-clue') {
    const words = wordsOf(item.target.exact)
    return key === ''
      ? ''
      : key
          .split(' ')
          .map((n) => words[Number(n)]?.text ?? '?')
          .join(' ')
  }
  return key
}

function itemActivity(quiz: Quiz, item: QuizItem, number: number): XapiActivity {
  const lang = quiz.language
  const interactionType =
    item.type === 'timeline' ? 'sequencing' : item.type === 'find-clue' ? 'other' : 'choice'
  // Stance names are the app's words, in English; the other choices are the quiz author's.
  const choiceLang = item.type === 'frame' ? 'en' : lang
  const withChoices =
    interactionType === 'other'
      ? {}
      : {
          choices: choicesOf(quiz, item).map(({ id, text }) => ({
            id,
            description: { [choiceLang]: text }
          })),
          correctResponsesPattern: [xapiResponse(item, answerKeyOf(item))]
        }
  return {
    objectType: 'Activity',
    id: itemActivityId(quiz.id, item.id),
    definition: {
      name: { en: `${quiz.title}: item ${number}, ${ITEM_TYPE_NAMES[item.type]}` },
      description: { [lang]: itemPassage(item).exact },
      type: INTERACTION,
      interactionType,
      ...withChoices
    }
  }
}

function quizActivity(quiz: Quiz): XapiActivity {
  return {
    objectType: 'Activity',
    id: quizActivityId(quiz.id),
    definition: {
      name: { [quiz.language]: quiz.title },
      ...(quiz.description ? { description: { [quiz.language]: quiz.description } } : {}),
      type: ASSESSMENT
    }
  }
}

function actorOf(record: AttemptRecord, studentIds: ReadonlyMap<string, string> | undefined) {
  const studentId = studentIds?.get(learnerKey(record.learner))
  return {
    objectType: 'Agent' as const,
    name: record.learner,
    account: { homePage: XAPI_HOME_PAGE, name: studentId || record.learner }
  }
}

function isoDuration(seconds: number): string {
  return `PT${seconds}S`
}

/**
 * Every attempt the report could score against this quiz: apart attempts (another quiz, or a
 * version that cannot be matched) have no right answers to send. Items not scored (their key
 * changed since the attempt) are left out for the same reason.
 */
export function xapiStatements(
  report: ClassReport,
  quiz: Quiz,
  options: XapiOptions
): XapiStatement[] {
  const items = new Map(quiz.items.map((item, i) => [item.id, { item, number: i + 1 }]))
  const activities = new Map<string, XapiActivity>()
  const parent = { objectType: 'Activity' as const, id: quizActivityId(quiz.id) }
  const statements: XapiStatement[] = []
  const idOf = (...parts: string[]): string =>
    uuidV5([quiz.id, options.quizHash, ...parts].join('\u0000'), ID_NAMESPACE)
  for (const record of report.records) {
    if (record.apart) continue
    const actor = actorOf(record, options.studentIds)
    const registration = uuidV5(`attempt\u0000${record.attemptId}`, ID_NAMESPACE)
    const context = { registration, platform: 'Says Who?', language: quiz.language }
    for (const [itemId, { item, number }] of items) {
      const chosen = record.chosen[itemId]
      if (chosen === undefined) continue
      let activity = activities.get(itemId)
      if (!activity) activities.set(itemId, (activity = itemActivity(quiz, item, number)))
      statements.push({
        id: idOf('answered', record.attemptId, itemId),
        actor,
        verb: VERBS.answered,
        object: activity,
        result: { success: record.right[itemId] === true, response: xapiResponse(item, chosen) },
        context: { ...context, contextActivities: { parent: [parent] } },
        timestamp: record.answeredAt[itemId] ?? record.startedAt
      })
    }
    if (record.finishedAt === null) continue
    statements.push({
      id: idOf('completed', record.attemptId),
      actor,
      verb: VERBS.completed,
      object: quizActivity(quiz),
      result: {
        completion: true,
        ...(record.timeTakenSeconds === null
          ? {}
          : { duration: isoDuration(record.timeTakenSeconds) }),
        score: {
          scaled: record.total === 0 ? 0 : record.correct / record.total,
          raw: record.correct,
          min: 0,
          max: record.total
        }
      },
      context,
      timestamp: record.finishedAt
    })
  }
  return statements
}

/** The file a teacher sends to an LRS: a JSON array, the body of a POST to /statements. */
export function xapiJson(statements: readonly XapiStatement[]): string {
  return `${JSON.stringify(statements, null, 2)}\n`
}

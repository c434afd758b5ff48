import { RESULT_FORMAT } from './attempt-format'
import type { ResultFile } from './result-format'

/**
 * A hand-written check of a parsed result file, equivalent to `resultFileSchema` for the files
 * the app writes: a class report reads thousands of them, and zod's generic walk cost more than
 * reading and parsing them. It only ever says yes when the schema would accept the value
 * unchanged; on a no (or a learner name the schema would trim) the schema runs and gives the
 * message. tests/unit/shared/result-shape.spec.ts and the result fuzzing check they agree.
 */
export function isPlainResultFile(value: unknown): value is ResultFile {
  if (!isRecord(value)) return false
  let keys = 0
  for (const key in value) {
    if (!FILE_KEYS.has(key)) return false
    keys++
  }
  const { learner, attempts, signature } = value
  if (
    value['format'] !== RESULT_FORMAT ||
    !isDateTime(value['exportedAt']) ||
    !isRecord(learner) ||
    !Array.isArray(attempts) ||
    attempts.length < 1 ||
    attempts.length > 500 ||
    keys !== (signature === undefined ? 4 : 5) ||
    (signature !== undefined && !(typeof signature === 'string' && SIGNATURE.test(signature)))
  )
    return false
  for (const key in learner) if (key !== 'name') return false
  const name = learner['name']
  // The schema trims the name: only a name that is already trimmed comes out unchanged.
  if (typeof name !== 'string' || name.length < 1 || name.length > 60 || name.trim() !== name)
    return false
  for (const attempt of attempts) if (!isPlainAttempt(attempt)) return false
  return true
}

const FILE_KEYS = new Set(['format', 'exportedAt', 'learner', 'attempts', 'signature'])
const REQUIRED_ATTEMPT_KEYS = [
  'attemptId',
  'quizId',
  'quizHash',
  'quizTitle',
  'mode',
  'itemIds',
  'answers',
  'startedAt',
  'storedScore'
] as const
const ATTEMPT_KEYS = new Set<string>([
  ...REQUIRED_ATTEMPT_KEYS,
  'finishedAt',
  'itemKeys',
  'labelSet'
])

/** answer-key.ts's FINGERPRINT_PATTERN: 14 lowercase hex digits. */
const FINGERPRINT_LENGTH = 14

// The same patterns as attempt-format.ts and zod's `z.iso.datetime()` (no offset, any precision).
const ENTITY_ID = /^[A-Za-z0-9_-]{1,64}$/
const SIGNATURE = /^hmac-sha256:[0-9a-f]{64}$/
const DATE_TIME =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z))$/

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function isDateTime(value: unknown): boolean {
  return typeof value === 'string' && DATE_TIME.test(value)
}

/** `SLUG` by hand: the report tests hundreds of thousands of item ids and labels. */
function isSlug(value: unknown): boolean {
  if (typeof value !== 'string' || value.length < 1 || value.length > 64) return false
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    const ok = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c === 45 && i > 0)
    if (!ok) return false
  }
  return true
}

/** `FINGERPRINT_PATTERN` (and the quiz hash) by hand: lowercase hex of a given length. */
function isHex(value: unknown, length: number): boolean {
  if (typeof value !== 'string' || value.length !== length) return false
  for (let i = 0; i < length; i++) {
    const c = value.charCodeAt(i)
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false
  }
  return true
}

const isCount = (value: unknown): boolean =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && !Object.is(value, -0)

function isPlainAttempt(attempt: unknown): boolean {
  if (!isRecord(attempt)) return false
  for (const key in attempt) if (!ATTEMPT_KEYS.has(key)) return false
  for (const key of REQUIRED_ATTEMPT_KEYS) if (attempt[key] === undefined) return false
  const { attemptId, quizHash, quizTitle, mode, itemIds, answers, storedScore } = attempt
  const { finishedAt, itemKeys, labelSet } = attempt
  if (
    !(typeof attemptId === 'string' && ENTITY_ID.test(attemptId)) ||
    !isSlug(attempt['quizId']) ||
    !isHex(quizHash, 64) ||
    !(typeof quizTitle === 'string' && quizTitle.length <= 200) ||
    (mode !== 'full' && mode !== 'practice') ||
    !isDateTime(attempt['startedAt']) ||
    (finishedAt !== undefined && !isDateTime(finishedAt)) ||
    (labelSet !== undefined && !isHex(labelSet, FINGERPRINT_LENGTH))
  )
    return false
  if (!Array.isArray(itemIds) || itemIds.length < 1 || itemIds.length > 500) return false
  for (const id of itemIds) if (!isSlug(id)) return false
  if (itemKeys !== undefined) {
    if (!Array.isArray(itemKeys) || itemKeys.length < 1 || itemKeys.length > 500) return false
    for (const key of itemKeys) if (!isHex(key, FINGERPRINT_LENGTH)) return false
  }
  if (!isRecord(storedScore)) return false
  let scoreKeys = 0
  for (const key in storedScore) {
    if (key !== 'correct' && key !== 'answered') return false
    scoreKeys++
  }
  if (scoreKeys !== 2 || !isCount(storedScore['correct']) || !isCount(storedScore['answered']))
    return false
  if (!Array.isArray(answers) || answers.length > 500) return false
  for (const answer of answers) if (!isPlainAnswer(answer)) return false
  return true
}

function isPlainAnswer(answer: unknown): boolean {
  if (!isRecord(answer)) return false
  let keys = 0
  for (const key in answer) {
    if (key !== 'itemId' && key !== 'response' && key !== 'answeredAt') return false
    keys++
  }
  const response = answer['response']
  if (keys !== 3 || !isSlug(answer['itemId']) || !isDateTime(answer['answeredAt'])) return false
  if (!isRecord(response)) return false
  let responseKeys = 0
  for (const key in response) {
    if (key !== 'type' && key !== 'label') return false
    responseKeys++
  }
  return responseKeys === 2 && response['type'] === 'classify' && isSlug(response['label'])
}

import { z } from 'zod'
import { safeFileBase } from './learner-name'
import {
  RESULT_FORMAT,
  answerSchema,
  attemptSchema,
  entityId,
  type Attempt
} from './attempt-format'
import { attemptStatus } from './attempt-progress'
import { attemptKeys } from './answer-key'
import { canonicalJson } from './canonical-json'
import type { Quiz } from './quiz-format'
import type { ValidationIssue } from './contract-schemas'
import { formatPath } from './json-path'
import { scoreAttempt } from './scoring'
import { parseUntrustedJson } from './untrusted-json'
import { isPlainResultFile } from './result-shape'

export { RESULT_FORMAT }

export const RESULT_FILE_SUFFIX = '.result.json'
/** 500 attempts of 500 answers would be far below this; a larger file is not ours. */
export const MAX_RESULT_FILE_SIZE = 5_000_000

/** An answer as handed in: whether it was right is for the teacher's copy of the quiz to say. */
export const resultAnswerSchema = answerSchema.omit({ correct: true })

/** An attempt as handed in: the stored attempt without the learner's local ids. */
export const resultAttemptSchema = attemptSchema
  .pick({
    quizId: true,
    quizHash: true,
    quizTitle: true,
    mode: true,
    itemIds: true,
    startedAt: true,
    finishedAt: true,
    itemKeys: true,
    labelSet: true
  })
  .extend({
    attemptId: entityId,
    answers: z.array(resultAnswerSchema).max(500),
    /** What the app scored when the learner answered; the class report re-scores and compares. */
    storedScore: z.strictObject({ correct: z.int().min(0), answered: z.int().min(0) })
  })

/** Added when the teacher collects results on the classroom computer (main's ResultSigner). */
export const RESULT_SIGNATURE_PATTERN = /^hmac-sha256:[0-9a-f]{64}$/

export const resultFileSchema = z.strictObject({
  format: z.literal(RESULT_FORMAT),
  exportedAt: z.iso.datetime(),
  learner: z.strictObject({ name: z.string().trim().min(1).max(60) }),
  attempts: z.array(resultAttemptSchema).min(1).max(500),
  signature: z.string().regex(RESULT_SIGNATURE_PATTERN).optional()
})

export type ResultAttempt = z.infer<typeof resultAttemptSchema>
export type ResultFile = z.infer<typeof resultFileSchema>

export type ResultValidation =
  { ok: true; result: ResultFile } | { ok: false; issues: ValidationIssue[] }

/** Reads a result file someone handed in: it may be broken, from another version, or edited. */
/** The result file's own refusals, which the class report recognises to word them on screen. */
export const RESULT_MESSAGES = {
  notObject: 'A result file must hold a JSON object.',
  noFormat: 'Missing "format": this is not a Says Who? result file.',
  otherFormat: (format: string) =>
    `This file is in format ${format}; this version reads "${RESULT_FORMAT}".`
}

export function validateResultText(text: string): ResultValidation {
  // The app writes files up to this size (260 attempts of the article quiz): it must read them back.
  const parsed = parseUntrustedJson(text, { maxChars: MAX_RESULT_FILE_SIZE, maxDepth: 32 })
  if (!parsed.ok) return { ok: false, issues: [{ path: parsed.path, message: parsed.message }] }
  const value = parsed.value as { format?: unknown } | null
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, issues: [{ path: '', message: RESULT_MESSAGES.notObject }] }
  }
  if (value.format !== RESULT_FORMAT) {
    return {
      ok: false,
      issues: [
        {
          path: 'format',
          message:
            value.format === undefined
              ? RESULT_MESSAGES.noFormat
              : RESULT_MESSAGES.otherFormat(JSON.stringify(value.format))
        }
      ]
    }
  }
  if (isPlainResultFile(value)) return { ok: true, result: value }
  const checked = resultFileSchema.safeParse(value)
  if (!checked.success) {
    return {
      ok: false,
      issues: checked.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }))
    }
  }
  return { ok: true, result: checked.data }
}

/** What main knows of an attempt's quiz when it exports it (absent when the quiz is gone). */
export interface AttemptQuiz {
  quiz: Quiz
  hash: string
}

/**
 * A learner's finished or unfinished attempts as the file they hand in. With the attempt's quiz
 * (the same version), the stored score comes from the one scorer, and an attempt older than
 * answer keys gets them, so a corrected quiz can still score it item by item.
 */
export function resultFileFor(
  learnerName: string,
  attempts: Attempt[],
  now: Date,
  quizOf: (attempt: Attempt) => AttemptQuiz | null = () => null
): ResultFile {
  return {
    format: RESULT_FORMAT,
    exportedAt: now.toISOString(),
    learner: { name: learnerName },
    attempts: attempts.map((attempt) => resultAttemptFor(attempt, quizOf(attempt)))
  }
}

function resultAttemptFor(attempt: Attempt, known: AttemptQuiz | null): ResultAttempt {
  const sameVersion = known !== null && known.hash === attempt.quizHash ? known.quiz : null
  const keys =
    attempt.itemKeys && attempt.labelSet
      ? { itemKeys: attempt.itemKeys, labelSet: attempt.labelSet }
      : sameVersion
        ? attemptKeys(sameVersion, attempt.itemIds)
        : {}
  const score = sameVersion ? scoreAttempt(sameVersion, attempt) : null
  return {
    attemptId: attempt.id,
    quizId: attempt.quizId,
    quizHash: attempt.quizHash,
    quizTitle: attempt.quizTitle,
    mode: attempt.mode,
    itemIds: attempt.itemIds,
    answers: attempt.answers.map(({ itemId, response, answeredAt }) => ({
      itemId,
      response,
      answeredAt
    })),
    startedAt: attempt.startedAt,
    ...(attempt.finishedAt && attemptStatus(attempt) === 'finished'
      ? { finishedAt: attempt.finishedAt }
      : {}),
    ...keys,
    storedScore: {
      correct: score ? score.correct : attempt.answers.filter((a) => a.correct).length,
      answered: attempt.answers.length
    }
  }
}

/** What a signature covers: the whole file but the signature, keys sorted, so layout is free. */
export function signedContent(file: ResultFile): string {
  return canonicalJson({ ...file, signature: undefined })
}

/**
 * A file name for a learner's results: letters of any script kept, with their combining marks
 * (Devanagari vowel signs), the rest dashed.
 */
export function resultFileName(learnerName: string, quizId: string): string {
  const name = learnerName
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  return safeFileBase(`${name || 'learner'}-${quizId}${RESULT_FILE_SUFFIX}`)
}

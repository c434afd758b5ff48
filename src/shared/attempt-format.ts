import { z } from 'zod'
import { FINGERPRINT_PATTERN } from './answer-key'
import { SUPPORTED_LOCALES } from './locales'
import { STANCES } from './quiz-format'

export const ATTEMPT_FORMAT = 'says-who/attempt@1'
/** The version string of a result file a learner hands in; other versions are refused. */
export const RESULT_FORMAT = 'says-who/result@1'

export const entityId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Not a valid id.')
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/)
const fingerprintSchema = z.string().regex(FINGERPRINT_PATTERN)

/** What the learner chose; main scores it against the item (scoring.ts), never the renderer. */
export const responseSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('classify'), label: slug }),
  z.strictObject({ type: z.literal('who-says'), choice: slug }),
  z.strictObject({
    type: z.literal('find-clue'),
    /** Indexes of the marked words of the sentence (clue-words.ts). */
    words: z.array(z.int().min(0).max(2000)).max(200)
  }),
  z.strictObject({ type: z.literal('frame'), stance: z.enum(STANCES) }),
  z.strictObject({ type: z.literal('when'), choice: slug }),
  z.strictObject({ type: z.literal('timeline'), order: z.array(slug).min(1).max(5) })
])

export const answerSchema = z.strictObject({
  itemId: slug,
  response: responseSchema,
  correct: z.boolean(),
  answeredAt: z.iso.datetime()
})

export const attemptSchema = z.strictObject({
  format: z.literal(ATTEMPT_FORMAT),
  id: entityId,
  profileId: entityId,
  quizKey: z.string().min(1).max(200),
  quizId: slug,
  quizHash: z.string().regex(/^[0-9a-f]{64}$/),
  quizTitle: z.string().max(200),
  mode: z.enum(['full', 'practice']),
  /** The items of this attempt, in the order they are asked; practice attempts hold a subset. */
  itemIds: z.array(slug).min(1).max(500),
  /** Answers in the order of itemIds: the next item to ask is itemIds[answers.length]. */
  answers: z.array(answerSchema).max(500),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().optional(),
  abandonedAt: z.iso.datetime().optional(),
  /** The answer key each item had at the start (answer-key.ts); absent in older attempt files. */
  itemKeys: z.array(fingerprintSchema).min(1).max(500).optional(),
  /** The quiz's label set at the start; absent in older attempt files. */
  labelSet: fingerprintSchema.optional()
})

export const profileSchema = z.strictObject({
  id: entityId,
  name: z.string().trim().min(1).max(60),
  createdAt: z.iso.datetime(),
  /** When the learner first read or skipped the "How to tell" primer; absent until then. */
  primerSeenAt: z.iso.datetime().optional(),
  /** The interface language the learner last chose; back when they choose their name again. */
  language: z.enum(SUPPORTED_LOCALES).optional()
})

export type QuizResponse = z.infer<typeof responseSchema>
export type Answer = z.infer<typeof answerSchema>
export type Attempt = z.infer<typeof attemptSchema>
export type Profile = z.infer<typeof profileSchema>

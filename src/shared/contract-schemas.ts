// The values that cross IPC, one schema each: contract.ts builds its channel table from these,
// and services and screens take their outcome types from here instead of declaring them again.
import { z } from 'zod'
import { answerSchema } from './attempt-format'
import { quizSchema } from './quiz-format'

/** A quiz in the library, as the library screen lists it. */
export const libraryEntrySchema = z.strictObject({
  /** Stable handle for the quiz within this app: `bundled:<file>` or `imported:<hash>`. */
  key: z.string(),
  quizId: z.string(),
  title: z.string(),
  itemCount: z.int().min(0),
  /** The article's length, for the card ("436 words"). */
  wordCount: z.int().min(0).optional(),
  topic: z.string().optional(),
  level: z.enum(['introductory', 'intermediate', 'advanced']).optional(),
  origin: z.enum(['bundled', 'imported']),
  fileName: z.string()
})

/** Something the storage noticed and set aside, told to the learner once. */
export const storageNoticeSchema = z.strictObject({ file: z.string(), message: z.string() })

export const validationIssueSchema = z.strictObject({
  /** Where in the file, as a JSON path: `items[3].target.exact`; empty for the whole file. */
  path: z.string(),
  message: z.string()
})
export type ValidationIssue = z.infer<typeof validationIssueSchema>

export const importOutcomeSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('imported'),
    entry: libraryEntrySchema,
    alreadyPresent: z.boolean(),
    /** An older version of the same quiz id was in the library and was retired for this one. */
    replacedOlder: z.boolean().optional()
  }),
  z.strictObject({ status: z.literal('cancelled') }),
  z.strictObject({
    status: z.literal('invalid'),
    fileName: z.string(),
    issues: z.array(validationIssueSchema)
  }),
  /** A learner's result file opened as a quiz: it belongs with the teacher. */
  z.strictObject({ status: z.literal('result-file'), fileName: z.string() })
])

export const loadedQuizSchema = z.strictObject({
  entry: libraryEntrySchema,
  quiz: quizSchema,
  hash: z.string().regex(/^[0-9a-f]{64}$/)
})

export const unreadableSchema = z.strictObject({
  status: z.literal('unreadable'),
  fileName: z.string(),
  message: z.string()
})
export const cancelledSchema = z.strictObject({ status: z.literal('cancelled') })
export const documentId = z.uuid()

export const articleFileSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('opened'), fileName: z.string(), text: z.string() }),
  unreadableSchema,
  cancelledSchema
])

export const openedQuizDocumentSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('opened'),
    documentId,
    fileName: z.string(),
    text: z.string()
  }),
  unreadableSchema,
  cancelledSchema
])

export const saveOutcomeSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), documentId, fileName: z.string() }),
  cancelledSchema,
  z.strictObject({ status: z.literal('invalid'), issues: z.array(validationIssueSchema) })
])

export const savedFileSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), fileName: z.string() }),
  cancelledSchema
])

export const exportOutcomeSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), fileName: z.string(), attempts: z.int().min(1) }),
  cancelledSchema
])

export const reportQuizSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('opened'),
    fileName: z.string(),
    quiz: quizSchema,
    hash: z.string().regex(/^[0-9a-f]{64}$/)
  }),
  z.strictObject({
    status: z.literal('invalid'),
    fileName: z.string(),
    issues: z.array(validationIssueSchema)
  }),
  cancelledSchema
])

/** A message main made in every interface language, shown in the one the person uses now. */
const localisedTextSchema = z.strictObject({ en: z.string(), es: z.string(), fr: z.string() })

export const resultFilesSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('opened'),
    files: z.array(
      z.strictObject({
        fileName: z.string(),
        text: z.string(),
        /** Main checked the teacher's signature: collected on this computer, and unchanged or not. */
        collected: z.enum(['unchanged', 'altered']).optional()
      })
    ),
    unreadable: z.array(
      z.strictObject({
        fileName: z.string(),
        message: z.string(),
        /** The message (and a made-up name such as "3 more files") in every interface language. */
        texts: localisedTextSchema.optional(),
        nameTexts: localisedTextSchema.optional()
      })
    ),
    /** The folder or zip chosen, by name, so a notice can say it held no result files. */
    source: z.string().optional()
  }),
  cancelledSchema
])

/**
 * The files the system asked the app to open (double-clicked, or handed over by a second launch):
 * quiz files already imported into the library, result files read for the class report. Result
 * files wait in main while teacher mode is locked, and are counted here instead.
 */
export const openedFilesSchema = z.strictObject({
  quizzes: z.array(
    z.strictObject({
      fileName: z.string(),
      outcome: z.union([
        importOutcomeSchema,
        z.strictObject({ status: z.literal('failed'), message: z.string() })
      ])
    })
  ),
  results: z
    .strictObject({
      files: resultFilesSchema.options[0].shape.files,
      unreadable: resultFilesSchema.options[0].shape.unreadable
    })
    .nullable(),
  resultsWaiting: z.int().min(0)
})
export type OpenedFilesOutcome = z.infer<typeof openedFilesSchema>

export type ExportOutcome = z.infer<typeof exportOutcomeSchema>
export type ReportQuizOutcome = z.infer<typeof reportQuizSchema>
export type ResultFilesOutcome = z.infer<typeof resultFilesSchema>
export type SavedFileOutcome = z.infer<typeof savedFileSchema>

export type ArticleFileOutcome = z.infer<typeof articleFileSchema>
export type OpenedQuizDocument = z.infer<typeof openedQuizDocumentSchema>
export type SaveQuizOutcome = z.infer<typeof saveOutcomeSchema>

export type LibraryEntry = z.infer<typeof libraryEntrySchema>
export type StorageNotice = z.infer<typeof storageNoticeSchema>
export type ImportOutcome = z.infer<typeof importOutcomeSchema>
export type LoadedQuiz = z.infer<typeof loadedQuizSchema>

/**
 * What one answer changed, not the whole attempt: the answer as main scored and saved it, and
 * finishedAt when it was the last one (main finishes the attempt in the same write).
 */
export const answerOutcomeSchema = z.strictObject({
  answer: answerSchema,
  finishedAt: z.iso.datetime().optional()
})
export type AnswerOutcome = z.infer<typeof answerOutcomeSchema>

import { z } from 'zod'
import { WINDOWS_RESERVED } from './learner-name'
import { attemptSchema, entityId, profileSchema, responseSchema } from './attempt-format'
import { quizSchema } from './quiz-format'
import { MAX_QUIZ_FILE_SIZE, TOO_LARGE_MESSAGE } from './untrusted-json'
import type { ChannelName } from './channels'
import {
  archiveIdArg as archiveId,
  archivedLearnerSchema,
  learnerNameArg as learnerName,
  pinArg,
  teacherStatusSchema,
  unlockOutcomeSchema
} from './teacher-contract'
import {
  backUpOutcomeSchema,
  backupIdArg,
  backupSummarySchema,
  openBackupOutcomeSchema,
  restoreOutcomeSchema
} from './backup-contract'

export { API_GLOBAL, CHANNEL_NAMES, ipcChannel, type ChannelName } from './channels'
export {
  TEACHER_CHANNELS,
  TEACHER_IDLE_MS,
  TEACHER_LOCKED_MESSAGE,
  archivedLearnerSchema,
  teacherStatusSchema,
  unlockOutcomeSchema,
  type ArchivedLearner,
  type TeacherStatus,
  type UnlockOutcome
} from './teacher-contract'

/**
 * Every message between the renderer and the main process: the schema of its argument and of
 * its result. Main validates each argument against `input` before a service sees it; the preload,
 * the renderer and main's handlers are typed from here.
 */

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

const validationIssueSchema = z.strictObject({ path: z.string(), message: z.string() })

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

const unreadableSchema = z.strictObject({
  status: z.literal('unreadable'),
  fileName: z.string(),
  message: z.string()
})
const cancelledSchema = z.strictObject({ status: z.literal('cancelled') })
const documentId = z.uuid()

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

const savedFileSchema = z.discriminatedUnion('status', [
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
    unreadable: z.array(z.strictObject({ fileName: z.string(), message: z.string() }))
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

const noArgument = z.undefined()
const profileArg = z.strictObject({ profileId: entityId })
const attemptArg = z.strictObject({ profileId: entityId, attemptId: entityId })
const quizKey = z.string().min(1).max(200)
/** A name the save dialog proposes: no folders, nothing a shell or a path would read specially. */
const fileNameArg = z
  .string()
  .regex(/^[\p{L}\p{N}_ .,()-]{1,120}$/u, 'Use letters, digits, spaces, dots and dashes.')
  .refine((name) => !name.startsWith('.'), 'A file name cannot start with a dot.')
  .refine(
    (name) => !WINDOWS_RESERVED.test(name.split('.')[0]?.trim() ?? ''),
    'That name is kept for devices on Windows; choose another.'
  )
const notices = z.array(storageNoticeSchema)
export const rosterFileSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('opened'), fileName: z.string(), text: z.string() }),
  unreadableSchema,
  cancelledSchema
])

function channel<Input extends z.ZodType, Output extends z.ZodType>(input: Input, output: Output) {
  return { input, output }
}

export const contract = {
  listProfiles: channel(noArgument, z.strictObject({ profiles: z.array(profileSchema), notices })),
  createProfile: channel(z.strictObject({ name: learnerName }), profileSchema),
  /** The learner read or skipped the primer: it is not shown before their next quiz. */
  markPrimerSeen: channel(profileArg, profileSchema),
  listLibrary: channel(
    noArgument,
    z.strictObject({ entries: z.array(libraryEntrySchema), notices })
  ),
  loadQuiz: channel(z.strictObject({ key: quizKey }), loadedQuizSchema),
  openQuizFile: channel(noArgument, importOutcomeSchema),
  importQuizText: channel(
    z.strictObject({
      fileName: z.string().min(1).max(260),
      text: z.string().max(MAX_QUIZ_FILE_SIZE, TOO_LARGE_MESSAGE)
    }),
    importOutcomeSchema
  ),
  listAttempts: channel(profileArg, z.strictObject({ attempts: z.array(attemptSchema), notices })),
  getAttempt: channel(attemptArg, attemptSchema),
  startAttempt: channel(
    z.strictObject({
      profileId: entityId,
      quizKey,
      /** A subset to practise; all items when absent. */
      itemIds: z.array(z.string().max(64)).min(1).max(500).optional(),
      /** Abandon the unfinished full attempt at this quiz; without it main refuses to start one. */
      replaceUnfinished: z.boolean().optional()
    }),
    attemptSchema
  ),
  answerItem: channel(
    z.strictObject({
      profileId: entityId,
      attemptId: entityId,
      itemId: z.string().max(64),
      response: responseSchema
    }),
    attemptSchema
  ),
  finishAttempt: channel(attemptArg, attemptSchema),
  abandonAttempt: channel(attemptArg, attemptSchema),
  openArticleFile: channel(noArgument, articleFileSchema),
  openQuizForEditing: channel(noArgument, openedQuizDocumentSchema),
  saveQuizFile: channel(
    z.strictObject({
      /** The file opened or saved before; absent, or with saveAs, the person picks a file. */
      documentId: documentId.optional(),
      saveAs: z.boolean(),
      suggestedName: fileNameArg,
      text: z.string().max(MAX_QUIZ_FILE_SIZE, TOO_LARGE_MESSAGE)
    }),
    saveOutcomeSchema
  ),
  exportResults: channel(
    z.strictObject({ profileId: entityId, attemptIds: z.array(entityId).min(1).max(500) }),
    exportOutcomeSchema
  ),
  openReportQuiz: channel(noArgument, reportQuizSchema),
  openResultFiles: channel(
    z.strictObject({ from: z.enum(['files', 'folder']) }),
    resultFilesSchema
  ),
  /** Teacher mode: every learner's attempts at a quiz on this computer, one signed file each. */
  collectResults: channel(
    z.strictObject({ quizId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Not a quiz id.') }),
    resultFilesSchema
  ),
  saveReportPdf: channel(z.strictObject({ suggestedName: fileNameArg }), savedFileSchema),
  saveCsvFile: channel(
    z.strictObject({ suggestedName: fileNameArg, text: z.string().max(50_000_000) }),
    savedFileSchema
  ),
  teacherStatus: channel(noArgument, teacherStatusSchema),
  // The PIN's rules are checked by main, which answers with a sentence rather than a schema path.
  setTeacherPin: channel(z.strictObject({ pin: pinArg }), teacherStatusSchema),
  unlockTeacher: channel(z.strictObject({ pin: pinArg }), unlockOutcomeSchema),
  lockTeacher: channel(noArgument, teacherStatusSchema),
  teacherKeepAlive: channel(noArgument, teacherStatusSchema),
  renameLearner: channel(z.strictObject({ profileId: entityId, name: learnerName }), profileSchema),
  archiveLearner: channel(profileArg, archivedLearnerSchema),
  listArchivedLearners: channel(
    noArgument,
    z.strictObject({ learners: z.array(archivedLearnerSchema), notices })
  ),
  restoreLearner: channel(z.strictObject({ archiveId }), profileSchema),
  openRosterFile: channel(noArgument, rosterFileSchema),
  importRoster: channel(
    z.strictObject({ names: z.array(learnerName).min(1).max(1000) }),
    z.strictObject({ added: z.array(profileSchema), alreadyThere: z.int().min(0) })
  ),
  getRoster: channel(noArgument, z.strictObject({ names: z.array(z.string()) })),
  removeQuiz: channel(
    z.strictObject({ key: quizKey }),
    z.strictObject({ removed: libraryEntrySchema })
  ),
  takeOpenedFiles: channel(noArgument, openedFilesSchema),
  backUp: channel(noArgument, backUpOutcomeSchema),
  listBackups: channel(noArgument, z.strictObject({ backups: z.array(backupSummarySchema) })),
  openBackupFile: channel(noArgument, openBackupOutcomeSchema),
  restoreBackup: channel(z.strictObject({ id: backupIdArg }), restoreOutcomeSchema)
} satisfies { [K in ChannelName]: { input: z.ZodType; output: z.ZodType } }

export type Contract = typeof contract
export type ChannelInput<K extends ChannelName> = z.infer<Contract[K]['input']>
export type ChannelOutput<K extends ChannelName> = z.infer<Contract[K]['output']>

export interface ApiError {
  message: string
  file?: string
  path?: string
}

/** Errors cross the boundary as values a person can read, never as thrown exceptions. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }

type MethodArgs<K extends ChannelName> = ChannelInput<K> extends undefined ? [] : [ChannelInput<K>]

/** The object the preload exposes as `window.saysWho`. */
export type SaysWhoApi = {
  [K in ChannelName]: (...args: MethodArgs<K>) => Promise<ApiResult<ChannelOutput<K>>>
}

/** Implementations in main: one per channel, taking the validated argument. */
export type ServiceHandlers = {
  [K in ChannelName]: (...args: MethodArgs<K>) => Promise<ChannelOutput<K>> | ChannelOutput<K>
}

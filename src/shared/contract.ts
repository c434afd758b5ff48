import { z } from 'zod'
import { WINDOWS_RESERVED } from './learner-name'
import { attemptSchema, entityId, profileSchema, responseSchema } from './attempt-format'
import { MAX_QUIZ_FILE_SIZE, TOO_LARGE_MESSAGE } from './quiz-limits'
import {
  answerOutcomeSchema,
  articleFileSchema,
  cancelledSchema,
  documentId,
  exportOutcomeSchema,
  importOutcomeSchema,
  libraryEntrySchema,
  loadedQuizSchema,
  openedFilesSchema,
  openedQuizDocumentSchema,
  reportQuizSchema,
  resultFilesSchema,
  savedFileSchema,
  saveOutcomeSchema,
  storageNoticeSchema,
  unreadableSchema
} from './contract-schemas'
import type { ChannelName } from './channels'
import { exportQuizArg, quizExportOutcomeSchema } from './export-contract'
import { SUPPORTED_LOCALES } from './locales'
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
export * from './contract-schemas'
export {
  TEACHER_CHANNELS,
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

const noArgument = z.undefined()
const profileArg = z.strictObject({ profileId: entityId })
const attemptArg = z.strictObject({ profileId: entityId, attemptId: entityId })
const quizKey = z.string().min(1).max(200)
/** A name the save dialog proposes: no folders, nothing a shell or a path would read specially. */
const fileNameArg = z
  .string()
  .regex(/^[\p{L}\p{M}\p{N}_ .,()-]{1,120}$/u, 'Use letters, digits, spaces, dots and dashes.')
  .refine((name) => !name.startsWith('.'), 'A file name cannot start with a dot.')
  .refine(
    (name) => !WINDOWS_RESERVED.test(name.split('.')[0]?.trim() ?? ''),
    'That name is kept for devices on Windows; choose another.'
  )
const notices = z.array(storageNoticeSchema)
/** A student id from a class list: what a school's system prints, no control characters. */
const studentIdArg = z
  .string()
  .max(40)
  .regex(/^[^\p{Cc}]*$/u, 'A student id cannot hold control characters.')
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
    answerOutcomeSchema
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
    z.strictObject({ from: z.enum(['files', 'folder', 'zip']) }),
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
  /** The report's answers as xAPI statements (a JSON array), saved where the teacher chooses. */
  saveXapiFile: channel(
    z.strictObject({ suggestedName: fileNameArg, text: z.string().max(200_000_000) }),
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
    z
      .strictObject({
        names: z.array(learnerName).min(1).max(1000),
        /** The class list's student ids, one per name ('' for none); absent without an id column. */
        studentIds: z.array(studentIdArg).max(1000).optional()
      })
      .refine(
        (roster) => !roster.studentIds || roster.studentIds.length === roster.names.length,
        'Give one student id per name.'
      ),
    z.strictObject({ added: z.array(profileSchema), alreadyThere: z.int().min(0) })
  ),
  getRoster: channel(
    noArgument,
    z.strictObject({ names: z.array(z.string()), studentIds: z.array(z.string()).optional() })
  ),
  removeQuiz: channel(
    z.strictObject({ key: quizKey }),
    z.strictObject({ removed: libraryEntrySchema })
  ),
  takeOpenedFiles: channel(noArgument, openedFilesSchema),
  backUp: channel(noArgument, backUpOutcomeSchema),
  listBackups: channel(noArgument, z.strictObject({ backups: z.array(backupSummarySchema) })),
  openBackupFile: channel(noArgument, openBackupOutcomeSchema),
  restoreBackup: channel(z.strictObject({ id: backupIdArg }), restoreOutcomeSchema),
  exportQuiz: channel(exportQuizArg, quizExportOutcomeSchema),
  /**
   * The interface language last chosen on this computer; null until someone chooses one. A
   * learner's choice is kept for them too, and comes back when they choose their name.
   */
  getLanguage: channel(
    noArgument,
    z.strictObject({ language: z.enum(SUPPORTED_LOCALES).nullable() })
  ),
  setLanguage: channel(
    z.strictObject({ language: z.enum(SUPPORTED_LOCALES), profileId: entityId.optional() }),
    z.strictObject({ language: z.enum(SUPPORTED_LOCALES) })
  )
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

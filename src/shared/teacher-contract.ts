import { z } from 'zod'
import { profileSchema } from './attempt-format'
import { learnerNameSchema } from './learner-name'
import type { ChannelName } from './channels'

/**
 * The contract's part for teacher mode: its status, learner management's records, which channels
 * main refuses while teacher mode is locked, and how long it stays open without use.
 */

export const learnerNameArg = learnerNameSchema
export const pinArg = z.string().max(64)
export const archiveIdArg = z.string().regex(/^[A-Za-z0-9_-]{1,120}$/, 'Not a valid archive.')

export const teacherStatusSchema = z.strictObject({
  pinSet: z.boolean(),
  unlocked: z.boolean(),
  /** Seconds before another PIN may be tried after too many wrong ones; 0 when it may now. */
  retryAfterSeconds: z.int().min(0)
})
export const unlockOutcomeSchema = teacherStatusSchema.extend({
  /** Why it stayed locked, as a sentence; absent when it unlocked. */
  message: z.string().optional()
})
export const archivedLearnerSchema = z.strictObject({
  archiveId: archiveIdArg,
  profile: profileSchema,
  archivedAt: z.iso.datetime(),
  attempts: z.int().min(0)
})
export type TeacherStatus = z.infer<typeof teacherStatusSchema>
export type UnlockOutcome = z.infer<typeof unlockOutcomeSchema>
export type ArchivedLearner = z.infer<typeof archivedLearnerSchema>

/** The screens' channels that only work in teacher mode: main refuses them while it is locked. */
export const TEACHER_CHANNELS: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'openArticleFile',
  'openQuizForEditing',
  'saveQuizFile',
  'openReportQuiz',
  'openResultFiles',
  'collectResults',
  'saveReportPdf',
  'saveCsvFile',
  'saveXapiFile',
  'renameLearner',
  'archiveLearner',
  'listArchivedLearners',
  'restoreLearner',
  'openRosterFile',
  'importRoster',
  'getRoster',
  'removeQuiz',
  'backUp',
  'listBackups',
  'openBackupFile',
  'restoreBackup',
  'exportQuiz'
])

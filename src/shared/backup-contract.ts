import { z } from 'zod'

/** The contract's part for backups: what the teacher sees of a backup before restoring it. */

export const backupIdArg = z.string().regex(/^[A-Za-z0-9._-]{1,120}$/, 'Not a backup.')

export const backupSummarySchema = z.strictObject({
  /** A rotating backup's file name, or the id main gave a zip the teacher opened. */
  id: backupIdArg,
  fileName: z.string(),
  createdAt: z.iso.datetime(),
  kind: z.enum(['daily', 'before-restore', 'before-import', 'manual']),
  learners: z.int().min(0),
  attempts: z.int().min(0),
  quizzes: z.int().min(0),
  files: z.int().min(0)
})
export type BackupSummary = z.infer<typeof backupSummarySchema>

export const backUpOutcomeSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), fileName: z.string(), files: z.int().min(0) }),
  z.strictObject({ status: z.literal('cancelled') })
])
export const openBackupOutcomeSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('opened'), backup: backupSummarySchema }),
  z.strictObject({ status: z.literal('unreadable'), fileName: z.string(), message: z.string() }),
  z.strictObject({ status: z.literal('cancelled') })
])
export const restoreOutcomeSchema = z.strictObject({
  restored: backupSummarySchema,
  /** The rotating backup of the data as it was just before the restore; null when there was none. */
  savedAs: z.string().nullable()
})
export type BackUpOutcome = z.infer<typeof backUpOutcomeSchema>
export type OpenBackupOutcome = z.infer<typeof openBackupOutcomeSchema>
export type RestoreOutcome = z.infer<typeof restoreOutcomeSchema>

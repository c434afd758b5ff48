import { basename } from 'node:path'
import type { ServiceHandlers, StorageNotice } from '../../shared/contract'
import type { FileRequest } from './file-dialog'
import type { Backups } from './backups'
import { writeFileDurably } from './durable-file'
import { UserFacingError } from './user-facing-error'
import { mainText } from './main-text'

type BackupChannel = 'backUp' | 'listBackups' | 'openBackupFile' | 'restoreBackup'

/** Back up… and Restore… in teacher mode. */
export function backupHandlers(deps: {
  backups: Backups
  chooseFile: (request: FileRequest) => Promise<string | null>
  now: () => Date
}): Pick<ServiceHandlers, BackupChannel> {
  const { backups, chooseFile } = deps
  return {
    backUp: async () => {
      const day = deps.now().toISOString().slice(0, 10)
      const path = await chooseFile({
        purpose: 'save-backup',
        suggestedName: `Says Who backup ${day}.zip`
      })
      if (path === null) return { status: 'cancelled' }
      const zip = await backups.zip('manual')
      await writeFileDurably(path, zip)
      return { status: 'saved', fileName: basename(path), files: (await backups.collect()).size }
    },
    listBackups: async () => ({ backups: await backups.list() }),
    openBackupFile: async () => {
      const path = await chooseFile({ purpose: 'open-backup' })
      if (path === null) return { status: 'cancelled' }
      try {
        return { status: 'opened', backup: await backups.open(path) }
      } catch (error) {
        if (!(error instanceof UserFacingError)) throw error
        return { status: 'unreadable', fileName: basename(path), message: error.message }
      }
    },
    restoreBackup: ({ id }) => backups.restore(id)
  }
}

/**
 * A damaged attempt file was moved aside while listing a learner's attempts: put back the copy
 * in the newest rotating backup that has it, and tell the learner which day's copy they now see.
 */
export async function recoverDamagedAttempts(
  backups: Backups,
  profileId: string,
  notices: StorageNotice[]
): Promise<{ notices: StorageNotice[]; recovered: number }> {
  let recovered = 0
  const told: StorageNotice[] = []
  for (const notice of notices) {
    const fromDay = /^[A-Za-z0-9_-]+\.json$/.test(notice.file)
      ? await backups.recover(`attempts/${profileId}/${notice.file}`).catch(() => null)
      : null
    if (fromDay === null) told.push(notice)
    else {
      recovered++
      told.push({
        ...notice,
        message: `${notice.message} ${mainText('notices.putBack', { day: fromDay.slice(0, 10) })}`
      })
    }
  }
  return { notices: told, recovered }
}

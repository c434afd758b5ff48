import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { BackupSummary, RestoreOutcome } from '../../../shared/backup-contract'
import { api, unwrap } from '../api'
import { useLearnersStore } from './learners'
import { pickedFile } from './picked-file'

/** Back up… and Restore… for the teacher: the rotating backups, a zip saved or opened. */
export const useBackupsStore = defineStore('backups', () => {
  const backups = ref<BackupSummary[]>([])

  async function load(): Promise<void> {
    backups.value = (await unwrap(api().listBackups())).backups
  }

  /** The saved zip's file name and how many files it holds; null when the teacher cancels. */
  async function backUp(): Promise<{ fileName: string; files: number } | null> {
    const outcome = await unwrap(api().backUp())
    return outcome.status === 'saved' ? { fileName: outcome.fileName, files: outcome.files } : null
  }

  /** A zip the teacher picks, checked by main; null when they cancel. */
  async function openFile(): Promise<BackupSummary | null> {
    return pickedFile(await unwrap(api().openBackupFile()))?.backup ?? null
  }

  async function restore(backup: BackupSummary): Promise<RestoreOutcome> {
    const outcome = await unwrap(api().restoreBackup({ id: backup.id }))
    // Every list on screen now describes data that was replaced.
    await Promise.all([load(), useLearnersStore().load()])
    return outcome
  }

  return { backups, load, backUp, openFile, restore }
})

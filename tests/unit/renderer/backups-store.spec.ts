import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setApi } from '../../../src/renderer/src/api'
import { useBackupsStore } from '../../../src/renderer/src/stores/backups'
import type { BackupSummary } from '../../../src/shared/backup-contract'
import { smallQuiz } from '../../fixtures/quizzes'
import { fakeApi, ok } from './fake-api'

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => setApi(null))

const backup: BackupSummary = {
  id: 'file-0123456789abcdef',
  fileName: 'class.zip',
  createdAt: '2026-03-01T08:00:00.000Z',
  kind: 'manual',
  learners: 2,
  attempts: 5,
  quizzes: 1,
  files: 9
}

describe('useBackupsStore', () => {
  it('says cancelled as null, and an unreadable zip as an error with its sentence', async () => {
    const fake = fakeApi(smallQuiz())
    setApi(fake.api)
    const store = useBackupsStore()
    expect(await store.backUp()).toBeNull()
    expect(await store.openFile()).toBeNull()
    fake.api.openBackupFile.mockImplementation(() =>
      ok({ status: 'unreadable', fileName: 'torn.zip', message: 'torn.zip cannot be restored.' })
    )
    await expect(store.openFile()).rejects.toThrow('torn.zip cannot be restored.')
  })

  it('reloads the backups and the learners after a restore', async () => {
    const fake = fakeApi(smallQuiz())
    setApi(fake.api)
    fake.api.restoreBackup.mockImplementation(() => ok({ restored: backup, savedAs: null }))
    fake.api.listBackups.mockImplementation(() => ok({ backups: [backup] }))
    const store = useBackupsStore()
    expect(store.backups).toEqual([])
    expect(await store.restore(backup)).toEqual({ restored: backup, savedAs: null })
    expect(fake.api.restoreBackup).toHaveBeenCalledWith({ id: backup.id })
    expect(store.backups).toEqual([backup])
    expect(fake.api.listProfiles).toHaveBeenCalled()
    expect(fake.api.listArchivedLearners).toHaveBeenCalled()
  })
})

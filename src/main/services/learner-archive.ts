import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { profileSchema } from '../../shared/attempt-format'
import type { ArchivedLearner, StorageNotice } from '../../shared/contract'
import { isMissingFile, writeFileDurably } from './durable-file'
import { readRecordFile } from './json-record-file'
import type { ProfileStore } from './profile-store'
import { fileSystemError } from './storage-error'
import { mainText } from './main-text'
import { UserFacingError } from './user-facing-error'

const ARCHIVE_FORMAT = 'says-who/archived-learner@1'
const archivedFileSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  profile: profileSchema,
  archivedAt: z.iso.datetime()
})

/**
 * Removing a learner never deletes anything: their profile and attempts folder move to
 * archive/<id>-<time>/, from where Restore moves them back.
 */
export class LearnerArchive {
  private readonly archiveDir: string
  private readonly attemptsDir: string

  constructor(
    dataDir: string,
    private readonly profiles: ProfileStore,
    private readonly now: () => Date = () => new Date()
  ) {
    this.archiveDir = join(dataDir, 'archive')
    this.attemptsDir = join(dataDir, 'attempts')
  }

  async archive(profileId: string): Promise<ArchivedLearner> {
    const profile = await this.profiles.get(profileId)
    const archivedAt = this.now().toISOString()
    const archiveId = `${profileId}-${archivedAt.replace(/[:.]/g, '-')}`
    const folder = join(this.archiveDir, archiveId)
    await mkdir(folder, { recursive: true })
    // The profile is written first and taken off the list last: a crash in between leaves the
    // learner both listed and archived, which Restore then refuses rather than losing anything.
    await writeFileDurably(
      join(folder, 'profile.json'),
      `${JSON.stringify({ format: ARCHIVE_FORMAT, profile, archivedAt }, null, 2)}\n`
    )
    await move(join(this.attemptsDir, profileId), join(folder, 'attempts'), profile.name)
    await this.profiles.remove(profileId)
    return { archiveId, profile, archivedAt, attempts: await countFiles(join(folder, 'attempts')) }
  }

  async list(): Promise<{ learners: ArchivedLearner[]; notices: StorageNotice[] }> {
    let names: string[]
    try {
      names = await readdir(this.archiveDir)
    } catch (error) {
      if (isMissingFile(error)) return { learners: [], notices: [] }
      throw fileSystemError('read', 'the archive folder', error)
    }
    const learners: ArchivedLearner[] = []
    const notices: StorageNotice[] = []
    for (const archiveId of names.sort()) {
      const record = await readRecordFile(
        join(this.archiveDir, archiveId, 'profile.json'),
        archivedFileSchema
      )
      if (record.status === 'damaged') notices.push(record.notice)
      if (record.status !== 'ok') continue
      const { profile, archivedAt } = record.value
      const attempts = await countFiles(join(this.archiveDir, archiveId, 'attempts'))
      learners.push({ archiveId, profile, archivedAt, attempts })
    }
    learners.sort((a, b) => b.archivedAt.localeCompare(a.archivedAt))
    return { learners, notices }
  }

  async restore(archiveId: string): Promise<ArchivedLearner['profile']> {
    const found = (await this.list()).learners.find((l) => l.archiveId === archiveId)
    if (!found) throw new UserFacingError(mainText('learners.notArchived'))
    const folder = join(this.archiveDir, archiveId)
    await this.profiles.restore(found.profile)
    await move(
      join(folder, 'attempts'),
      join(this.attemptsDir, found.profile.id),
      found.profile.name
    )
    // Only the now-empty folder and its profile.json go: everything else has moved back.
    await rm(folder, { recursive: true, force: true })
    return found.profile
  }
}

async function move(from: string, to: string, learner: string): Promise<void> {
  try {
    await mkdir(join(to, '..'), { recursive: true })
    await rename(from, to)
  } catch (error) {
    if (isMissingFile(error)) return // no attempts yet
    throw fileSystemError('move the attempts of', learner, error)
  }
}

async function countFiles(folder: string): Promise<number> {
  try {
    return (await readdir(folder)).filter((name) => name.endsWith('.json')).length
  } catch (error) {
    if (isMissingFile(error)) return 0
    throw fileSystemError('read', folder, error)
  }
}

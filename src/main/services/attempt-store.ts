import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { attemptSchema, nextItemId, type Attempt } from '../../shared/attempt-format'
import type { StorageNotice } from '../../shared/contract'
import { isMissingFile, writeFileDurably } from './durable-file'
import { readRecordFile } from './json-record-file'
import { UserFacingError, fileSystemError } from './storage-error'

/** One file per attempt, so a damaged file costs one attempt, never a learner's whole history. */
export class AttemptStore {
  constructor(private readonly dataDir: string) {}

  private folder(profileId: string): string {
    return join(this.dataDir, 'attempts', profileId)
  }

  private file(profileId: string, attemptId: string): string {
    return join(this.folder(profileId), `${attemptId}.json`)
  }

  async list(profileId: string): Promise<{ attempts: Attempt[]; notices: StorageNotice[] }> {
    let names: string[]
    try {
      names = await readdir(this.folder(profileId))
    } catch (error) {
      if (isMissingFile(error)) return { attempts: [], notices: [] }
      throw fileSystemError('read', 'the attempts folder', error)
    }
    const attempts: Attempt[] = []
    const notices: StorageNotice[] = []
    for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
      // One entry that cannot be read (a folder, a file without permission) costs that entry only.
      let record
      try {
        record = await readRecordFile(join(this.folder(profileId), name), attemptSchema)
      } catch (error) {
        const reason = fileSystemError('read', name, error)
        notices.push({ file: name, message: `${reason.message} It is skipped.` })
        continue
      }
      if (record.status === 'ok' && this.belongs(record.value, profileId, name))
        attempts.push(asRead(record.value))
      else if (record.status === 'damaged') notices.push(record.notice)
    }
    attempts.sort((a, b) => b.startedAt.localeCompare(a.startedAt))
    return { attempts, notices }
  }

  async get(profileId: string, attemptId: string): Promise<Attempt> {
    const record = await readRecordFile(this.file(profileId, attemptId), attemptSchema)
    if (record.status === 'ok' && this.belongs(record.value, profileId, `${attemptId}.json`))
      return asRead(record.value)
    if (record.status === 'damaged')
      throw new UserFacingError(record.notice.message, record.notice.file)
    throw new UserFacingError('That attempt was not found.', `${attemptId}.json`)
  }

  async save(attempt: Attempt): Promise<void> {
    await mkdir(this.folder(attempt.profileId), { recursive: true })
    await writeFileDurably(
      this.file(attempt.profileId, attempt.id),
      JSON.stringify(attempt, null, 2)
    )
  }

  /** A file copied into another learner's folder, or renamed, is not theirs. */
  private belongs(attempt: Attempt, profileId: string, fileName: string): boolean {
    return attempt.profileId === profileId && `${attempt.id}.json` === fileName
  }
}

/**
 * Files written before the last answer finished its attempt: every item answered but never
 * marked finished. They are finished, as of their last answer.
 */
function asRead(attempt: Attempt): Attempt {
  if (attempt.finishedAt || attempt.abandonedAt || nextItemId(attempt) !== null) return attempt
  const last = attempt.answers[attempt.answers.length - 1]
  return last ? { ...attempt, finishedAt: last.answeredAt } : attempt
}

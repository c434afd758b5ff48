import { statSync } from 'node:fs'
import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { attemptSchema, type Attempt } from '../../shared/attempt-format'
import { nextItemId } from '../../shared/attempt-progress'
import type { StorageNotice } from '../../shared/contract'
import {
  fileIdentity,
  isMissingFile,
  writeFileDurablyIdentified,
  type FileIdentity
} from './durable-file'
import { AttemptText } from './attempt-text'
import { readRecordFile } from './json-record-file'
import { fileSystemError } from './storage-error'
import { mainText } from './main-text'
import { UserFacingError } from './user-facing-error'

/** One file per attempt, so a damaged file costs one attempt, never a learner's whole history. */
export class AttemptStore {
  /** Attempts last read or written, by file, with the version of the file they match. */
  private readonly held = new Map<
    string,
    { identity: FileIdentity; attempt: Attempt; text: AttemptText | undefined }
  >()

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
        notices.push({ file: name, message: `${reason.message} ${mainText('notices.skipped')}` })
        continue
      }
      if (record.status === 'ok' && this.belongs(record.value, profileId, name))
        attempts.push(asRead(record.value))
      else if (record.status === 'damaged') notices.push(record.notice)
    }
    attempts.sort((a, b) => b.startedAt.localeCompare(a.startedAt))
    return { attempts, notices }
  }

  /**
   * The attempt as it is on disk. The copy last read or written is kept while the file is still
   * that version (same inode, size and time): answering then costs no read and no re-validation,
   * and anything else that replaces the file (a backup restored, a learner archived and back,
   * another program) makes the next call read it afresh instead of writing over it.
   */
  async get(profileId: string, attemptId: string): Promise<Attempt> {
    const file = this.file(profileId, attemptId)
    const identity = identityOf(file)
    const held = this.held.get(file)
    if (held && identity !== null && held.identity === identity) return held.attempt
    this.held.delete(file)
    const record = await readRecordFile(file, attemptSchema)
    if (record.status === 'ok' && this.belongs(record.value, profileId, `${attemptId}.json`)) {
      const attempt = asRead(record.value)
      // The identity from before the read: a change during the read makes the next call reread.
      if (identity !== null) this.hold(file, identity, attempt)
      return attempt
    }
    if (record.status === 'damaged')
      throw new UserFacingError(record.notice.message, record.notice.file)
    throw new UserFacingError(mainText('attempts.notFound'), `${attemptId}.json`)
  }

  /** Writes the whole attempt durably; the attempt must not be changed afterwards (it is kept). */
  async save(attempt: Attempt): Promise<void> {
    const file = this.file(attempt.profileId, attempt.id)
    const held = this.held.get(file)
    const text = AttemptText.of(attempt, held?.text)
    // Forgotten first: if the write fails, the file may be either version, so it is read next time.
    this.held.delete(file)
    // Held means get() just found the file, so its folder is there: no mkdir on each answer.
    if (!held) await mkdir(this.folder(attempt.profileId), { recursive: true })
    const identity = await writeFileDurablyIdentified(file, text.text)
    this.hold(file, identity, attempt, text)
  }

  private hold(file: string, identity: FileIdentity, attempt: Attempt, text?: AttemptText): void {
    this.held.set(file, { identity, attempt, text })
    // A learner works on one attempt at a time; a few held cover several learners on one computer.
    if (this.held.size > MAX_HELD) {
      const oldest = this.held.keys().next()
      if (!oldest.done) this.held.delete(oldest.value)
    }
  }

  /** A file copied into another learner's folder, or renamed, is not theirs. */
  private belongs(attempt: Attempt, profileId: string, fileName: string): boolean {
    return attempt.profileId === profileId && `${attempt.id}.json` === fileName
  }
}

const MAX_HELD = 32

/**
 * Synchronous on purpose: a stat takes microseconds, while an async one waits its turn in libuv's
 * thread pool, which on a busy two-core laptop costs more than the stat and is paid every answer.
 */
function identityOf(file: string): FileIdentity | null {
  try {
    return fileIdentity(statSync(file))
  } catch {
    // Missing or unreadable: the read that follows says which, in words.
    return null
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

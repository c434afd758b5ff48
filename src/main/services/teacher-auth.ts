import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { TeacherStatus, UnlockOutcome } from '../../shared/contract'
import { TEACHER_IDLE_MS, TEACHER_LOCKED_MESSAGES } from '../../shared/teacher-mode'
import { mainLanguage, mainText } from './main-text'
import { writeFileDurably } from './durable-file'
import { readRecordFile } from './json-record-file'
import { SerialQueue } from './serial-queue'
import { UserFacingError } from './user-facing-error'

const TEACHER_FORMAT = 'says-who/teacher@1'
/** Wrong PINs allowed before each wait; the wait then doubles from BASE_WAIT_SECONDS. */
const FREE_TRIES = 5
const BASE_WAIT_SECONDS = 30
const MAX_WAIT_SECONDS = 24 * 60 * 60
const KEY_LENGTH = 32
/** scrypt's cost: about 32 MB and a tenth of a second per try, which is what makes guessing slow. */
const DEFAULT_PARAMS = { N: 2 ** 15, r: 8, p: 1 }

const teacherFileSchema = z.strictObject({
  format: z.literal(TEACHER_FORMAT),
  scrypt: z.strictObject({
    N: z
      .int()
      .min(2 ** 10)
      .max(2 ** 20),
    r: z.int().min(1).max(32),
    p: z.int().min(1).max(16),
    keyLength: z.int().min(16).max(64)
  }),
  salt: z.string().regex(/^[0-9a-f]{32,128}$/),
  hash: z.string().regex(/^[0-9a-f]{32,128}$/),
  failedAttempts: z.int().min(0),
  lockedUntil: z.iso.datetime().optional()
})
type TeacherFile = z.infer<typeof teacherFileSchema>

function derive(pin: string, salt: Buffer, params: TeacherFile['scrypt']): Promise<Buffer> {
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem: 256 * params.N * params.r + 1024 * 1024
  }
  return new Promise((resolve, reject) =>
    scrypt(pin.normalize('NFKC'), salt, params.keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key)
    )
  )
}

function checkPinRules(pin: string): void {
  if (!/^[0-9]{4,12}$/.test(pin)) throw new UserFacingError(mainText('teacher.pinRules'))
}

/**
 * The teacher PIN: only a salted scrypt hash of it is kept, in teacher.json, together with the
 * count of wrong tries so a restart does not reset the wait. Whether teacher mode is unlocked
 * lives in memory only, so quitting the app always locks it.
 */
export class TeacherAuth {
  private readonly file: string
  private readonly queue = new SerialQueue()
  private unlockedUntil = 0

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date = () => new Date(),
    private readonly params = DEFAULT_PARAMS
  ) {
    this.file = join(dataDir, 'teacher.json')
  }

  status(): Promise<TeacherStatus> {
    return this.queue.run(async () => this.statusOf(await this.read()))
  }

  setPin(pin: string): Promise<TeacherStatus> {
    return this.queue.run(async () => {
      if (await this.read()) throw new UserFacingError(mainText('teacher.alreadySet'))
      checkPinRules(pin)
      const salt = randomBytes(16)
      const scryptParams = { ...this.params, keyLength: KEY_LENGTH }
      const hash = await derive(pin, salt, scryptParams)
      await this.write({
        format: TEACHER_FORMAT,
        scrypt: scryptParams,
        salt: salt.toString('hex'),
        hash: hash.toString('hex'),
        failedAttempts: 0
      })
      this.touch()
      return this.statusOf(await this.read())
    })
  }

  unlock(pin: string): Promise<UnlockOutcome> {
    return this.queue.run(async () => {
      const stored = await this.read()
      if (!stored) throw new UserFacingError(mainText('teacher.noPin'))
      const waiting = this.waitSeconds(stored)
      if (waiting > 0) return { ...this.statusOf(stored), message: tooManyMessage(waiting) }
      const expected = Buffer.from(stored.hash, 'hex')
      const given = await derive(pin, Buffer.from(stored.salt, 'hex'), stored.scrypt)
      if (given.length === expected.length && timingSafeEqual(given, expected)) {
        if (stored.failedAttempts > 0 || stored.lockedUntil)
          await this.write({ ...stored, failedAttempts: 0, lockedUntil: undefined })
        this.touch()
        return this.statusOf(await this.read())
      }
      const failedAttempts = stored.failedAttempts + 1
      const next: TeacherFile = { ...stored, failedAttempts }
      if (failedAttempts >= FREE_TRIES) {
        const seconds = Math.min(
          BASE_WAIT_SECONDS * 2 ** (failedAttempts - FREE_TRIES),
          MAX_WAIT_SECONDS
        )
        next.lockedUntil = new Date(this.now().getTime() + seconds * 1000).toISOString()
      }
      await this.write(next)
      const wait = this.waitSeconds(next)
      const left = FREE_TRIES - failedAttempts
      return {
        ...this.statusOf(next),
        message:
          wait > 0
            ? `${mainText('teacher.wrongPin')} ${tooManyMessage(wait)}`
            : `${mainText('teacher.wrongPin')} ${mainText('teacher.triesLeft', { count: left })}`
      }
    })
  }

  lock(): Promise<TeacherStatus> {
    this.unlockedUntil = 0
    return this.status()
  }

  /** Keeps teacher mode open while the teacher is working; says whether it still is. */
  keepAlive(): Promise<TeacherStatus> {
    if (this.isUnlocked()) this.touch()
    return this.status()
  }

  /** Every teacher-only request passes here: refused while locked, and it keeps the mode open. */
  require(): void {
    if (!this.isUnlocked()) throw new UserFacingError(TEACHER_LOCKED_MESSAGES[mainLanguage()])
    this.touch()
  }

  private isUnlocked(): boolean {
    if (this.now().getTime() < this.unlockedUntil) return true
    this.unlockedUntil = 0
    return false
  }

  private touch(): void {
    this.unlockedUntil = this.now().getTime() + TEACHER_IDLE_MS
  }

  private statusOf(stored: TeacherFile | null): TeacherStatus {
    return {
      pinSet: stored !== null,
      unlocked: stored !== null && this.isUnlocked(),
      retryAfterSeconds: stored ? this.waitSeconds(stored) : 0
    }
  }

  private waitSeconds(stored: TeacherFile): number {
    if (!stored.lockedUntil) return 0
    const left = new Date(stored.lockedUntil).getTime() - this.now().getTime()
    return left > 0 ? Math.ceil(left / 1000) : 0
  }

  private async read(): Promise<TeacherFile | null> {
    const record = await readRecordFile(this.file, teacherFileSchema)
    // A damaged file is set aside by readRecordFile; that leaves no PIN, as after the documented reset.
    return record.status === 'ok' ? record.value : null
  }

  private async write(value: TeacherFile): Promise<void> {
    await mkdir(this.dataDir, { recursive: true })
    const { lockedUntil, ...rest } = value
    await writeFileDurably(
      this.file,
      `${JSON.stringify(lockedUntil ? { ...rest, lockedUntil } : rest, null, 2)}\n`
    )
  }
}

function tooManyMessage(seconds: number): string {
  return seconds >= 120
    ? mainText('teacher.waitMinutes', { count: Math.ceil(seconds / 60) })
    : mainText('teacher.waitSeconds', { count: seconds })
}

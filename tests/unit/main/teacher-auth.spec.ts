import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TeacherAuth } from '../../../src/main/services/teacher-auth'
import { TEACHER_CHANNELS } from '../../../src/shared/contract'
import { TEACHER_IDLE_MS, TEACHER_LOCKED_MESSAGE } from '../../../src/shared/teacher-mode'
import { smallQuizInput } from '../../fixtures/quizzes'
import { TEST_PIN_COST, TEST_TEACHER_PIN, tempApp, type TempApp } from '../../fixtures/temp-data'

let dir: string
let clock: number
const now = () => new Date(clock)
const auth = () => new TeacherAuth(dir, now, TEST_PIN_COST)

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'says-who-teacher-'))
  clock = Date.parse('2024-03-25T10:00:00Z')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

async function wrongTimes(teacher: TeacherAuth, times: number) {
  let last
  for (let i = 0; i < times; i++) last = await teacher.unlock('0000')
  return last
}

describe('the teacher PIN', () => {
  it('is set once, on first use, and then unlocks with the right PIN only', async () => {
    const teacher = auth()
    expect(await teacher.status()).toEqual({ pinSet: false, unlocked: false, retryAfterSeconds: 0 })
    expect(await teacher.setPin('2468')).toEqual({
      pinSet: true,
      unlocked: true,
      retryAfterSeconds: 0
    })
    await expect(teacher.setPin('1357')).rejects.toThrow('A teacher PIN is already set')
    await teacher.lock()
    expect((await teacher.unlock('1357')).unlocked).toBe(false)
    expect(await teacher.unlock('2468')).toEqual({
      pinSet: true,
      unlocked: true,
      retryAfterSeconds: 0
    })
  })

  it('must be 4 to 12 digits, and says so', async () => {
    for (const pin of ['123', '1234567890123', '12a4', ' 1234', '١٢٣٤'])
      await expect(auth().setPin(pin)).rejects.toThrow(
        'The teacher PIN must be 4 to 12 digits (0–9), with nothing else.'
      )
  })

  it('is stored only as a salted scrypt hash: teacher.json never holds the PIN', async () => {
    await auth().setPin('246813579')
    const text = await readFile(join(dir, 'teacher.json'), 'utf8')
    expect(text).not.toContain('246813579')
    const stored = JSON.parse(text)
    expect(stored).toMatchObject({ format: 'says-who/teacher@1', failedAttempts: 0 })
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(stored.salt).toMatch(/^[0-9a-f]{32}$/)
    expect(stored.scrypt).toEqual({ ...TEST_PIN_COST, keyLength: 32 })
    // Two teachers with the same PIN do not share a hash.
    const other = await mkdtemp(join(tmpdir(), 'says-who-teacher-'))
    await new TeacherAuth(other, now, TEST_PIN_COST).setPin('246813579')
    expect(JSON.parse(await readFile(join(other, 'teacher.json'), 'utf8')).hash).not.toBe(
      stored.hash
    )
    await rm(other, { recursive: true, force: true })
  })

  it('counts down the free tries, then makes the next try wait 30 s, then 60 s', async () => {
    const teacher = auth()
    await teacher.setPin('2468')
    await teacher.lock()
    expect((await teacher.unlock('1111')).message).toBe(
      'That PIN is not right. 4 tries left before a wait.'
    )
    const fifth = await wrongTimes(teacher, 4)
    expect(fifth).toMatchObject({ unlocked: false, retryAfterSeconds: 30 })
    expect(fifth?.message).toBe(
      'That PIN is not right. Too many wrong PINs: wait 30 seconds, then try again.'
    )
    // Even the right PIN waits.
    expect(await teacher.unlock('2468')).toMatchObject({ unlocked: false, retryAfterSeconds: 30 })
    clock += 31_000
    expect((await teacher.unlock('9999')).retryAfterSeconds).toBe(60)
    clock += 61_000
    expect((await teacher.unlock('2468')).unlocked).toBe(true)
    await teacher.lock()
    expect((await teacher.unlock('9999')).message).toMatch(/4 tries left/)
  })

  it('keeps the wait across a restart (a new instance over the same folder)', async () => {
    const teacher = auth()
    await teacher.setPin('2468')
    await wrongTimes(teacher, 5)
    clock += 10_000
    const restarted = auth()
    expect(await restarted.status()).toEqual({
      pinSet: true,
      unlocked: false,
      retryAfterSeconds: 20
    })
    expect((await restarted.unlock('2468')).message).toBe(
      'Too many wrong PINs: wait 20 seconds, then try again.'
    )
  })

  it('locks itself after ten minutes without a teacher request, and keep-alive extends it', async () => {
    const teacher = auth()
    await teacher.setPin('2468')
    clock += TEACHER_IDLE_MS - 1000
    expect((await teacher.keepAlive()).unlocked).toBe(true)
    clock += TEACHER_IDLE_MS - 1000
    expect(() => teacher.require()).not.toThrow()
    clock += TEACHER_IDLE_MS + 1
    expect(() => teacher.require()).toThrow(TEACHER_LOCKED_MESSAGE)
    expect((await teacher.keepAlive()).unlocked).toBe(false)
  })
})

describe('teacher-only channels', () => {
  let app: TempApp
  beforeEach(async () => {
    app = await tempApp({ teacher: 'locked' })
  })
  afterEach(() => app.cleanup())

  const argumentFor: Record<string, unknown> = {
    saveQuizFile: { saveAs: true, suggestedName: 'a.quiz.json', text: '{}' },
    openResultFiles: { from: 'files' },
    collectResults: { quizId: 'small-quiz' },
    saveReportPdf: { suggestedName: 'report.pdf' },
    saveCsvFile: { suggestedName: 'students.csv', text: 'a\r\n' },
    saveXapiFile: { suggestedName: 'quiz-xapi.json', text: '[]\n' },
    exportQuiz: { key: 'bundled:small-quiz', format: 'moodle-xml' },
    renameLearner: { profileId: 'id-1', name: 'New name' },
    archiveLearner: { profileId: 'id-1' },
    restoreLearner: { archiveId: 'nothing-here' },
    importRoster: { names: ['Bea'] },
    removeQuiz: { key: 'imported:0123456789abcdef' },
    restoreBackup: { id: 'says-who-2020-01-01T00-00-00-000Z-daily.zip' }
  }

  it.each([...TEACHER_CHANNELS])(
    '%s is refused while locked, and works once unlocked',
    async (name) => {
      await app.handlers.createProfile({ name: 'Amira' })
      app.chooseNext(null)
      const locked = await app.dispatch(name, argumentFor[name])
      expect(locked).toEqual({ ok: false, error: { message: TEACHER_LOCKED_MESSAGE } })

      await app.dispatch('setTeacherPin', { pin: TEST_TEACHER_PIN })
      await app.dispatch('lockTeacher', undefined)
      expect(await app.dispatch(name, argumentFor[name])).toEqual(locked)
      await app.dispatch('unlockTeacher', { pin: TEST_TEACHER_PIN })
      if (name === 'removeQuiz') {
        const imported = await app.handlers.importQuizText({
          fileName: 'x.quiz.json',
          text: JSON.stringify({ ...smallQuizInput(), id: 'x' })
        })
        if (imported.status === 'imported') argumentFor[name] = { key: imported.entry.key }
      }
      if (name === 'exportQuiz') {
        const [first] = (await app.handlers.listLibrary()).entries
        argumentFor[name] = { key: first?.key, format: 'moodle-xml' }
      }
      const result = await app.dispatch(name, argumentFor[name])
      // Unlocked, the request reaches its service: either it works or it fails for its own reason.
      if (!result.ok) expect(result.error.message).not.toBe(TEACHER_LOCKED_MESSAGE)
      if (name !== 'restoreLearner' && name !== 'restoreBackup') expect(result.ok).toBe(true)
    }
  )

  it('answers a PIN that breaks the rules with a sentence', async () => {
    const result = await app.dispatch('setTeacherPin', { pin: '12' })
    expect(result).toMatchObject({ ok: false, error: { message: /4 to 12 digits/ } })
  })
})

import { createHash } from 'node:crypto'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strToU8, zipSync, type Zippable } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Backups, KEEP, setupDailyBackup } from '../../../src/main/services/backups'
import { smallQuizInput } from '../../fixtures/quizzes'
import { TEST_TEACHER_PIN, tempApp, type TempApp } from '../../fixtures/temp-data'

let app: TempApp
beforeEach(async () => {
  app = await tempApp()
})
afterEach(() => app.cleanup())

const classify = (label: string) => ({ type: 'classify' as const, label })

/** Every file under a folder with its content, for "nothing changed" checks. */
async function snapshot(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files.set(path.slice(folder.length), await readFile(path, 'utf8'))
  }
  return files
}

async function learnerWithAnswer(name: string) {
  const profile = await app.handlers.createProfile({ name })
  const attempt = await app.handlers.startAttempt({
    profileId: profile.id,
    quizKey: 'bundled:small.quiz.json'
  })
  await app.handlers.answerItem({
    profileId: profile.id,
    attemptId: attempt.id,
    itemId: 'bridge-safe',
    response: classify('fact')
  })
  return { profile, attempt }
}

describe('Back up… and Restore…', () => {
  it('round-trips: a backup restored brings back learners, attempts and quizzes, and keeps the PIN', async () => {
    const { profile, attempt } = await learnerWithAnswer('Amira')
    await app.handlers.importQuizText({
      fileName: 'copy.quiz.json',
      text: JSON.stringify({ ...smallQuizInput(), id: 'copy' })
    })
    const zipFile = join(app.root, 'class-backup.zip')
    app.chooseNext(zipFile)
    expect(await app.handlers.backUp()).toMatchObject({
      status: 'saved',
      fileName: 'class-backup.zip'
    })
    const before = await snapshot(app.dataDir)

    // After the backup: a learner removed, another added, the quiz removed.
    await app.handlers.archiveLearner({ profileId: profile.id })
    await app.handlers.createProfile({ name: 'Bea' })

    app.chooseNext(zipFile)
    const opened = await app.handlers.openBackupFile()
    expect(opened).toMatchObject({
      status: 'opened',
      backup: { fileName: 'class-backup.zip', kind: 'manual', learners: 1, attempts: 1, quizzes: 1 }
    })
    if (opened.status !== 'opened') throw new Error('opened')
    const outcome = await app.handlers.restoreBackup({ id: opened.backup.id })
    expect(outcome.savedAs).toMatch(/^says-who-.*-before-restore\.zip$/)

    const { profiles } = await app.handlers.listProfiles()
    expect(profiles.map((p) => p.name)).toEqual(['Amira'])
    const restored = await app.handlers.getAttempt({ profileId: profile.id, attemptId: attempt.id })
    expect(restored.answers).toHaveLength(1)
    expect((await app.handlers.listLibrary()).entries.map((e) => e.quizId)).toContain('copy')
    const after = await snapshot(app.dataDir)
    for (const [path, text] of before)
      if (!path.includes('backups')) expect(after.get(path)).toBe(text)
    expect([...after.keys()].filter((p) => p.includes('archive'))).toEqual([])
    // The PIN is not in backups: the teacher still unlocks with the same one.
    await app.handlers.lockTeacher()
    expect((await app.handlers.unlockTeacher({ pin: TEST_TEACHER_PIN })).unlocked).toBe(true)

    // And the data from just before the restore is one of the rotating backups, restorable.
    const listed = await app.handlers.listBackups()
    expect(listed.backups.map((b) => b.id)).toContain(outcome.savedAs)
    await app.handlers.restoreBackup({ id: outcome.savedAs ?? 'none' })
    expect((await app.handlers.listProfiles()).profiles.map((p) => p.name)).toEqual(['Bea'])
  })

  it('keeps at most one daily backup a day and the last 14, leaving out temp files and itself', async () => {
    await learnerWithAnswer('Amira')
    await writeFile(join(app.dataDir, 'profiles.json.tmp-0123456789abcdef'), 'half a write')
    let day = new Date('2026-03-01T08:00:00Z')
    const backups = new Backups(app.dataDir, () => day)
    expect(await backups.rotate('daily')).toMatch(/daily\.zip$/)
    expect(await backups.rotate('daily')).toBeNull()
    const files = await backups.collect()
    expect([...files.keys()].some((p) => p.includes('tmp-') || p.startsWith('backups'))).toBe(false)
    expect(files.has('profiles.json')).toBe(true)
    expect(files.has('teacher.json')).toBe(false)
    for (let i = 1; i <= 20; i++) {
      day = new Date(Date.UTC(2026, 2, 1 + i, 8))
      await backups.rotate('daily')
    }
    const daily = (await readdir(join(app.dataDir, 'backups'))).filter((n) => n.includes('daily'))
    expect(daily).toHaveLength(KEEP)
    expect(daily.sort()[0]).toContain('2026-03-08')
    expect((await backups.list())[0]?.createdAt).toBe('2026-03-21T08:00:00.000Z')
  })

  it('is never in the way of a save: an answer given during a backup is saved before it ends', async () => {
    const { profile, attempt } = await learnerWithAnswer('Amira')
    const bulk = join(app.dataDir, 'attempts', 'bulk')
    await mkdir(bulk, { recursive: true })
    for (let i = 0; i < 300; i++)
      await writeFile(join(bulk, `a${i}.json`), JSON.stringify({ i, text: 'x'.repeat(2000) }))
    const order: string[] = []
    const backup = new Backups(app.dataDir).rotate('daily').then(() => order.push('backup written'))
    await app.handlers.answerItem({
      profileId: profile.id,
      attemptId: attempt.id,
      itemId: 'bridge-opened',
      response: classify('fact')
    })
    order.push('answer saved')
    await backup
    expect(order).toEqual(['answer saved', 'backup written'])
  })

  it('makes a backup before a quiz is imported, and the start-up one in the background', async () => {
    // With no data yet there is nothing to keep: no backup is made.
    expect(await new Backups(app.dataDir).rotate('daily')).toBeNull()
    await app.handlers.createProfile({ name: 'Amira' })
    await app.handlers.importQuizText({
      fileName: 'copy.quiz.json',
      text: JSON.stringify({ ...smallQuizInput(), id: 'copy' })
    })
    expect((await app.handlers.listBackups()).backups.map((b) => b.kind)).toEqual(['before-import'])
    const errors: unknown[] = []
    await mkdir(join(app.dataDir, '.restore-0123456789abcdef', 'attempts'), { recursive: true })
    expect(await setupDailyBackup(app.dataDir, { error: (...a) => errors.push(a) })).toMatch(
      /daily/
    )
    expect(await readdir(app.dataDir)).not.toContain('.restore-0123456789abcdef')
    // A data folder that cannot be read costs the backup only, said in the log.
    await writeFile(join(app.root, 'a-file'), 'x')
    expect(await setupDailyBackup(join(app.root, 'a-file'), { error: (c) => errors.push(c) })).toBe(
      null
    )
    expect(errors).toEqual(['The daily backup failed'])
  })

  it('restores a damaged attempt from the newest backup that has it, and tells the learner', async () => {
    const { profile, attempt } = await learnerWithAnswer('Amira')
    await new Backups(app.dataDir, () => new Date('2026-03-02T08:00:00Z')).rotate('daily')
    const file = join(app.dataDir, 'attempts', profile.id, `${attempt.id}.json`)
    await writeFile(file, '{"torn')
    const listed = await app.handlers.listAttempts({ profileId: profile.id })
    expect(listed.attempts.map((a) => a.id)).toEqual([attempt.id])
    expect(listed.notices).toHaveLength(1)
    expect(listed.notices[0]?.message).toMatch(
      /was damaged .* set aside .* It was put back from the backup of 2026-03-02/
    )
    // The damaged copy is still beside it, for a person to look at.
    const names = await readdir(join(app.dataDir, 'attempts', profile.id))
    expect(names.some((n) => n.includes('.damaged-'))).toBe(true)
  })
})

describe('a hostile or torn backup', () => {
  const outside = () => join(app.root, 'evil.txt')

  async function expectRefused(bytes: Uint8Array, message: RegExp): Promise<void> {
    const zipFile = join(app.root, 'hostile.zip')
    await writeFile(zipFile, bytes)
    const before = await snapshot(app.root)
    app.chooseNext(zipFile)
    const opened = await app.handlers.openBackupFile()
    expect(opened).toMatchObject({ status: 'unreadable', fileName: 'hostile.zip' })
    if (opened.status === 'unreadable') expect(opened.message).toMatch(message)
    expect(await snapshot(app.root)).toEqual(before)
  }

  beforeEach(async () => {
    await learnerWithAnswer('Amira')
  })

  it.each([
    ['../evil.txt'],
    ['../../evil.txt'],
    ['attempts/../../evil.txt'],
    ['/tmp/evil.txt'],
    ['C:/evil.txt'],
    ['..\\evil.txt'],
    ['a\\..\\..\\evil.txt']
  ])('refuses an entry named %s and writes nothing anywhere', async (name) => {
    const entries: Zippable = { [name]: strToU8('pwned') }
    await expectRefused(zipSync(entries), /cannot be restored: it holds a file outside/)
  })

  it('refuses a manifest that lists a path out of the data folder', async () => {
    const data = strToU8('pwned')
    const manifest = {
      format: 'says-who/backup@1',
      createdAt: new Date().toISOString(),
      kind: 'manual',
      learners: 0,
      files: [
        {
          path: '../evil.txt',
          size: data.length,
          sha256: createHash('sha256').update(data).digest('hex')
        }
      ]
    }
    const evil = zipSync({
      'says-who-backup.json': strToU8(JSON.stringify(manifest)),
      'evil.txt': data
    })
    await expectRefused(evil, /it lists a file outside the data folder/)
  })

  it('refuses a symbolic link, even with a plain name', async () => {
    const link = zipSync({
      'profiles.json': [strToU8('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }]
    })
    await expectRefused(link, /holds a link/)
  })

  it('refuses a torn zip and a zip whose file was changed, with a message, changing nothing', async () => {
    const zipFile = join(app.root, 'good.zip')
    app.chooseNext(zipFile)
    await app.handlers.backUp()
    const bytes = new Uint8Array(await readFile(zipFile))
    await expectRefused(bytes.subarray(0, bytes.length - 40), /not a complete zip file/)
    await expectRefused(bytes.subarray(0, Math.floor(bytes.length / 2)), /not a complete zip/)
    const flipped = new Uint8Array(bytes)
    flipped[60] = (flipped[60] ?? 0) ^ 0xff
    await expectRefused(flipped, /cannot be restored/)
    await expectRefused(zipSync({ 'profiles.json': strToU8('{}') }), /not a Says Who\? backup/)
    await expectRefused(strToU8('not a zip at all'), /not a complete zip file/)
  })

  it.each([['teacher.json'], ['backups/says-who-x.zip'], ['logs/says-who.log'], ['a/CON.json']])(
    'refuses to restore a backup holding %s, changing nothing',
    async (name) => {
      const data = strToU8('{}')
      const manifest = {
        format: 'says-who/backup@1',
        createdAt: new Date().toISOString(),
        kind: 'manual',
        learners: 0,
        files: [{ path: name, size: 2, sha256: createHash('sha256').update(data).digest('hex') }]
      }
      const zipFile = join(app.root, 'crafted.zip')
      await writeFile(
        zipFile,
        zipSync({ 'says-who-backup.json': strToU8(JSON.stringify(manifest)), [name]: data })
      )
      const before = await snapshot(app.root)
      app.chooseNext(zipFile)
      const opened = await app.handlers.openBackupFile()
      if (opened.status === 'opened') {
        const result = await app.dispatch('restoreBackup', { id: opened.backup.id })
        expect(result).toMatchObject({ ok: false, error: { message: /cannot be restored/ } })
      } else expect(opened.status).toBe('unreadable')
      expect(await snapshot(app.root)).toEqual(before)
    }
  )

  it('refuses to restore a hostile zip dropped among the rotating backups, changing nothing', async () => {
    const name = 'says-who-2026-03-01T08-00-00-000Z-daily.zip'
    await mkdir(join(app.dataDir, 'backups'), { recursive: true })
    await writeFile(join(app.dataDir, 'backups', name), zipSync({ '../evil.txt': strToU8('x') }))
    const before = await snapshot(app.root)
    const result = await app.dispatch('restoreBackup', { id: name })
    expect(result).toMatchObject({ ok: false, error: { message: /cannot be restored/ } })
    expect(await snapshot(app.root)).toEqual(before)
  })

  it('never restores a rotating backup by a name that leaves the backups folder', async () => {
    await mkdir(join(app.dataDir, 'backups'), { recursive: true })
    const result = await app.dispatch('restoreBackup', { id: '../profiles.json' })
    expect(result.ok).toBe(false)
    expect(await readdir(outside().replace('evil.txt', ''))).not.toContain('evil.txt')
  })
})

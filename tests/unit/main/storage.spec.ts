import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { removeStaleTempFiles, writeFileDurably } from '../../../src/main/services/durable-file'
import { tempApp, type TempApp } from '../../fixtures/temp-data'

let app: TempApp
beforeEach(async () => {
  app = await tempApp()
})
afterEach(() => app.cleanup())

describe('writeFileDurably', () => {
  it('replaces a file whole and leaves no temp file behind', async () => {
    const file = join(app.root, 'record.json')
    await writeFileDurably(file, '{"v":1}')
    await writeFileDurably(file, '{"v":2}')
    expect(await readFile(file, 'utf8')).toBe('{"v":2}')
    expect((await readdir(app.root)).filter((name) => name.startsWith('record'))).toEqual([
      'record.json'
    ])
  })

  it('serialises concurrent writes so the last one wins intact', async () => {
    const file = join(app.root, 'record.json')
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        writeFileDurably(file, JSON.stringify({ v: i, pad: 'x'.repeat(5000) }))
      )
    )
    expect(JSON.parse(await readFile(file, 'utf8')).v).toBe(19)
  })

  it('names the file when the folder is missing', async () => {
    await expect(writeFileDurably(join(app.root, 'nope', 'record.json'), '{}')).rejects.toThrow(
      'Could not save record.json: the file does not exist.'
    )
  })
})

describe('damaged files', () => {
  async function learnerWithTwoAttempts() {
    const { id: profileId } = await app.handlers.createProfile({ name: 'Amira' })
    const first = await app.handlers.startAttempt({ profileId, quizKey: 'bundled:small.quiz.json' })
    await app.handlers.answerItem({
      profileId,
      attemptId: first.id,
      itemId: 'bridge-safe',
      response: { type: 'classify', label: 'fact' }
    })
    const second = await app.handlers.startAttempt({
      profileId,
      quizKey: 'bundled:taliban-isis-k.quiz.json'
    })
    return { profileId, first, second, folder: join(app.dataDir, 'attempts', profileId) }
  }

  it.each([
    ['torn JSON', (text: string) => text.slice(0, text.length / 2)],
    ['an empty file', () => ''],
    ['a wrong field', (text: string) => text.replace('"mode": "full"', '"mode": "cheat"')],
    [
      'a hostile key',
      (text: string) => text.replace('"answers": [', '"__proto__": {"x": 1}, "answers": [')
    ]
  ])(
    'moves an attempt file with %s aside, tells the learner, and loads the rest',
    async (_name, damage) => {
      const { profileId, first, second, folder } = await learnerWithTwoAttempts()
      const file = join(folder, `${first.id}.json`)
      const damagedText = damage(await readFile(file, 'utf8'))
      await writeFile(file, damagedText)

      const { attempts, notices } = await app.handlers.listAttempts({ profileId })
      expect(attempts.map((a) => a.id)).toEqual([second.id])
      expect(notices).toHaveLength(1)
      expect(notices[0]?.file).toBe(`${first.id}.json`)
      expect(notices[0]?.message).toMatch(
        new RegExp(
          `^${first.id}\\.json was damaged \\(.+\\) and was set aside as ${first.id}\\.json\\.damaged-`
        )
      )

      const names = await readdir(folder)
      expect(names).toContain(`${second.id}.json`)
      const aside = names.find((name) => name.startsWith(`${first.id}.json.damaged-`))
      expect(aside).toBeDefined()
      expect(await readFile(join(folder, aside!), 'utf8')).toBe(damagedText)
      // Told once: the next listing is clean.
      expect((await app.handlers.listAttempts({ profileId })).notices).toEqual([])
    }
  )

  it('ignores an attempt file copied in from another learner', async () => {
    const { first, folder } = await learnerWithTwoAttempts()
    const other = await app.handlers.createProfile({ name: 'Ben' })
    const otherFolder = join(app.dataDir, 'attempts', other.id)
    await mkdir(otherFolder, { recursive: true })
    await writeFile(
      join(otherFolder, `${first.id}.json`),
      await readFile(join(folder, `${first.id}.json`), 'utf8')
    )
    expect((await app.handlers.listAttempts({ profileId: other.id })).attempts).toEqual([])
  })

  it('sets a damaged profile list aside and starts a new one', async () => {
    await app.handlers.createProfile({ name: 'Amira' })
    await writeFile(
      join(app.dataDir, 'profiles.json'),
      '{"format": "says-who/profiles@1", "profiles": ['
    )
    const listed = await app.handlers.listProfiles()
    expect(listed.profiles).toEqual([])
    expect(listed.notices[0]?.message).toMatch(
      /^profiles\.json was damaged \(The file is not valid JSON: .+\) and was set aside/
    )
    await app.handlers.createProfile({ name: 'Ben' })
    expect((await app.handlers.listProfiles()).profiles.map((p) => p.name)).toEqual(['Ben'])
    expect(
      (await readdir(app.dataDir)).some((name) => name.startsWith('profiles.json.damaged-'))
    ).toBe(true)
  })
})

describe('profiles', () => {
  it('lists learners by name and refuses a duplicate name', async () => {
    await app.handlers.createProfile({ name: 'Zoe' })
    await app.handlers.createProfile({ name: 'Amira' })
    await expect(app.handlers.createProfile({ name: ' amira ' })).rejects.toThrow(
      /already a learner called "amira"/
    )
    expect((await app.handlers.listProfiles()).profiles.map((p) => p.name)).toEqual([
      'Amira',
      'Zoe'
    ])
  })
})

describe('temp files left by a crash mid-write', () => {
  it('are removed at start, and nothing else is', async () => {
    const attempts = join(app.dataDir, 'attempts', 'p1')
    await mkdir(attempts, { recursive: true })
    await writeFile(join(attempts, 'a1.json'), '{}')
    await writeFile(join(attempts, 'a1.json.tmp-0123456789abcdef'), '{"torn')
    await writeFile(join(app.dataDir, 'profiles.json.tmp-fedcba9876543210'), '')
    await writeFile(join(attempts, 'notes.tmp-by-hand.txt'), 'kept')
    expect(await removeStaleTempFiles(app.dataDir)).toBe(2)
    expect((await readdir(attempts)).sort()).toEqual(['a1.json', 'notes.tmp-by-hand.txt'])
  })
})

describe('one bad entry in a learner’s attempts folder', () => {
  it('costs that entry only, reported by name: a folder where a file should be', async () => {
    const { id: profileId } = await app.handlers.createProfile({ name: 'Amira' })
    const started = await app.handlers.startAttempt({
      profileId,
      quizKey: 'bundled:small.quiz.json'
    })
    await mkdir(join(app.dataDir, 'attempts', profileId, 'stray.json'))
    const { attempts, notices } = await app.handlers.listAttempts({ profileId })
    expect(attempts.map((a) => a.id)).toEqual([started.id])
    expect(notices).toEqual([
      {
        file: 'stray.json',
        message: 'Could not read stray.json: it is a folder, not a file. It is skipped.'
      }
    ])
  })
})

describe('one bad entry in profiles.json', () => {
  it('keeps every other learner, sets only the bad entry aside and says so, also when attempts are read first', async () => {
    const amira = await app.handlers.createProfile({ name: 'Amira' })
    await app.handlers.createProfile({ name: 'Ben' })
    const file = join(app.dataDir, 'profiles.json')
    const stored = JSON.parse(await readFile(file, 'utf8'))
    stored.profiles.push({ id: 'bad id with spaces', name: '', createdAt: 'yesterday' })
    await writeFile(file, JSON.stringify(stored))

    // The first read of the day is a learner's history, not the list of learners.
    const { notices } = await app.handlers.listAttempts({ profileId: amira.id })
    expect(notices).toHaveLength(1)
    expect(notices[0]?.message).toMatch(
      /^One learner entry in profiles\.json could not be read and was set aside in profiles\.json\.bad-entries-.+; the other 2 learners are kept\.$/
    )
    const { profiles, notices: later } = await app.handlers.listProfiles()
    expect(profiles.map((p) => p.name)).toEqual(['Amira', 'Ben'])
    expect(later).toEqual([])
    const aside = (await readdir(app.dataDir)).filter((n) => n.startsWith('profiles.json.bad-'))
    expect(aside).toHaveLength(1)
    expect(await readFile(join(app.dataDir, aside[0]!), 'utf8')).toContain('bad id with spaces')
  })
})

describe('a torn profiles.json', () => {
  it('keeps the learners whose entries are whole, so nobody is made a second time', async () => {
    const amira = await app.handlers.createProfile({ name: 'Amira' })
    await app.handlers.createProfile({ name: 'Ben' })
    const file = join(app.dataDir, 'profiles.json')
    const text = await readFile(file, 'utf8')
    // Cut inside Ben's entry (the list is sorted by name, so his comes second).
    await writeFile(file, text.slice(0, text.indexOf('"Ben"') + 3))
    const { profiles, notices } = await app.handlers.listProfiles()
    expect(profiles.map((p) => p.id)).toEqual([amira.id])
    expect(notices[0]?.message).toMatch(
      /set aside as profiles\.json\.damaged-.+ One learner was recovered from it: Amira\.$/
    )
    const again = await app.dispatch('createProfile', { name: 'Amira' })
    expect(again).toMatchObject({ ok: false })
  })
})

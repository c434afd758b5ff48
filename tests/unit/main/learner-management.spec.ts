import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { smallQuizInput } from '../../fixtures/quizzes'
import { tempApp, type TempApp } from '../../fixtures/temp-data'

let app: TempApp
beforeEach(async () => {
  app = await tempApp()
})
afterEach(() => app.cleanup())

async function learnerWithAttempt(name: string) {
  const profile = await app.handlers.createProfile({ name })
  const attempt = await app.handlers.startAttempt({
    profileId: profile.id,
    quizKey: 'bundled:small.quiz.json'
  })
  return { profile, attempt }
}

describe('learner management', () => {
  it('renames a learner, refusing a name already used in any case or Unicode form', async () => {
    const { profile } = await learnerWithAttempt('Zoe')
    await app.handlers.createProfile({ name: 'Zoë' })
    const renamed = await app.handlers.renameLearner({ profileId: profile.id, name: '  Zoe M. ' })
    expect(renamed).toMatchObject({ id: profile.id, name: 'Zoe M.' })
    // "Zoë" written as e + combining diaeresis, in capitals: still the other learner's name.
    await expect(
      app.handlers.renameLearner({ profileId: profile.id, name: 'ZOE\u0308' })
    ).rejects.toThrow('There is already a learner called "ZOË"')
    const { profiles } = await app.handlers.listProfiles()
    expect(profiles.map((p) => p.name).sort()).toEqual(['Zoe M.', 'Zoë'])
    // Their attempts still belong to them.
    expect((await app.handlers.listAttempts({ profileId: profile.id })).attempts).toHaveLength(1)
  })

  it('archives a learner with their attempts instead of deleting, and restores them', async () => {
    const { profile, attempt } = await learnerWithAttempt('Amira')
    const archived = await app.handlers.archiveLearner({ profileId: profile.id })
    expect(archived).toMatchObject({ profile, attempts: 1 })
    expect((await app.handlers.listProfiles()).profiles).toEqual([])
    expect(await readdir(join(app.dataDir, 'archive', archived.archiveId))).toEqual([
      'attempts',
      'profile.json'
    ])
    expect(await readdir(join(app.dataDir, 'archive', archived.archiveId, 'attempts'))).toEqual([
      `${attempt.id}.json`
    ])
    expect(
      JSON.parse(
        await readFile(join(app.dataDir, 'archive', archived.archiveId, 'profile.json'), 'utf8')
      ).profile
    ).toEqual(profile)
    expect((await app.handlers.listArchivedLearners()).learners).toEqual([archived])

    expect(await app.handlers.restoreLearner({ archiveId: archived.archiveId })).toEqual(profile)
    expect((await app.handlers.listProfiles()).profiles).toEqual([profile])
    expect(await app.handlers.getAttempt({ profileId: profile.id, attemptId: attempt.id })).toEqual(
      attempt
    )
    expect((await app.handlers.listArchivedLearners()).learners).toEqual([])
  })

  it('refuses to restore over a learner who took the same name meanwhile', async () => {
    const { profile } = await learnerWithAttempt('Amira')
    const archived = await app.handlers.archiveLearner({ profileId: profile.id })
    await app.handlers.createProfile({ name: 'amira' })
    await expect(app.handlers.restoreLearner({ archiveId: archived.archiveId })).rejects.toThrow(
      'There is already a learner called "Amira"'
    )
    // Nothing was lost: the archive is still there.
    expect((await app.handlers.listArchivedLearners()).learners).toHaveLength(1)
  })

  it('imports a roster: one learner per new name, none for a name already there', async () => {
    await app.handlers.createProfile({ name: 'Bea' })
    const outcome = await app.handlers.importRoster({ names: ['bea', 'Chidi', 'Dmitri'] })
    expect(outcome.added.map((p) => p.name)).toEqual(['Chidi', 'Dmitri'])
    expect(outcome.alreadyThere).toBe(1)
    expect((await app.handlers.listProfiles()).profiles.map((p) => p.name)).toEqual([
      'Bea',
      'Chidi',
      'Dmitri'
    ])
    expect(await app.handlers.getRoster()).toEqual({ names: ['bea', 'Chidi', 'Dmitri'] })
    // A renamed learner keeps their place on the roster.
    const chidi = outcome.added[0]!
    await app.handlers.renameLearner({ profileId: chidi.id, name: 'Chidi O.' })
    expect((await app.handlers.getRoster()).names).toEqual(['bea', 'Chidi O.', 'Dmitri'])
  })
})

describe('library management', () => {
  const version = (title: string) => JSON.stringify({ ...smallQuizInput(), id: 'bridge', title })

  it('removes a quiz from the library; attempts on it can still load it', async () => {
    const imported = await app.handlers.importQuizText({
      fileName: 'b.quiz.json',
      text: version('v1')
    })
    if (imported.status !== 'imported') throw new Error('import')
    const profile = await app.handlers.createProfile({ name: 'Amira' })
    await app.handlers.startAttempt({ profileId: profile.id, quizKey: imported.entry.key })
    expect(await app.handlers.removeQuiz({ key: imported.entry.key })).toEqual({
      removed: imported.entry
    })
    const { entries } = await app.handlers.listLibrary()
    expect(entries.map((e) => e.key)).not.toContain(imported.entry.key)
    expect(await readdir(join(app.dataDir, 'library', 'retired'))).toEqual([
      imported.entry.fileName
    ])
    expect((await app.handlers.loadQuiz({ key: imported.entry.key })).quiz.title).toBe('v1')
  })

  it('does not remove a quiz that comes with the app', async () => {
    await expect(app.handlers.removeQuiz({ key: 'bundled:small.quiz.json' })).rejects.toThrow(
      'Quizzes that come with Says Who? cannot be removed.'
    )
  })

  it('replaces the older copy when a new version of the same quiz id is opened', async () => {
    const first = await app.handlers.importQuizText({
      fileName: 'b.quiz.json',
      text: version('v1')
    })
    const second = await app.handlers.importQuizText({
      fileName: 'b.quiz.json',
      text: version('v2')
    })
    expect(first).toMatchObject({ status: 'imported', alreadyPresent: false })
    expect(second).toMatchObject({ status: 'imported', alreadyPresent: false, replacedOlder: true })
    const imported = (await app.handlers.listLibrary()).entries.filter(
      (e) => e.origin === 'imported'
    )
    expect(imported.map((e) => e.title)).toEqual(['v2'])
    if (first.status !== 'imported') throw new Error('import')
    expect((await app.handlers.loadQuiz({ key: first.entry.key })).quiz.title).toBe('v1')
    // The same file again is simply already there.
    expect(
      await app.handlers.importQuizText({ fileName: 'b.quiz.json', text: version('v2') })
    ).toMatchObject({ alreadyPresent: true })
  })
})

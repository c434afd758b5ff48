import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Profile } from '../../../shared/attempt-format'
import type { ArchivedLearner, StorageNotice } from '../../../shared/contract'
import { api, unwrap } from '../api'
import { pickedFile } from './picked-file'
import { useProfileStore } from './profile'

/** Learner management for the teacher: rename, archive and restore, and the class roster. */
export const useLearnersStore = defineStore('learners', () => {
  const archived = ref<ArchivedLearner[]>([])
  const notices = ref<StorageNotice[]>([])
  const roster = ref<string[]>([])

  async function load(): Promise<void> {
    await useProfileStore().load()
    const result = await unwrap(api().listArchivedLearners())
    archived.value = result.learners
    notices.value = result.notices
    roster.value = (await unwrap(api().getRoster())).names
  }

  async function rename(profile: Profile, name: string): Promise<Profile> {
    const renamed = await unwrap(api().renameLearner({ profileId: profile.id, name }))
    const profiles = useProfileStore()
    profiles.remember(renamed)
    await load()
    return renamed
  }

  async function archive(profile: Profile): Promise<ArchivedLearner> {
    const done = await unwrap(api().archiveLearner({ profileId: profile.id }))
    const profiles = useProfileStore()
    if (profiles.current?.id === profile.id) profiles.signOut()
    await load()
    return done
  }

  async function restore(learner: ArchivedLearner): Promise<Profile> {
    const profile = await unwrap(api().restoreLearner({ archiveId: learner.archiveId }))
    await load()
    return profile
  }

  async function importRoster(
    names: string[],
    studentIds?: string[]
  ): Promise<{ added: number; alreadyThere: number }> {
    const outcome = await unwrap(
      api().importRoster({ names, ...(studentIds ? { studentIds } : {}) })
    )
    await load()
    return { added: outcome.added.length, alreadyThere: outcome.alreadyThere }
  }

  /** The text of a class list file the teacher picks; null when they cancel. */
  async function openRosterFile(): Promise<{ fileName: string; text: string } | null> {
    const opened = pickedFile(await unwrap(api().openRosterFile()))
    return opened && { fileName: opened.fileName, text: opened.text }
  }

  async function loadRoster(): Promise<string[]> {
    roster.value = (await unwrap(api().getRoster())).names
    return roster.value
  }

  return {
    archived,
    notices,
    roster,
    load,
    rename,
    archive,
    restore,
    importRoster,
    openRosterFile,
    loadRoster
  }
})

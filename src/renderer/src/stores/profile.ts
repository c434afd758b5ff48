import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Profile } from '../../../shared/attempt-format'
import type { StorageNotice } from '../../../shared/contract'
import { api, unwrap } from '../api'
import { useLanguageStore } from './language'

/** Who is at the keyboard. Not remembered across restarts: the computer is shared. */
export const useProfileStore = defineStore('profile', () => {
  const profiles = ref<Profile[]>([])
  const current = ref<Profile | null>(null)
  const notices = ref<StorageNotice[]>([])
  const loaded = ref(false)

  async function load(): Promise<void> {
    const result = await unwrap(api().listProfiles())
    profiles.value = result.profiles
    notices.value = result.notices
    loaded.value = true
  }

  async function create(name: string): Promise<Profile> {
    const profile = await unwrap(api().createProfile({ name }))
    await load()
    current.value = profile
    await useLanguageStore().keepForNewLearner()
    return profile
  }

  /** A learner chose their name; the interface speaks the language they last chose. */
  async function choose(profile: Profile): Promise<void> {
    current.value = profile
    await useLanguageStore().followLearner(profile)
  }

  /** A learner's record as main now has it, for the list and, when it is theirs, the current one. */
  function remember(updated: Profile): void {
    if (current.value?.id === updated.id) current.value = updated
    profiles.value = profiles.value.map((p) => (p.id === updated.id ? updated : p))
  }

  /** The primer was read or skipped: remembered for this learner, in main. */
  async function markPrimerSeen(): Promise<void> {
    const learner = current.value
    if (!learner || learner.primerSeenAt) return
    remember(await unwrap(api().markPrimerSeen({ profileId: learner.id })))
  }

  function signOut(): void {
    current.value = null
  }

  return {
    profiles,
    current,
    notices,
    loaded,
    load,
    create,
    choose,
    remember,
    markPrimerSeen,
    signOut
  }
})

import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Profile } from '../../../shared/attempt-format'
import type { StorageNotice } from '../../../shared/contract'
import { api, unwrap } from '../api'

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
    return profile
  }

  function choose(profile: Profile): void {
    current.value = profile
  }

  /** The primer was read or skipped: remembered for this learner, in main. */
  async function markPrimerSeen(): Promise<void> {
    const learner = current.value
    if (!learner || learner.primerSeenAt) return
    const updated = await unwrap(api().markPrimerSeen({ profileId: learner.id }))
    current.value = updated
    profiles.value = profiles.value.map((p) => (p.id === updated.id ? updated : p))
  }

  function signOut(): void {
    current.value = null
  }

  return { profiles, current, notices, loaded, load, create, choose, markPrimerSeen, signOut }
})

import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api, unwrap } from '../api'
import { currentLocale, systemLocale, useLocale } from '../i18n'
import type { Profile } from '../../../shared/attempt-format'
import type { Locale } from '../../../shared/locales'
import { useProfileStore } from './profile'
import { useTeacherStore } from './teacher'

/**
 * The interface language: the one last chosen on this computer, else the system's. A learner's
 * choice is kept for them as well, so on a shared computer each learner gets theirs back.
 */
export const useLanguageStore = defineStore('language', () => {
  const locale = ref<Locale>(currentLocale())
  const error = ref<string | null>(null)

  /** At start: a saved choice wins; a first start follows the system. Never blocks the app. */
  async function start(): Promise<void> {
    let chosen: Locale | null = null
    try {
      chosen = (await unwrap(api().getLanguage())).language
    } catch {
      chosen = null
    }
    await useLocale(chosen ?? systemLocale())
    locale.value = currentLocale()
  }

  async function choose(next: Locale): Promise<void> {
    error.value = null
    await useLocale(next)
    locale.value = next
    const profiles = useProfileStore()
    // A teacher changing the language in teacher mode does not change the learner's own choice.
    const learner = useTeacherStore().unlocked ? null : profiles.current
    try {
      await unwrap(api().setLanguage({ language: next, ...(learner && { profileId: learner.id }) }))
      if (learner) profiles.remember({ ...learner, language: next })
    } catch (failure) {
      // The screen already speaks the new language; only remembering it failed, and that is said.
      error.value = failure instanceof Error ? failure.message : String(failure)
    }
  }

  /** A new learner keeps the language they created their name in. */
  async function keepForNewLearner(): Promise<void> {
    await choose(locale.value)
  }

  /** A learner chose their name: the language they last chose comes back (and main's with it). */
  async function followLearner(learner: Profile): Promise<void> {
    if (learner.language && learner.language !== locale.value) await choose(learner.language)
  }

  return { locale, error, start, choose, keepForNewLearner, followLearner }
})

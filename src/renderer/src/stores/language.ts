import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api, unwrap } from '../api'
import { currentLocale, systemLocale, useLocale } from '../i18n'
import type { Locale } from '../../../shared/locales'

/** The interface language: the one chosen on this computer, else the system's. */
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
    try {
      await unwrap(api().setLanguage({ language: next }))
    } catch (failure) {
      // The screen already speaks the new language; only remembering it failed, and that is said.
      error.value = failure instanceof Error ? failure.message : String(failure)
    }
  }

  return { locale, error, start, choose }
})

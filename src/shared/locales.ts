/** The interface languages the app ships; a quiz's own language is separate (any BCP 47 tag). */
export const SUPPORTED_LOCALES = ['en', 'es', 'fr'] as const
export type Locale = (typeof SUPPORTED_LOCALES)[number]

/** Each language named in itself, so a person finds theirs whatever the interface shows now. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  es: 'Español',
  fr: 'Français'
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

/**
 * The first of the system's preferred languages the app speaks ("es-MX" gives Spanish), else
 * English: the language a first start follows.
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = tag.split(/[-_]/)[0]?.toLowerCase()
    if (isLocale(language)) return language
  }
  return 'en'
}

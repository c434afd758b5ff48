import { IntlMessageFormat } from 'intl-messageformat'
import { SUPPORTED_LOCALES, type Locale } from '../../shared/locales'
import en from '../locales/en.json' with { type: 'json' }
import es from '../locales/es.json' with { type: 'json' }
import fr from '../locales/fr.json' with { type: 'json' }

/** A catalog: nested objects whose leaves are ICU MessageFormat strings. */
export interface Catalog {
  [key: string]: string | Catalog
}

export const MAIN_CATALOGS: Readonly<Record<Locale, Catalog>> = { en, es, fr }

let current: Locale = 'en'
const compiled = new Map<string, IntlMessageFormat>()

/** Main's messages, dialogs and menu follow the language the person chose in the app. */
export function setMainLanguage(locale: Locale): void {
  if (SUPPORTED_LOCALES.includes(locale)) current = locale
}

export function mainLanguage(): Locale {
  return current
}

function lookUp(catalog: Catalog, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

/**
 * One of main's messages in the current language (English when a translation is missing), with
 * its values put in; a key names its place in src/main/locales/en.json (`files.tooLarge`).
 */
export function mainText(
  key: string,
  values?: Record<string, string | number | Date>,
  locale: Locale = current
): string {
  const source = lookUp(MAIN_CATALOGS[locale], key) ?? lookUp(MAIN_CATALOGS.en, key)
  if (source === undefined) return key
  const cacheKey = `${locale}\u0000${key}`
  let format = compiled.get(cacheKey)
  if (!format) {
    format = new IntlMessageFormat(source, locale)
    compiled.set(cacheKey, format)
  }
  return String(format.format(values))
}

/** The English catalog's shape: every language's catalog has the same keys (a test checks). */
export type MainCatalog = typeof en

/** One message in every language the app speaks. */
export type LocalisedText = Record<Locale, string>

/**
 * A message made in every language, for text the renderer keeps and shows again after the person
 * changes language (a result file's problem in the class report): `make` is run with main's
 * language set to each in turn, so code that words its message with mainText needs no change.
 */
export function inEveryLanguage(make: () => string): LocalisedText {
  const was = current
  const texts = {} as LocalisedText
  try {
    for (const locale of SUPPORTED_LOCALES) {
      current = locale
      texts[locale] = make()
    }
  } finally {
    current = was
  }
  return texts
}

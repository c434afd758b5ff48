import { IntlMessageFormat } from 'intl-messageformat'
import { createI18n, type MessageCompiler, type MessageContext } from 'vue-i18n'
import { isLocale, pickLocale, type Locale } from '../../shared/locales'

/** A locale's messages: one object per namespace file (`locales/en/report.json` → `report`). */
type Messages = Record<string, unknown>

function namespaces(files: Record<string, unknown>): Messages {
  const messages: Messages = Object.create(null) as Messages
  for (const [path, content] of Object.entries(files)) {
    const name = /\/([^/]+)\.json$/.exec(path)?.[1]
    if (name) messages[name] = content
  }
  return messages
}

// A learner's screens need only these; the teachers' screens load theirs when one opens, as the
// screens themselves do (router.ts), so a learner's start carries none of the editor's or report's.
const START_NAMESPACES = ['common', 'student', 'teacher', 'problems'] as const

// English is the fallback for anything missing, so its first namespaces are in the start bundle.
const englishAtStart = namespaces(
  import.meta.glob(
    [
      './locales/en/common.json',
      './locales/en/student.json',
      './locales/en/teacher.json',
      './locales/en/problems.json'
    ],
    { eager: true, import: 'default' }
  )
)
const loaders: Record<string, () => Promise<unknown>> = import.meta.glob('./locales/*/*.json', {
  import: 'default'
})

/** Which namespaces each language has loaded so far. */
const loaded = new Map<string, Set<string>>([['en', new Set(START_NAMESPACES)]])
let everything = false

async function loadNamespaces(locale: Locale, wanted: readonly string[]): Promise<void> {
  const have = loaded.get(locale) ?? new Set<string>()
  const missing = Object.keys(loaders).filter((path) => {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path)
    return match?.[1] === locale && !have.has(match[2]!) && wanted.includes(match[2]!)
  })
  if (missing.length === 0) return
  const files = await Promise.all(
    missing.map(async (path) => [path, await loaders[path]!()] as const)
  )
  const messages = namespaces(Object.fromEntries(files))
  i18n.global.mergeLocaleMessage(locale, messages as never)
  for (const name of Object.keys(messages)) have.add(name)
  loaded.set(locale, have)
}

function allNamespaces(): string[] {
  return [...new Set(Object.keys(loaders).map((path) => /([^/]+)\.json$/.exec(path)![1]!))]
}

/**
 * Loads every message, in English and in the language shown: called before a teacher's screen
 * opens, and from then on a change of language loads everything too.
 */
export async function loadAllMessages(): Promise<void> {
  everything = true
  const locales = new Set<Locale>(['en', currentLocale()])
  await Promise.all([...locales].map((locale) => loadNamespaces(locale, allNamespaces())))
}

/**
 * Messages are ICU MessageFormat (`{count, plural, one {# item} other {# items}}`), the format
 * translators' tools know, so plurals follow each language's rules instead of `=== 1` tests.
 */
const compiled = new Map<string, IntlMessageFormat>()

/** vue-i18n compiles a custom-format message on every call: parsing once per language saves it. */
function formatFor(message: string, locale: string): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${message}`
  let format = compiled.get(cacheKey)
  if (!format) {
    format = new IntlMessageFormat(message, locale)
    compiled.set(cacheKey, format)
  }
  return format
}

const messageCompiler: MessageCompiler = (message, { locale, key, onError }) => {
  if (typeof message !== 'string') {
    onError?.(new Error(`The message "${key}" is not text.`) as never)
    return () => key
  }
  try {
    const format = formatFor(message, locale)
    return (context: MessageContext) => String(format.format(context.values as never))
  } catch (error) {
    onError?.(error as never)
    return () => key
  }
}

const dateFormats = {
  short: { year: 'numeric', month: 'short', day: 'numeric' },
  long: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  time: { hour: 'numeric', minute: '2-digit' }
} as const
const numberFormats = {
  percent: { style: 'percent', maximumFractionDigits: 0 },
  decimal: { maximumFractionDigits: 2 }
} as const

export const i18n = createI18n({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en: englishAtStart } as never,
  messageCompiler,
  datetimeFormats: { en: dateFormats, es: dateFormats, fr: dateFormats },
  numberFormats: { en: numberFormats, es: numberFormats, fr: numberFormats },
  missingWarn: false,
  fallbackWarn: false
})

/** The interface language now. */
export function currentLocale(): Locale {
  const locale = i18n.global.locale.value
  return isLocale(locale) ? locale : 'en'
}

/** Loads a language's messages (once) and switches the interface to it. */
export async function useLocale(locale: Locale): Promise<void> {
  await loadNamespaces(locale, everything ? allNamespaces() : START_NAMESPACES)
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
}

/** The language a first start uses: the system's, when the app speaks it. */
export function systemLocale(): Locale {
  return pickLocale(navigator.languages?.length ? navigator.languages : [navigator.language])
}

/** Shorthand for stores and plain modules; components use `useI18n()`. */
export function translate(key: string, values: Record<string, unknown> = {}): string {
  const global = i18n.global as unknown as {
    t: (key: string, values: Record<string, unknown>) => string
  }
  return global.t(key, values)
}

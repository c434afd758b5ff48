/**
 * The writing direction and script of a quiz's language, in one place for every screen that
 * shows quiz text: the interface keeps its own language and direction around it.
 */
export type TextDirection = 'ltr' | 'rtl'

/**
 * Languages written right to left, for engines without Intl.Locale's text info (Firefox, older
 * Node). A tag with a script subtag is decided by the script instead (`pa-Arab`, `az-Arab`).
 */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'azb',
  'ckb',
  'dv',
  'fa',
  'glk',
  'he',
  'iw',
  'ks',
  'lrc',
  'mzn',
  'nqo',
  'pnb',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi'
])
const RTL_SCRIPTS = new Set([
  'Adlm',
  'Arab',
  'Hebr',
  'Mand',
  'Nkoo',
  'Rohg',
  'Samr',
  'Syrc',
  'Thaa'
])

interface TextInfoLocale {
  getTextInfo?: () => { direction?: string }
  textInfo?: { direction?: string }
}

/** The direction a language tag is written in; left to right for a tag that cannot be read. */
export function textDirection(tag: string): TextDirection {
  let locale: Intl.Locale
  try {
    locale = new Intl.Locale(tag)
  } catch {
    return 'ltr'
  }
  if (locale.script) return RTL_SCRIPTS.has(locale.script) ? 'rtl' : 'ltr'
  const withInfo = locale as Intl.Locale & TextInfoLocale
  // getTextInfo() is the standard's current name; Node 20 and older Chromium have the getter.
  // Their data says "ltr" for languages it lacks (Dhivehi), so only its "rtl" is final.
  const info =
    typeof withInfo.getTextInfo === 'function' ? withInfo.getTextInfo() : withInfo.textInfo
  return info?.direction === 'rtl' || RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr'
}

/** The `lang` and `dir` attributes of an element holding text in a quiz's language. */
export function textAttributes(tag: string | undefined): { lang?: string; dir?: TextDirection } {
  if (!tag) return {}
  return { lang: tag, dir: textDirection(tag) }
}

/** A language's name in another language ("Arabic", "árabe"); the tag itself when unknown. */
export function languageName(tag: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage, 'en'], { type: 'language' }).of(tag) ?? tag
  } catch {
    return tag
  }
}

/** A script's name in a language ("Greek", "grec"); the code itself when unknown. */
export function scriptName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage, 'en'], { type: 'script' }).of(code) ?? code
  } catch {
    return code
  }
}

/** Scripts told apart when saying what an article is written in: the common ones of news text. */
const SCRIPTS = [
  'Latn',
  'Arab',
  'Hebr',
  'Grek',
  'Cyrl',
  'Deva',
  'Beng',
  'Thai',
  'Hani',
  'Hang',
  'Hira',
  'Kana',
  'Ethi',
  'Geor',
  'Armn',
  'Taml'
] as const
const SCRIPT_PATTERNS = SCRIPTS.map(
  (script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const
)

/**
 * The script most of a text's letters are written in (ISO 15924: `Latn`, `Arab`, `Grek`…), or
 * null for a text without letters. Letters of other scripts count as `Zyyy` (undetermined).
 */
export function mainScript(text: string): string | null {
  const counts = new Map<string, number>()
  // A sample is enough to tell the script, and keeps a long article cheap.
  for (const [letter] of text.slice(0, 20_000).matchAll(/\p{L}/gu)) {
    const script = SCRIPT_PATTERNS.find(([, pattern]) => pattern.test(letter))?.[0] ?? 'Zyyy'
    counts.set(script, (counts.get(script) ?? 0) + 1)
  }
  let best: string | null = null
  let most = 0
  for (const [script, count] of counts) {
    if (count > most) {
      best = script
      most = count
    }
  }
  return best
}

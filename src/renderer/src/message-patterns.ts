import { i18n } from './i18n'

/**
 * Messages that src/shared words in English (validation, drafting), recognised from the English
 * catalog so the screen can say them in the interface's language: each English message with
 * `{placeholders}` becomes a pattern that takes the values back out.
 */
export interface MessagePattern {
  key: string
  names: string[]
  regex: RegExp
}

export interface KnownMessage {
  key: string
  values: Record<string, string | number>
}

/**
 * What each value can hold: ids are slugs, counts are digits, so only free text (a quote, a name,
 * a reason) is matched loosely, which keeps the matching quick whatever a file holds.
 */
const VALUE_PATTERNS = new Map<string, string>(
  Object.entries({
    item: '([^"]*)',
    id: '([^"]*)',
    other: '([^"]*)',
    answer: '([^"]*)',
    type: '([^"]*)',
    first: '([^"]*)',
    second: '([^"]*)',
    number: '(\\d+)',
    count: '(\\d+)',
    minimum: '(\\d+)',
    maximum: '(\\d+)',
    expected: '(\\S+)',
    received: '(\\S+)'
  })
)

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function patternFor(key: string, template: string): MessagePattern {
  const names: string[] = []
  let at = 0
  let source = ''
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    source += `${escape(template.slice(at, match.index))}${VALUE_PATTERNS.get(match[1]!) ?? '(.+?)'}`
    names.push(match[1]!)
    at = match.index + match[0].length
  }
  source += escape(template.slice(at))
  return { key, names, regex: new RegExp(`^${source}$`, 's') }
}

/** The first pattern the message fits, with its values; counts become numbers for plurals. */
export function matchMessage(
  patterns: readonly MessagePattern[],
  message: string
): KnownMessage | null {
  for (const pattern of patterns) {
    const match = pattern.regex.exec(message)
    if (!match) continue
    const values = Object.create(null) as Record<string, string | number>
    pattern.names.forEach((name, i) => {
      const value = match[i + 1] ?? ''
      values[name] = /^\d{1,9}$/.test(value) ? Number(value) : value
    })
    return { key: pattern.key, values }
  }
  return null
}

/** The English catalog's messages under a path such as "problems". */
export function englishMessages(path: string): Record<string, unknown> {
  let node: unknown = i18n.global.getLocaleMessage('en')
  for (const part of path.split('.'))
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined
  return node && typeof node === 'object' ? (node as Record<string, unknown>) : {}
}

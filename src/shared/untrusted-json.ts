/**
 * Parses JSON that came from another person (a quiz file, a result file, an IPC message).
 * The size limit is checked before JSON.parse so a hostile file cannot exhaust memory; V8's
 * JSON.parse does not recurse, so depth and forbidden keys are checked in one walk over the
 * parsed value, which builds no path string unless something is wrong.
 */
export interface JsonLimits {
  maxChars: number
  maxDepth: number
}

/** Generous for any file of ours; each format passes its own (quiz-limits.ts, result-format.ts). */
export const DEFAULT_JSON_LIMITS: JsonLimits = { maxChars: 2_000_000, maxDepth: 32 }

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Keys that would reach an object's prototype if some code later merged the value into another. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export type JsonParseResult =
  { ok: true; value: unknown } | { ok: false; path: string; message: string }

type Refusal = Extract<JsonParseResult, { ok: false }>
/** ES2024 (Node 20, Chromium 111), newer than the TypeScript lib these projects compile against. */
type WellFormedCheck = string & { isWellFormed(): boolean }

export function parseUntrustedJson(
  raw: string,
  limits: JsonLimits = DEFAULT_JSON_LIMITS
): JsonParseResult {
  // Windows Notepad saves UTF-8 with a byte-order mark, which JSON.parse refuses invisibly.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw
  if (text.length > limits.maxChars) {
    return {
      ok: false,
      path: '',
      message: `The file is too large (${text.length.toLocaleString('en')} characters; the limit is ${limits.maxChars.toLocaleString('en')}).`
    }
  }
  // The common case, a sound file, pays for one native scan, one parse and one walk; any
  // refusal is then worked out again in the original order so its message stays the same.
  if ((text as WellFormedCheck).isWellFormed()) {
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      return refusal(text, limits)
    }
    return isSound(value, 1, limits.maxDepth) ? { ok: true, value } : refusal(text, limits, value)
  }
  return refusal(text, limits)
}

/** True when no array or object lies deeper than `maxDepth` and no key is a forbidden one. */
function isSound(value: unknown, depth: number, maxDepth: number): boolean {
  if (value === null || typeof value !== 'object') return true
  if (depth > maxDepth) return false
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      if (item !== null && typeof item === 'object' && !isSound(item, depth + 1, maxDepth))
        return false
    }
    return true
  }
  const record = value as Record<string, unknown>
  for (const key in record) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return false
    const item = record[key]
    if (item !== null && typeof item === 'object' && !isSound(item, depth + 1, maxDepth))
      return false
  }
  return true
}

/** Why a text is refused: the first of too deep, broken character, not JSON, forbidden key. */
function refusal(text: string, limits: JsonLimits, parsed?: unknown): Refusal {
  const depth = maxNestingDepth(text)
  if (depth > limits.maxDepth) {
    return {
      ok: false,
      path: '',
      message: `The file is nested too deeply (${depth} levels; the limit is ${limits.maxDepth}).`
    }
  }
  const broken = LONE_SURROGATE.exec(text)
  if (broken !== null) {
    // Written to disk it would turn into another character, and the saved file would differ
    // from the one that was checked.
    return {
      ok: false,
      path: '',
      message: `The file holds a broken character at position ${broken.index.toLocaleString('en')} (half of a UTF-16 pair); save it again as UTF-8.`
    }
  }
  let value = parsed
  if (value === undefined) {
    try {
      value = JSON.parse(text)
    } catch (error) {
      return { ok: false, path: '', message: `The file is not valid JSON: ${messageOf(error)}` }
    }
  }
  const forbidden = findForbiddenKey(value, '') ?? ''
  return {
    ok: false,
    path: forbidden,
    message: `The key "${lastKey(forbidden)}" is not allowed in a Says Who? file.`
  }
}

/** Depth of brackets outside strings, found without building the value. */
export function maxNestingDepth(text: string): number {
  let depth = 0
  let max = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92 /* \ */) i++
      else if (c === 34 /* " */) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++
      if (depth > max) max = depth
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--
  }
  return max
}

function findForbiddenKey(value: unknown, path: string): string | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbiddenKey(value[i], `${path}[${i}]`)
      if (found !== null) return found
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const childPath = path === '' ? key : `${path}.${key}`
      if (FORBIDDEN_KEYS.has(key)) return childPath
      const found = findForbiddenKey((value as Record<string, unknown>)[key], childPath)
      if (found !== null) return found
    }
  }
  return null
}

function lastKey(path: string): string {
  const dot = path.lastIndexOf('.')
  return dot === -1 ? path : path.slice(dot + 1)
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

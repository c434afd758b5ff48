import { canonicalJson } from './canonical-json'
import type { Quiz, QuizItem } from './quiz-format'

/**
 * The answer key of a quiz, apart from its wording: a result made with an earlier version of a quiz
 * can be scored on every item whose key is unchanged, however its explanation was reworded.
 */

/** cyrb53 (a public-domain 53-bit string hash): small, fast, and the same in main and renderer. */
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/** 14 hex digits: 53 bits, far more than enough to tell one quiz's items apart. */
export const FINGERPRINT_PATTERN = /^[0-9a-f]{14}$/

export function fingerprint(text: string): string {
  return cyrb53(text).toString(16).padStart(14, '0')
}

/** What decides whether an answer to this item is right: its id, kind, passage and right label. */
export function itemKeyFingerprint(item: QuizItem): string {
  if (item.type !== 'classify') {
    // Everything but the explanation decides what is asked and what is right.
    return fingerprint(canonicalJson([item.id, item.type, { ...item, explanation: null }]))
  }
  const { exact, prefix, suffix, start } = item.target
  return fingerprint(
    canonicalJson([
      item.id,
      item.type,
      exact,
      prefix ?? null,
      suffix ?? null,
      start ?? null,
      item.answer
    ])
  )
}

/** The labels a learner could choose from, in order. */
export function labelSetFingerprint(quiz: Pick<Quiz, 'labels'>): string {
  return fingerprint(canonicalJson(quiz.labels.map((label) => label.id)))
}

/** The key recorded with an attempt when it starts: one fingerprint per item asked, in order. */
export function attemptKeys(
  quiz: Quiz,
  itemIds: readonly string[]
): { itemKeys: string[]; labelSet: string } {
  const items = new Map(quiz.items.map((item) => [item.id, item]))
  return {
    itemKeys: itemIds.map((id) => {
      const item = items.get(id)
      return item ? itemKeyFingerprint(item) : fingerprint(`missing:${id}`)
    }),
    labelSet: labelSetFingerprint(quiz)
  }
}

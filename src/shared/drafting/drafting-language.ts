import { mainScript } from '../text-direction'

/**
 * Why drafting is not offered for an article, or null when it is: the cues, reporting verbs and
 * date patterns are English, so on another language they would draft wrong items, not fewer.
 * `language` is the quiz's tag; an article mostly in another script than Latin is refused even
 * when the quiz still says "en" (a new quiz starts as English).
 */
export type DraftingRefusal =
  { kind: 'language'; language: string } | { kind: 'script'; script: string }

export function isEnglish(language: string): boolean {
  return /^en(?:-|$)/i.test(language)
}

export function draftingRefusal(language: string, text: string): DraftingRefusal | null {
  if (!isEnglish(language)) return { kind: 'language', language }
  const script = mainScript(text)
  return script !== null && script !== 'Latn' ? { kind: 'script', script } : null
}

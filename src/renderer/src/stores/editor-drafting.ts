import type { DraftOptions } from '../../../shared/drafting/draft-suggestions'
import { CONFIDENT, type DraftSuggestion } from '../../../shared/drafting/suggestion'
import { draftingRefusal } from '../../../shared/drafting/drafting-language'
import { QUIZ_LIMITS } from '../../../shared/quiz-format'
import type { EditorMessage } from './editor-message'
import { languageName, scriptName } from '../../../shared/text-direction'
import { currentLocale, translate } from '../i18n'

export interface Drafted {
  suggestions: DraftSuggestion[]
  /** How many were left out to stay within the quiz format's item limit. */
  omitted: number
}

let worker: Worker | undefined
let nextId = 1

/** Drafting on the page's own thread: where workers are missing (unit tests) or fail to start. */
async function draftHere(text: string, options: DraftOptions): Promise<Drafted> {
  const { capEverySuggestion, draftEverySuggestion } =
    await import('../../../shared/drafting/every-suggestion')
  return capEverySuggestion(draftEverySuggestion(text, options))
}

/** Drafts suggestions for an article in a Web Worker, so the page never freezes. */
export function draftInBackground(text: string, options: DraftOptions): Promise<Drafted> {
  if (typeof Worker === 'undefined') return draftHere(text, options)
  try {
    worker ??= new Worker(new URL('../drafting-worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return draftHere(text, options)
  }
  const running = worker
  const id = nextId++
  return new Promise<Drafted>((resolve, reject) => {
    const onMessage = (event: MessageEvent<Drafted & { id: number; error?: string }>): void => {
      if (event.data.id !== id) return
      done()
      if (event.data.error) reject(new DraftingFailure(event.data.error))
      else resolve({ suggestions: event.data.suggestions, omitted: event.data.omitted })
    }
    const onError = (): void => {
      done()
      worker = undefined
      running.terminate()
      draftHere(text, options).then(resolve, reject)
    }
    const done = (): void => {
      running.removeEventListener('message', onMessage)
      running.removeEventListener('error', onError)
    }
    running.addEventListener('message', onMessage)
    running.addEventListener('error', onError)
    running.postMessage({ id, text, options })
  })
}

/**
 * Why the editor drafts nothing for this article, in the interface language, or null: drafting
 * knows English only, and would draft wrong items from another language rather than none.
 */
export function draftingRefusalText(language: string, text: string): string | null {
  const refusal = draftingRefusal(language, text)
  if (!refusal) return null
  const locale = currentLocale()
  return refusal.kind === 'language'
    ? translate('scripts.drafting.otherLanguage', {
        language: languageName(refusal.language, locale)
      })
    : translate('scripts.drafting.otherScript', { script: scriptName(refusal.script, locale) })
}

/** The worker's own error, which the editor words in the interface's language. */
export class DraftingFailure extends Error {
  constructor(readonly reason: string) {
    super(`Drafting failed: ${reason}`)
  }
}

/** Uncertain suggestions first, so the teacher reads them before accepting the rest together. */
export function uncertainFirst(
  suggestions: DraftSuggestion[],
  confident: number = CONFIDENT
): DraftSuggestion[] {
  return [...suggestions].sort(
    (a, b) =>
      Number(a.confidence >= confident) - Number(b.confidence >= confident) || a.start - b.start
  )
}

/** What the editor says once a draft is in: how many, how many to check, and any left out. */
export function draftedStatus(suggestions: DraftSuggestion[], omitted: number): EditorMessage {
  const values = {
    count: suggestions.length,
    uncertain: suggestions.filter((s) => s.confidence < CONFIDENT).length
  }
  return omitted > 0
    ? {
        key: 'editor.status.draftedSome',
        values: { ...values, omitted, limit: QUIZ_LIMITS.items }
      }
    : { key: 'editor.status.drafted', values }
}

// Drafts suggestions off the page's thread: a long article takes seconds to tag, and the editor
// must stay responsive meanwhile.
import type { DraftOptions } from '../../shared/drafting/draft-suggestions'
import { capEverySuggestion, draftEverySuggestion } from '../../shared/drafting/every-suggestion'

export interface DraftRequest {
  id: number
  text: string
  options: DraftOptions
}

self.onmessage = (event: MessageEvent<DraftRequest>): void => {
  const { id, text, options } = event.data
  try {
    const result = capEverySuggestion(draftEverySuggestion(text, options))
    self.postMessage({ id, ...result })
  } catch (error) {
    self.postMessage({ id, error: (error as Error).message })
  }
}

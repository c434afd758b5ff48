import { QUIZ_LIMITS } from '../quiz-format'
import {
  analyseArticle,
  capSuggestions,
  classifySuggestions,
  type DraftOptions
} from './draft-suggestions'
import type { DraftSuggestion, TypeSuggestion } from './suggestion'
import { draftTypeItems } from './type-drafts'

/**
 * Every suggestion the editor offers: the "which label?" ones and the drafts of the later item
 * types, from one analysis of the article (tagging is the slow part), in article order.
 */
export function draftEverySuggestion(text: string, options: DraftOptions = {}): DraftSuggestion[] {
  const analysis = analyseArticle(text, options)
  const typed = draftTypeItems(text, analysis, options.dateline).flatMap(
    (draft): TypeSuggestion[] =>
      draft.item.type === 'classify' ? [] : [{ ...draft, kind: draft.item.type }]
  )
  return [...classifySuggestions(text, analysis), ...typed].sort(
    (a, b) => a.start - b.start || b.end - a.end
  )
}

/**
 * At most `limit` suggestions in all: the "which label?" ones are capped first, exactly as alone,
 * and the later types fill the room left, the most confident first.
 */
export function capEverySuggestion(
  suggestions: DraftSuggestion[],
  limit: number = QUIZ_LIMITS.items
): { suggestions: DraftSuggestion[]; omitted: number } {
  const classic = capSuggestions(
    suggestions.filter((s) => s.item.type === 'classify'),
    limit
  )
  const typed = capSuggestions(
    suggestions.filter((s) => s.item.type !== 'classify'),
    limit - classic.suggestions.length
  )
  const kept = new Set([...classic.suggestions, ...typed.suggestions])
  return {
    suggestions: suggestions.filter((s) => kept.has(s)),
    omitted: classic.omitted + typed.omitted
  }
}

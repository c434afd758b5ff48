import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { draftSuggestions } from '../../../../src/shared/drafting/draft-suggestions'
import {
  capEverySuggestion,
  draftEverySuggestion
} from '../../../../src/shared/drafting/every-suggestion'

const TALIBAN = readFileSync(
  join(import.meta.dirname, '../../../fixtures/articles/taliban-isis-k.txt'),
  'utf8'
)

describe('every suggestion the editor offers', () => {
  const options = { headline: false, dateline: '2024-03-25' }
  const every = draftEverySuggestion(TALIBAN, options)

  it('holds the classic suggestions unchanged, plus a draft of every later type', () => {
    const classic = every.filter((s) => s.item.type === 'classify')
    expect(classic.map((s) => s.item)).toEqual(
      draftSuggestions(TALIBAN, options).map((s) => s.item)
    )
    const kinds = new Set(every.map((s) => s.kind))
    for (const kind of ['who-says', 'find-clue', 'frame', 'when', 'timeline'])
      expect(kinds.has(kind as never)).toBe(true)
    for (const s of every) if (s.item.type !== 'classify') expect(s.kind).toBe(s.item.type)
  })

  it('caps the classic ones first, as alone, and gives the later types only the room left', () => {
    const classic = every.filter((s) => s.item.type === 'classify').length
    const capped = capEverySuggestion(every, classic + 2)
    expect(capped.suggestions).toHaveLength(classic + 2)
    expect(capped.suggestions.filter((s) => s.item.type === 'classify')).toHaveLength(classic)
    expect(capped.omitted).toBe(every.length - classic - 2)
    expect(capEverySuggestion(every).omitted).toBe(0)
  })
})

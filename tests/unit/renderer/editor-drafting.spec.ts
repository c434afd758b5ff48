import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CONFIDENT, type DraftSuggestion } from '../../../src/shared/drafting/suggestion'
import { draftInBackground, uncertainFirst } from '../../../src/renderer/src/stores/editor-drafting'
import { useEditorStore } from '../../../src/renderer/src/stores/editor'
import { itemPassage } from '../../../src/shared/item-kinds'

const ARTICLE =
  'The mayor said the bridge is safe.\nShe added that repairs cost more than planned.\nThe bridge opened in 1998 after long delays.'

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.unstubAllGlobals())

describe('drafting off the page thread', () => {
  it('drafts on the page itself where workers cannot start, with the same suggestions', async () => {
    vi.stubGlobal('Worker', undefined)
    const drafted = await draftInBackground(ARTICLE, { headline: false })
    expect(drafted.omitted).toBe(0)
    expect(drafted.suggestions.map((s) => s.label)).toContain('allegation')
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new Error('blocked by the page origin')
        }
      }
    )
    const again = await draftInBackground(ARTICLE, { headline: false })
    expect(again.suggestions.map((s) => itemPassage(s.item).exact)).toEqual(
      drafted.suggestions.map((s) => itemPassage(s.item).exact)
    )
  })

  it('lists the suggestions the drafting is unsure of first, each group in article order', () => {
    const make = (start: number, confidence: number): DraftSuggestion =>
      ({ start, end: start + 1, confidence }) as DraftSuggestion
    const sorted = uncertainFirst(
      [make(0, 0.9), make(5, 0.5), make(9, CONFIDENT), make(12, 0.7)],
      CONFIDENT
    )
    expect(sorted.map((s) => s.start)).toEqual([5, 12, 0, 9])
  })

  it('the editor lists the uncertain suggestions first and says how many to check', async () => {
    const store = useEditorStore()
    store.newFromArticle(`Bridge news\n${ARTICLE}`, { dateline: '2024-03-25' })
    const drafting = store.draftItems()
    expect(store.drafting).toBe(true)
    await drafting
    expect(store.drafting).toBe(false)
    const flags = store.suggestions.map((s) => s.confidence < CONFIDENT)
    expect(flags[0]).toBe(true)
    expect(flags.indexOf(false)).toBe(flags.filter(Boolean).length)
    expect(store.status).toMatch(
      new RegExp(
        `^${store.suggestions.length} suggestions drafted, ${flags.filter(Boolean).length} to check first\\.$`
      )
    )
  })
})

import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useLocale } from '../../../src/renderer/src/i18n'
import { draftingRefusalText } from '../../../src/renderer/src/stores/editor-drafting'
import { useEditorStore } from '../../../src/renderer/src/stores/editor'
import { messageText, type EditorMessage } from '../../../src/renderer/src/stores/editor-message'

beforeEach(() => setActivePinia(createPinia()))
/** The editor's status as shown, whether the store holds it worded or as a message key. */
const shown = (status: unknown): string | null =>
  typeof status === 'string' ? status : status ? messageText(status as EditorMessage) : null
afterEach(() => useLocale('en'))

const ARABIC =
  'الأفغان ينفون\nوقال المتحدث يوم الثلاثاء إن التقارير لا أساس لها.\nوأغلق الجسر بعد يومين، وفقا لبيان المجلس.'

describe('drafting is English-only, and says so', () => {
  it('drafts nothing for a quiz in another language and names the language', async () => {
    const store = useEditorStore()
    store.newFromArticle('Bridge news\nThe mayor said the bridge is safe.', {})
    store.updateQuiz({ language: 'vi' })
    await store.draftItems()
    expect(store.allSuggestions).toEqual([])
    expect(shown(store.status)).toBe(
      'Drafting suggestions work only for English articles; this quiz is in Vietnamese. Add items yourself: select a passage in the article.'
    )
  })

  it('drafts nothing for an article in another script even while the quiz still says English', async () => {
    const store = useEditorStore()
    store.newFromArticle(ARABIC, {})
    expect(store.doc?.language).toBe('en')
    await store.draftItems()
    expect(store.allSuggestions).toEqual([])
    expect(shown(store.status)).toContain('this article is written in Arabic script')
  })

  it('names the language in the interface language', async () => {
    await useLocale('es')
    expect(draftingRefusalText('ar', ARABIC)).toBe(
      'Las sugerencias automáticas solo funcionan con artículos en inglés; este cuestionario está en árabe. Añade tú las preguntas: selecciona un pasaje del artículo.'
    )
    await useLocale('fr')
    expect(draftingRefusalText('he', 'שלום')).toContain('ce quiz est en hébreu')
    expect(draftingRefusalText('en', 'The mayor said so.')).toBeNull()
  })
})

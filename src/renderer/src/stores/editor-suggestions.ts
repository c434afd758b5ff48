import { computed, ref, shallowRef, type Ref } from 'vue'
import type { TextRange } from '../../../shared/anchoring'
import type { DraftSuggestion } from '../../../shared/drafting/suggestion'
import type { ItemType, QuizInput } from '../../../shared/quiz-format'
import {
  draftedStatus,
  draftingRefusalText,
  draftInBackground,
  DraftingFailure,
  uncertainFirst
} from './editor-drafting'
import { acceptSuggestions, itemKey } from './editor-edits'
import type { EditorMessage } from './editor-message'

interface EditorParts {
  doc: Ref<QuizInput | null>
  ranges: Ref<(TextRange | null)[]>
  change: (mutate: (draft: QuizInput) => void | boolean) => void
  status: Ref<EditorMessage | null>
  error: Ref<EditorMessage | null>
}

/** The drafting suggestions of the edited quiz: drafted in a worker, then accepted or dismissed. */
export function useSuggestions({ doc, ranges, change, status, error }: EditorParts) {
  // Read-only once drafted and replaced whole: hundreds of suggestions need no deep reactivity.
  const all = shallowRef<DraftSuggestion[]>([])
  /**
   * Which item type the list shows. "Which label?" first: drafting the later types into a quiz
   * makes it a version 2 file that older apps cannot read, so the teacher chooses them.
   */
  const shownType = ref<ItemType | 'all'>('classify')
  const suggestions = computed(() =>
    shownType.value === 'all' ? all.value : all.value.filter((s) => s.item.type === shownType.value)
  )
  const drafting = ref(false)

  function clear(): void {
    all.value = []
  }

  /** Drafts in a worker; the suggestions the drafting is unsure of are listed first. */
  async function draftItems(): Promise<void> {
    if (!doc.value || drafting.value) return
    const { text, published } = doc.value.article
    const refusal = draftingRefusalText(doc.value.language, text)
    if (refusal) {
      all.value = []
      status.value = { text: refusal }
      return
    }
    drafting.value = true
    status.value = { key: 'editor.status.drafting' }
    try {
      const drafted = await draftInBackground(text, { dateline: published, headline: false })
      if (doc.value?.article.text !== text) return
      const items = doc.value.items
      const taken = new Set(
        ranges.value.flatMap((r, i) => (r && items[i] ? [itemKey(items[i], r)] : []))
      )
      // One suggestion per question: the same passage asked the same way twice is dropped.
      const fresh = drafted.suggestions.filter((s) => {
        const key = itemKey(s.item, s)
        if (taken.has(key)) return false
        taken.add(key)
        return true
      })
      all.value = uncertainFirst(fresh)
      status.value = draftedStatus(suggestions.value, drafted.omitted)
    } catch (failure) {
      error.value =
        failure instanceof DraftingFailure
          ? { key: 'editor.status.draftFailed', values: { reason: failure.reason } }
          : { text: (failure as Error).message }
      status.value = null
    } finally {
      drafting.value = false
    }
  }

  /**
   * Adds suggestions as items, in article order, skipping any whose passage is already an item;
   * returns the new items' ids. Every suggestion given leaves the list.
   */
  function accept(chosen: DraftSuggestion[]): string[] {
    if (chosen.length === 0 || !doc.value) return []
    let ids: string[] = []
    change((draft) => {
      ids = acceptSuggestions(draft, chosen)
      return ids.length > 0
    })
    const skipped = chosen.length - ids.length
    if (skipped > 0)
      status.value = { key: 'editor.status.skipped', values: { added: ids.length, skipped } }
    dismiss(chosen)
    return ids
  }

  function dismiss(chosen: DraftSuggestion[]): void {
    all.value = all.value.filter((s) => !chosen.includes(s))
  }

  return { all, shownType, suggestions, drafting, clear, draftItems, accept, dismiss }
}

import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { anchorQuote, type TextRange } from '../../../shared/anchoring'
import {
  draftSuggestions,
  quoteInputFor,
  slugFrom,
  type DraftSuggestion
} from '../../../shared/drafting/draft'
import { newQuizFromArticle } from '../../../shared/drafting/draft-quiz'
import { DEFAULT_LABELS, type QuizInput } from '../../../shared/quiz-format'
import { validateQuizValue, type ValidationIssue } from '../../../shared/quiz-validation'
import { quizWarnings } from '../../../shared/quiz-warnings'
import { reanchor, rememberPassage } from '../../../shared/reanchoring'
import { parseUntrustedJson } from '../../../shared/untrusted-json'
import { api, unwrap } from '../api'

export type EditorItem = QuizInput['items'][number]
type LabelInput = NonNullable<QuizInput['labels']>[number]

const HISTORY_LIMIT = 200

/** The quiz being edited, its undo history, the drafting suggestions and the file it came from. */
export const useEditorStore = defineStore('editor', () => {
  const doc = ref<QuizInput | null>(null)
  const documentId = ref<string | null>(null)
  const fileName = ref<string | null>(null)
  const savedText = ref<string | null>(null)
  const past = shallowRef<string[]>([])
  const future = shallowRef<string[]>([])
  const selected = ref<number | null>(null)
  const suggestions = ref<DraftSuggestion[]>([])
  /** Items the last article edit could not place with confidence: id → what to check. */
  const placementFlags = ref<Record<string, string>>({})
  const status = ref<string | null>(null)
  const error = ref<string | null>(null)

  const serialised = computed(() => (doc.value ? `${JSON.stringify(doc.value, null, 2)}\n` : ''))
  const dirty = computed(() => doc.value !== null && serialised.value !== savedText.value)
  const validation = computed(() => (doc.value ? validateQuizValue(doc.value) : null))
  const issues = computed<ValidationIssue[]>(() =>
    validation.value && !validation.value.ok ? validation.value.issues : []
  )
  const warnings = computed<ValidationIssue[]>(() =>
    validation.value?.ok ? quizWarnings(validation.value.quiz) : []
  )
  const labels = computed<LabelInput[]>(() => doc.value?.labels ?? DEFAULT_LABELS)
  const ranges = computed(() =>
    (doc.value?.items ?? []).map((item) => {
      const found = anchorQuote(doc.value?.article.text ?? '', item.target)
      return found.ok ? { start: found.start, end: found.end } : null
    })
  )

  /** A new document, or none: no history, no file yet. */
  function reset(next: QuizInput | null): void {
    doc.value = next
    documentId.value = null
    fileName.value = null
    savedText.value = null
    past.value = []
    future.value = []
    selected.value = null
    suggestions.value = []
    placementFlags.value = {}
    error.value = null
    status.value = null
  }

  function newFromArticle(article: string, options: { source?: string; dateline?: string }): void {
    reset(newQuizFromArticle(article, options))
  }

  /** Opens a quiz file's text; a file must at least have an article and a list of items. */
  function openText(name: string, id: string, text: string): boolean {
    const parsed = parseUntrustedJson(text)
    const value = parsed.ok ? (parsed.value as Partial<QuizInput> | null) : null
    if (!value || typeof value.article?.text !== 'string' || !Array.isArray(value.items)) {
      error.value = parsed.ok
        ? `${name}: this is not a quiz file (it needs "article.text" and "items").`
        : `${name}: ${parsed.path ? `${parsed.path}: ` : ''}${parsed.message}`
      return false
    }
    reset(value as QuizInput)
    documentId.value = id
    fileName.value = name
    savedText.value = serialised.value
    return true
  }

  function change(mutate: (draft: QuizInput) => void): void {
    if (!doc.value) return
    const snapshot = JSON.stringify(doc.value)
    past.value = [...past.value.slice(-HISTORY_LIMIT + 1), snapshot]
    future.value = []
    const next = JSON.parse(snapshot) as QuizInput
    mutate(next)
    doc.value = next
  }

  function undo(): void {
    const previous = past.value[past.value.length - 1]
    if (previous === undefined || !doc.value) return
    future.value = [JSON.stringify(doc.value), ...future.value]
    past.value = past.value.slice(0, -1)
    doc.value = JSON.parse(previous) as QuizInput
    if (selected.value !== null && selected.value >= doc.value.items.length) selected.value = null
  }

  function redo(): void {
    const next = future.value[0]
    if (next === undefined || !doc.value) return
    past.value = [...past.value, JSON.stringify(doc.value)]
    future.value = future.value.slice(1)
    doc.value = JSON.parse(next) as QuizInput
  }

  function usedIds(): Set<string> {
    return new Set((doc.value?.items ?? []).map((item) => item.id))
  }

  function addItem(range: TextRange, answer: string): void {
    const text = doc.value?.article.text ?? ''
    const exact = text.slice(range.start, range.end)
    if (exact.trim() === '') return
    change((draft) => {
      const item: EditorItem = {
        type: 'classify',
        id: slugFrom(exact, usedIds()),
        target: quoteInputFor(text, range),
        answer
      }
      const at = ranges.value.findIndex((other) => other !== null && other.start > range.start)
      draft.items.splice(at === -1 ? draft.items.length : at, 0, item)
      selected.value = at === -1 ? draft.items.length - 1 : at
    })
  }

  function updateItem(index: number, patch: Partial<EditorItem>): void {
    change((draft) => {
      const item = draft.items[index]
      if (!item) return
      Object.assign(item, patch)
      for (const key of Object.keys(patch) as (keyof EditorItem)[]) {
        if (patch[key] === undefined) delete item[key]
      }
    })
  }

  function moveItem(index: number, by: -1 | 1): void {
    const to = index + by
    if (!doc.value || to < 0 || to >= doc.value.items.length) return
    change((draft) => {
      const [item] = draft.items.splice(index, 1)
      if (item) draft.items.splice(to, 0, item)
    })
    selected.value = to
  }

  function deleteItem(index: number): void {
    change((draft) => void draft.items.splice(index, 1))
    selected.value = null
  }

  function updateQuiz(patch: Partial<Pick<QuizInput, 'title' | 'id' | 'description'>>): void {
    change((draft) => Object.assign(draft, patch))
  }

  function updateArticle(patch: Partial<Omit<QuizInput['article'], 'text'>>): void {
    change((draft) => Object.assign(draft.article, patch))
  }

  function updateLabel(index: number, patch: Partial<LabelInput>): void {
    change((draft) => {
      draft.labels ??= structuredClone(DEFAULT_LABELS)
      Object.assign(draft.labels[index] ?? {}, patch)
    })
  }

  function addLabel(): void {
    change((draft) => {
      draft.labels ??= structuredClone(DEFAULT_LABELS)
      const used = new Set(draft.labels.map((l) => l.id))
      let n = draft.labels.length + 1
      while (used.has(`label-${n}`)) n++
      draft.labels.push({ id: `label-${n}`, name: `Label ${n}`, description: 'Describe it.' })
    })
  }

  function removeLabel(index: number): void {
    change((draft) => void draft.labels?.splice(index, 1))
  }

  /**
   * Replaces the article text and finds every item again: exact placements move silently,
   * changed ones are placed on the best match and flagged, lost ones are left and flagged.
   */
  function setArticleText(text: string): void {
    const before = doc.value?.article.text ?? ''
    const flags: Record<string, string> = {}
    change((draft) => {
      draft.article.text = text
      for (const item of draft.items) {
        const old = anchorQuote(before, item.target)
        if (!old.ok) continue
        const placed = reanchor(text, rememberPassage(before, old))
        if (placed.status === 'lost') {
          flags[item.id] =
            `Could not find "${item.target.exact.slice(0, 60)}" in the new text: select its passage again.`
          continue
        }
        item.target = quoteInputFor(text, placed)
        if (placed.status === 'fuzzy') {
          flags[item.id] =
            `The passage changed; placed on the closest match (${Math.round(placed.score * 100)}% alike). Check it.`
        }
      }
    })
    placementFlags.value = flags
  }

  function clearFlag(id: string): void {
    const { [id]: _gone, ...rest } = placementFlags.value
    void _gone
    placementFlags.value = rest
  }

  function draftItems(): void {
    if (!doc.value) return
    const taken = new Set(ranges.value.filter((r) => r !== null).map((r) => `${r.start}:${r.end}`))
    suggestions.value = draftSuggestions(doc.value.article.text, {
      dateline: doc.value.article.published,
      headline: false
    }).filter((s) => !taken.has(`${s.start}:${s.end}`))
    status.value = `${suggestions.value.length} suggestions drafted.`
  }

  /** Adds suggestions as items, in article order; returns the new items' ids. */
  function accept(suggestions_: DraftSuggestion[]): string[] {
    if (suggestions_.length === 0) return []
    const text = doc.value?.article.text ?? ''
    const ids: string[] = []
    change((draft) => {
      const used = new Set(draft.items.map((i) => i.id))
      for (const suggestion of suggestions_) {
        const item = JSON.parse(JSON.stringify(suggestion.item)) as EditorItem
        item.id = slugFrom(item.id, used)
        ids.push(item.id)
        draft.items.push(item)
      }
      const starts = new Map(
        draft.items.map((item) => {
          const found = anchorQuote(text, item.target)
          return [item, found.ok ? found.start : Number.MAX_SAFE_INTEGER] as const
        })
      )
      draft.items.sort((a, b) => (starts.get(a) ?? 0) - (starts.get(b) ?? 0))
    })
    suggestions.value = suggestions.value.filter((s) => !suggestions_.includes(s))
    return ids
  }

  function dismiss(suggestions_: DraftSuggestion[]): void {
    suggestions.value = suggestions.value.filter((s) => !suggestions_.includes(s))
  }

  async function save(saveAs: boolean): Promise<boolean> {
    if (!doc.value) return false
    error.value = null
    const text = serialised.value
    const outcome = await unwrap(
      api().saveQuizFile({
        ...(documentId.value ? { documentId: documentId.value } : {}),
        saveAs,
        suggestedName: `${doc.value.id}.quiz.json`.replace(/[^\w .-]/g, '-').slice(0, 120),
        text
      })
    ).catch((failure: Error) => {
      error.value = failure.message
      return null
    })
    if (!outcome || outcome.status === 'cancelled') return false
    if (outcome.status === 'invalid') {
      error.value = `Not saved: ${outcome.issues.map((i) => `${i.path || 'file'}: ${i.message}`).join(' ')}`
      return false
    }
    documentId.value = outcome.documentId
    fileName.value = outcome.fileName
    savedText.value = text
    status.value = `Saved to ${outcome.fileName}.`
    return true
  }

  function close(): void {
    reset(null)
  }

  return {
    doc,
    documentId,
    fileName,
    dirty,
    selected,
    suggestions,
    placementFlags,
    status,
    error,
    validation,
    issues,
    warnings,
    labels,
    ranges,
    canUndo: computed(() => past.value.length > 0),
    canRedo: computed(() => future.value.length > 0),
    newFromArticle,
    openText,
    undo,
    redo,
    addItem,
    updateItem,
    moveItem,
    deleteItem,
    updateQuiz,
    updateArticle,
    updateLabel,
    addLabel,
    removeLabel,
    setArticleText,
    clearFlag,
    draftItems,
    accept,
    dismiss,
    save,
    close
  }
})

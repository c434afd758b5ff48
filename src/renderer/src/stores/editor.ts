import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { TextRange } from '../../../shared/anchoring'
import { newQuizFromArticle } from '../../../shared/drafting/new-quiz'
import type { DraftSuggestion } from '../../../shared/drafting/suggestion'
import { DEFAULT_LABELS, type QuizInput } from '../../../shared/quiz-format'
import { validateQuizValue, type ValidationIssue } from '../../../shared/quiz-validation'
import { quizWarnings } from '../../../shared/quiz-warnings'
import { parseUntrustedJson } from '../../../shared/untrusted-json'
import { api, unwrap } from '../api'
import {
  acceptSuggestions,
  insertItem,
  itemRanges,
  replaceArticleText,
  type EditorItem
} from './editor-edits'
import { draftedStatus, draftInBackground, uncertainFirst } from './editor-drafting'
import { useSnapshotHistory } from './editor-history'

export type { EditorItem }
type LabelInput = NonNullable<QuizInput['labels']>[number]

/** The quiz being edited, its undo history, the drafting suggestions and the file it came from. */
export const useEditorStore = defineStore('editor', () => {
  const doc = ref<QuizInput | null>(null)
  const documentId = ref<string | null>(null)
  const fileName = ref<string | null>(null)
  const savedText = ref<string | null>(null)
  const history = useSnapshotHistory(doc)
  const change = history.change
  const selected = ref<number | null>(null)
  const suggestions = ref<DraftSuggestion[]>([])
  const drafting = ref(false)
  /** Items the last article edit could not place with confidence: id → what to check. */
  const placementFlags = shallowRef<ReadonlyMap<string, string>>(new Map())
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
  const ranges = computed(() => itemRanges(doc.value?.article.text ?? '', doc.value?.items ?? []))

  /** A new document, or none: no history, no file yet. */
  function reset(next: QuizInput | null): void {
    doc.value = next
    documentId.value = null
    fileName.value = null
    savedText.value = null
    history.clear()
    selected.value = null
    suggestions.value = []
    placementFlags.value = new Map()
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

  function undo(): void {
    if (!history.undo() || !doc.value) return
    if (selected.value !== null && selected.value >= doc.value.items.length) selected.value = null
  }

  function redo(): void {
    history.redo()
  }

  function addItem(range: TextRange, answer: string): void {
    const exact = doc.value?.article.text.slice(range.start, range.end) ?? ''
    if (exact.trim() === '') return
    const existing = ranges.value.findIndex((r) => r?.start === range.start && r.end === range.end)
    if (existing !== -1) {
      // The same passage twice would be a duplicate item: show the one that is there.
      selected.value = existing
      status.value = `That passage is already item ${existing + 1}.`
      return
    }
    change((draft) => {
      selected.value = insertItem(draft, ranges.value, range, answer)
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
    change((draft) => void Object.assign(draft, patch))
  }

  function updateArticle(patch: Partial<Omit<QuizInput['article'], 'text'>>): void {
    change((draft) => void Object.assign(draft.article, patch))
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

  /** Replaces the article text and finds every item again, flagging what it could not place. */
  function setArticleText(text: string): void {
    let flags = new Map<string, string>()
    change((draft) => {
      flags = replaceArticleText(draft, text)
    })
    placementFlags.value = flags
  }

  function clearFlag(id: string): void {
    const rest = new Map(placementFlags.value)
    rest.delete(id)
    placementFlags.value = rest
  }

  /** Drafts in a worker; the suggestions the drafting is unsure of are listed first. */
  async function draftItems(): Promise<void> {
    if (!doc.value || drafting.value) return
    const { text, published } = doc.value.article
    drafting.value = true
    status.value = 'Drafting suggestions…'
    try {
      const drafted = await draftInBackground(text, { dateline: published, headline: false })
      if (doc.value?.article.text !== text) return
      const taken = new Set(
        ranges.value.filter((r) => r !== null).map((r) => `${r.start}:${r.end}`)
      )
      const fresh = drafted.suggestions.filter((s) => !taken.has(`${s.start}:${s.end}`))
      suggestions.value = uncertainFirst(fresh)
      status.value = draftedStatus(fresh, drafted.omitted)
    } catch (failure) {
      error.value = (failure as Error).message
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
      status.value = `${ids.length} added; ${skipped} already ${skipped === 1 ? 'an item' : 'items'}, not added again.`
    suggestions.value = suggestions.value.filter((s) => !chosen.includes(s))
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
    canUndo: history.canUndo,
    canRedo: history.canRedo,
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
    drafting,
    accept,
    dismiss,
    save,
    close
  }
})

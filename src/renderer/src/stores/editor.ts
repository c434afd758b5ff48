import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { TextRange } from '../../../shared/anchoring'
import { newQuizFromArticle } from '../../../shared/drafting/new-quiz'
import { needsFormat2 } from '../../../shared/item-kinds'
import {
  DEFAULT_LABELS,
  QUIZ_FORMAT,
  QUIZ_FORMAT_2,
  type ItemType,
  type QuizInput,
  type QuizItem
} from '../../../shared/quiz-format'
import { validateQuizValue, type ValidationIssue } from '../../../shared/quiz-validation'
import { quizWarnings } from '../../../shared/quiz-warnings'
import { translate } from '../i18n'
import { useTeacherStore } from './teacher'
import { insertItem, itemRanges, replaceArticleText, type EditorItem } from './editor-edits'
import { useQuizFile } from './editor-file'
import { messageText, type EditorMessage } from './editor-message'
import { useSnapshotHistory } from './editor-history'
import { useSuggestions } from './editor-suggestions'

export type { EditorItem }
type LabelInput = NonNullable<QuizInput['labels']>[number]

/** The quiz being edited, its undo history, the drafting suggestions and the file it came from. */
export const useEditorStore = defineStore('editor', () => {
  const doc = ref<QuizInput | null>(null)
  const history = useSnapshotHistory(doc)
  /**
   * Every change also sets the format version: "@2" only when the quiz uses what version 1 lacks,
   * so a classic quiz stays readable by older apps.
   */
  function change(mutate: (draft: QuizInput) => void | boolean): void {
    history.change((draft) => {
      if (mutate(draft) === false) return false
      const wanted = needsFormat2(draft as { items: QuizItem[] }) ? QUIZ_FORMAT_2 : QUIZ_FORMAT
      if (draft.format !== wanted) draft.format = wanted
    })
  }
  const selected = ref<number | null>(null)
  /** The words selected in the article: a new item's passage, a choice's quote, a timeline event. */
  const selection = ref<TextRange | null>(null)
  /** Items the last article edit could not place with confidence: id → what to check. */
  const flags = shallowRef<ReadonlyMap<string, EditorMessage>>(new Map())
  const status = ref<EditorMessage | null>(null)
  const error = ref<EditorMessage | null>(null)
  // Put in words when read, so they follow a change of language.
  const placementFlags = computed<ReadonlyMap<string, string>>(
    () => new Map([...flags.value].map(([id, flag]) => [id, messageText(flag)]))
  )
  const statusText = computed(() => status.value && messageText(status.value))
  const errorText = computed(() => error.value && messageText(error.value))

  const validation = computed(() => (doc.value ? validateQuizValue(doc.value) : null))
  const issues = computed<ValidationIssue[]>(() =>
    validation.value && !validation.value.ok ? validation.value.issues : []
  )
  const warnings = computed<ValidationIssue[]>(() =>
    validation.value?.ok ? quizWarnings(validation.value.quiz) : []
  )
  const labels = computed<LabelInput[]>(() => doc.value?.labels ?? DEFAULT_LABELS)
  const ranges = computed(() => itemRanges(doc.value?.article.text ?? '', doc.value?.items ?? []))
  const file = useQuizFile({ doc, status, error, start: reset })
  const drafts = useSuggestions({ doc, ranges, change, status, error })

  /** A new document, or none: no history, no file yet. */
  function reset(next: QuizInput | null): void {
    doc.value = next
    file.forget()
    history.clear()
    selected.value = null
    selection.value = null
    drafts.clear()
    flags.value = new Map()
    error.value = null
    status.value = null
  }

  function newFromArticle(article: string, options: { source?: string; dateline?: string }): void {
    reset(newQuizFromArticle(article, options))
  }

  function undo(): void {
    if (!history.undo() || !doc.value) return
    if (selected.value !== null && selected.value >= doc.value.items.length) selected.value = null
  }

  function redo(): void {
    history.redo()
  }

  function addItem(range: TextRange, answer: string, type: ItemType = 'classify'): void {
    const exact = doc.value?.article.text.slice(range.start, range.end) ?? ''
    if (exact.trim() === '') return
    const existing = ranges.value.findIndex(
      (r, i) =>
        r?.start === range.start && r.end === range.end && doc.value?.items[i]?.type === type
    )
    if (existing !== -1) {
      // The same passage twice would be a duplicate item: show the one that is there.
      selected.value = existing
      status.value = { key: 'editor.status.alreadyItem', values: { number: existing + 1 } }
      return
    }
    change((draft) => {
      selected.value = insertItem(draft, ranges.value, range, answer, type)
    })
  }

  /** Any edit of one item, nested parts too (choices, events), as one step to undo. */
  function editItem(index: number, mutate: (item: EditorItem) => void): void {
    change((draft) => {
      const item = draft.items[index]
      if (!item) return false
      mutate(item)
    })
  }

  function updateItem(index: number, patch: Partial<EditorItem> | Record<string, unknown>): void {
    change((draft) => {
      const item = draft.items[index]
      if (!item) return
      Object.assign(item, patch)
      const fields = item as unknown as Record<string, unknown>
      for (const [key, value] of Object.entries(patch)) if (value === undefined) delete fields[key]
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

  function updateQuiz(
    patch: Partial<Pick<QuizInput, 'title' | 'id' | 'description' | 'language'>>
  ): void {
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
      // Placeholders the teacher replaces, in the words of the screen they are reading.
      draft.labels.push({
        id: `label-${n}`,
        name: translate('editor.details.newLabel', { number: n }),
        description: translate('editor.details.newLabelDescription')
      })
    })
  }

  function removeLabel(index: number): void {
    change((draft) => void draft.labels?.splice(index, 1))
  }

  /** Replaces the article text and finds every item again, flagging what it could not place. */
  function setArticleText(text: string): void {
    let found = new Map<string, EditorMessage>()
    // A selection's positions belong to the old text.
    selection.value = null
    change((draft) => {
      found = replaceArticleText(draft, text)
    })
    flags.value = found
  }

  function clearFlag(id: string): void {
    const rest = new Map(flags.value)
    rest.delete(id)
    flags.value = rest
  }

  /** Saves with the format version the items need (a file opened as "@2" may no longer need it). */
  function save(saveAs: boolean): Promise<boolean> {
    const quiz = doc.value
    if (
      quiz &&
      quiz.format !== (needsFormat2(quiz as { items: QuizItem[] }) ? QUIZ_FORMAT_2 : QUIZ_FORMAT)
    )
      change(() => true)
    return file.save(saveAs)
  }

  // The quiz being edited is the teacher's: locking teacher mode, however it happens, closes it.
  useTeacherStore().onLock(close)
  function close(): void {
    reset(null)
  }

  return {
    doc,
    fileName: file.fileName,
    dirty: file.dirty,
    selected,
    selection,
    suggestions: drafts.suggestions,
    allSuggestions: drafts.all,
    suggestionType: drafts.shownType,
    placementFlags,
    status: statusText,
    error: errorText,
    validation,
    issues,
    warnings,
    labels,
    ranges,
    canUndo: history.canUndo,
    canRedo: history.canRedo,
    newFromArticle,
    openText: file.openText,
    openQuizFile: file.openQuizFile,
    openArticleFile: file.openArticleFile,
    undo,
    redo,
    addItem,
    updateItem,
    editItem,
    moveItem,
    deleteItem,
    updateQuiz,
    updateArticle,
    updateLabel,
    addLabel,
    removeLabel,
    setArticleText,
    clearFlag,
    draftItems: drafts.draftItems,
    drafting: drafts.drafting,
    accept: drafts.accept,
    dismiss: drafts.dismiss,
    save,
    close
  }
})

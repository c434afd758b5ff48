import { computed, shallowRef, type Ref } from 'vue'
import type { QuizInput } from '../../../shared/quiz-format'

const HISTORY_LIMIT = 200

/** Undo and redo for the edited quiz: one JSON snapshot per change, at most HISTORY_LIMIT back. */
export function useSnapshotHistory(doc: Ref<QuizInput | null>) {
  const past = shallowRef<string[]>([])
  const future = shallowRef<string[]>([])

  function clear(): void {
    past.value = []
    future.value = []
  }

  /**
   * Applies a change to a copy of the quiz, so undo has the state before it. A change that
   * returns false changed nothing and leaves no step to undo.
   */
  function change(mutate: (draft: QuizInput) => void | boolean): void {
    if (!doc.value) return
    const snapshot = JSON.stringify(doc.value)
    const next = JSON.parse(snapshot) as QuizInput
    if (mutate(next) === false) return
    past.value = [...past.value.slice(-HISTORY_LIMIT + 1), snapshot]
    future.value = []
    doc.value = next
  }

  function undo(): boolean {
    const previous = past.value[past.value.length - 1]
    if (previous === undefined || !doc.value) return false
    future.value = [JSON.stringify(doc.value), ...future.value]
    past.value = past.value.slice(0, -1)
    doc.value = JSON.parse(previous) as QuizInput
    return true
  }

  function redo(): boolean {
    const next = future.value[0]
    if (next === undefined || !doc.value) return false
    past.value = [...past.value, JSON.stringify(doc.value)]
    future.value = future.value.slice(1)
    doc.value = JSON.parse(next) as QuizInput
    return true
  }

  return {
    clear,
    change,
    undo,
    redo,
    canUndo: computed(() => past.value.length > 0),
    canRedo: computed(() => future.value.length > 0)
  }
}

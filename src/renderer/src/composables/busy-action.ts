import { ref, type Ref } from 'vue'

export interface BusyAction {
  /** True while an action runs: buttons show it, and a second press does nothing. */
  busy: Ref<boolean>
  /** The sentence of the last action's failure, shown next to its button; null after a success. */
  error: Ref<string | null>
  /**
   * Runs `action` unless one is already running, and gives its value, or undefined when it
   * failed or was not run. Errors reaching the screen are sentences main or a store wrote.
   */
  run: <T>(action: () => Promise<T>) => Promise<T | undefined>
}

/** One action at a time behind a button, its failure kept as a sentence for the screen. */
export function useBusyAction(): BusyAction {
  const busy = ref(false)
  const error = ref<string | null>(null)

  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    if (busy.value) return undefined
    busy.value = true
    error.value = null
    try {
      return await action()
    } catch (failure) {
      error.value = failure instanceof Error ? failure.message : String(failure)
      return undefined
    } finally {
      busy.value = false
    }
  }

  return { busy, error, run }
}

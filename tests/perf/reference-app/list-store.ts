import { defineStore } from 'pinia'
import { ref } from 'vue'

export interface ListEntry {
  id: string
  title: string
  itemCount: number
}

/** What the bench binds, as Says Who?'s harness binds its API: a call answered by Node. */
type Host = { referenceList: () => Promise<ListEntry[]> }

export const useListStore = defineStore('list', () => {
  const entries = ref<ListEntry[]>([])
  const loaded = ref(false)
  async function load(): Promise<void> {
    entries.value = await (globalThis as unknown as Host).referenceList()
    loaded.value = true
  }
  return { entries, loaded, load }
})

import { ref, type Ref } from 'vue'

export interface Sortable<Column extends string> {
  sortBy: Ref<Column>
  descending: Ref<boolean>
  /** Sorts by a column; choosing the same column again reverses the order. */
  sort: (column: Column) => void
  /** The value of `aria-sort` for a column heading. */
  ariaSort: (column: Column) => 'ascending' | 'descending' | 'none'
}

/**
 * The sort state of a table whose headings are buttons. `startsDescending` says which columns
 * read best highest first (scores), the rest start lowest first (names, numbers).
 */
export function useSortable<Column extends string>(
  initial: Column,
  startsDescending: (column: Column) => boolean = () => false
): Sortable<Column> {
  const sortBy = ref(initial) as Ref<Column>
  const descending = ref(startsDescending(initial))
  return {
    sortBy,
    descending,
    sort(column) {
      if (sortBy.value === column) descending.value = !descending.value
      else {
        sortBy.value = column
        descending.value = startsDescending(column)
      }
    },
    ariaSort(column) {
      if (sortBy.value !== column) return 'none'
      return descending.value ? 'descending' : 'ascending'
    }
  }
}

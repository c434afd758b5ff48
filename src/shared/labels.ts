/**
 * Looking up a quiz's labels, with no schema behind it so the student's screens can use it cheaply.
 * Ids come from files: an id the quiz does not list shows as itself rather than vanishing.
 */
export interface NamedLabel {
  readonly id: string
  readonly name: string
}

/** The label's name as the quiz gives it; the id itself when the quiz has no such label. */
export function labelName(labels: readonly NamedLabel[], id: string): string {
  return labels.find((label) => label.id === id)?.name ?? id
}

/** How many colours the label palette holds (--label-N-bg and --label-N-line in base.css). */
export const PALETTE_SIZE = 4

/** The palette class of the label at this position in the quiz's list; `other` when unlisted. */
export function labelStyleClass(index: number): string {
  return `label-style-${index === -1 ? 'other' : index % PALETTE_SIZE}`
}

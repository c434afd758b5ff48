import { computed } from 'vue'
import { quoteInputFor } from '../../../../../shared/drafting/suggestion'
import type { TextQuoteInput } from '../../../../../shared/quiz-format'
import { useEditorStore } from '../../../stores/editor'

/** The words selected in the article, as the quote a file stores; null when nothing is selected. */
export function useSelectionQuote() {
  const editor = useEditorStore()
  const quote = computed<TextQuoteInput | null>(() =>
    editor.selection && editor.doc ? quoteInputFor(editor.doc.article.text, editor.selection) : null
  )
  return { quote }
}

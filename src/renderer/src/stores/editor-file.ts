import { computed, ref, type Ref } from 'vue'
import type { QuizInput } from '../../../shared/quiz-format'
import { unparsedQuizIssue } from '../../../shared/foreign-quiz'
import { parseUntrustedJson } from '../../../shared/untrusted-json'
import { problemText } from '../issue-text'
import { api, ApiFailure, unwrap } from '../api'
import { translate } from '../i18n'
import { issueText } from '../issue-text'
import { messageText, type EditorMessage } from './editor-message'
import { pickedFile } from './picked-file'

interface EditorParts {
  doc: Ref<QuizInput | null>
  status: Ref<EditorMessage | null>
  error: Ref<EditorMessage | null>
  /** Puts a document in the editor with no history, no file and no suggestions. */
  start: (next: QuizInput) => void
}

/** The file the edited quiz came from and goes to, and whether it holds what is on screen. */
export function useQuizFile({ doc, status, error, start }: EditorParts) {
  const documentId = ref<string | null>(null)
  const fileName = ref<string | null>(null)
  const savedText = ref<string | null>(null)

  const serialised = computed(() => (doc.value ? `${JSON.stringify(doc.value, null, 2)}\n` : ''))
  const dirty = computed(() => doc.value !== null && serialised.value !== savedText.value)

  function forget(): void {
    documentId.value = null
    fileName.value = null
    savedText.value = null
  }

  /** Opens a quiz file's text; a file must at least have an article and a list of items. */
  function openText(name: string, id: string, text: string): boolean {
    const parsed = parseUntrustedJson(text)
    const value = parsed.ok ? (parsed.value as Partial<QuizInput> | null) : null
    if (!value || typeof value.article?.text !== 'string' || !Array.isArray(value.items)) {
      if (parsed.ok) error.value = { key: 'editor.status.notQuiz', values: { name } }
      else {
        // Another tool's quiz, or a file that is not text, is named for what it is.
        const issue = unparsedQuizIssue(text, parsed)
        error.value = {
          text: `${name}: ${issue.path ? `${issue.path}: ` : ''}${problemText(issue.message)}`
        }
      }
      return false
    }
    start(value as QuizInput)
    documentId.value = id
    fileName.value = name
    savedText.value = serialised.value
    return true
  }

  /** A quiz file the teacher picks, opened for editing; false when they cancel. */
  async function openQuizFile(): Promise<boolean> {
    const opened = pickedFile(await unwrap(api().openQuizForEditing()))
    if (!opened) return false
    if (!openText(opened.fileName, opened.documentId, opened.text)) {
      const message = error.value ?? {
        key: 'editor.status.cannotEdit',
        values: { name: opened.fileName }
      }
      throw new ApiFailure(messageText(message), opened.fileName)
    }
    return true
  }

  /** The text of an article file the teacher picks, to start a quiz from; null when they cancel. */
  async function openArticleFile(): Promise<{ fileName: string; text: string } | null> {
    const opened = pickedFile(await unwrap(api().openArticleFile()))
    return opened && { fileName: opened.fileName, text: opened.text }
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
      error.value = { text: failure.message }
      return null
    })
    if (!outcome || outcome.status === 'cancelled') return false
    if (outcome.status === 'invalid') {
      error.value = {
        key: 'editor.status.notSaved',
        values: {
          problems: outcome.issues
            .map((i) => `${i.path || translate('editor.status.wholeFile')}: ${issueText(i)}`)
            .join(' ')
        }
      }
      return false
    }
    documentId.value = outcome.documentId
    fileName.value = outcome.fileName
    savedText.value = text
    status.value = { key: 'editor.status.saved', values: { name: outcome.fileName } }
    return true
  }

  return { fileName, dirty, forget, openText, openQuizFile, openArticleFile, save }
}

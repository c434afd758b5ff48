import type { ServiceHandlers } from '../../shared/contract'
import { readArticleFile } from './article-import'
import { oneFile, type ChooseFiles } from './file-dialog'
import type { QuizDocuments } from './quiz-documents'
import type { QuizLibrary } from './quiz-library'

type QuizChannel =
  | 'listLibrary'
  | 'loadQuiz'
  | 'openQuizFile'
  | 'importQuizText'
  | 'openArticleFile'
  | 'openQuizForEditing'
  | 'saveQuizFile'

/** The library of quizzes, and quiz files opened and saved by the editor. */
export function quizHandlers(deps: {
  library: QuizLibrary
  documents: QuizDocuments
  chooseFiles: ChooseFiles
  /** A rotating backup before a quiz is added to the library: "one before every import". */
  beforeImport: () => Promise<unknown>
}): Pick<ServiceHandlers, QuizChannel> {
  const { library, documents, beforeImport } = deps
  const chooseFile = oneFile(deps.chooseFiles)
  return {
    listLibrary: () => library.list(),
    loadQuiz: ({ key }) => library.load(key),
    openQuizFile: async () => {
      const file = await chooseFile({ purpose: 'open-quiz' })
      if (file === null) return { status: 'cancelled' }
      await beforeImport()
      return library.importFile(file)
    },
    importQuizText: async ({ fileName, text }) => {
      await beforeImport()
      return library.importText(fileName, text)
    },
    openArticleFile: async () => {
      const file = await chooseFile({ purpose: 'open-article' })
      return file === null ? { status: 'cancelled' } : readArticleFile(file)
    },
    openQuizForEditing: async () => {
      const file = await chooseFile({ purpose: 'open-quiz-for-editing' })
      return file === null ? { status: 'cancelled' } : documents.open(file)
    },
    saveQuizFile: async ({ documentId, saveAs, suggestedName, text }) => {
      if (documentId && !saveAs) return documents.save(text, { documentId })
      const file = await chooseFile({ purpose: 'save-quiz', suggestedName })
      return file === null ? { status: 'cancelled' } : documents.save(text, { path: file })
    }
  }
}

import { randomUUID } from 'node:crypto'
import type { ServiceHandlers } from '../../shared/contract'
import { readArticleFile } from './article-import'
import { AttemptService } from './attempt-service'
import { AttemptStore } from './attempt-store'
import { ProfileStore } from './profile-store'
import { QuizDocuments } from './quiz-documents'
import { QuizLibrary } from './quiz-library'

/** What a file dialog is for; the app picks the title and the file types from it. */
export type FileRequest =
  | { purpose: 'open-article' }
  | { purpose: 'open-quiz-for-editing' }
  | { purpose: 'save-quiz'; suggestedName: string }

export interface ServiceOptions {
  /** Electron's userData folder in the app; a temp folder in tests. */
  dataDir: string
  /** The quizzes shipped with the app. */
  bundledQuizDir: string
  /** Asks the person for a quiz file; null when they cancel. The app shows a native dialog. */
  chooseQuizFile: () => Promise<string | null>
  /** The other file dialogs: open an article, open a quiz to edit, save a quiz. */
  chooseFile: (request: FileRequest) => Promise<string | null>
  newId?: () => string
  now?: () => Date
}

/** Every contract channel's implementation, with no Electron in sight. */
export function createServices(options: ServiceOptions): ServiceHandlers {
  const newId = options.newId ?? (() => randomUUID())
  const now = options.now ?? (() => new Date())
  const profiles = new ProfileStore(options.dataDir, newId, now)
  const library = new QuizLibrary(options.bundledQuizDir, options.dataDir)
  const store = new AttemptStore(options.dataDir)
  const attempts = new AttemptService(profiles, library, store, newId, now)
  const documents = new QuizDocuments()

  return {
    listProfiles: () => profiles.list(),
    createProfile: ({ name }) => profiles.create(name),
    listLibrary: () => library.list(),
    loadQuiz: ({ key }) => library.load(key),
    openQuizFile: async () => {
      const file = await options.chooseQuizFile()
      return file === null ? { status: 'cancelled' } : library.importFile(file)
    },
    importQuizText: ({ fileName, text }) => library.importText(fileName, text),
    listAttempts: async ({ profileId }) => {
      await profiles.get(profileId)
      return store.list(profileId)
    },
    getAttempt: ({ profileId, attemptId }) => store.get(profileId, attemptId),
    startAttempt: ({ profileId, quizKey, itemIds }) => attempts.start(profileId, quizKey, itemIds),
    answerItem: (request) => attempts.answer(request),
    finishAttempt: ({ profileId, attemptId }) => attempts.finish(profileId, attemptId),
    abandonAttempt: ({ profileId, attemptId }) => attempts.abandon(profileId, attemptId),
    openArticleFile: async () => {
      const file = await options.chooseFile({ purpose: 'open-article' })
      return file === null ? { status: 'cancelled' } : readArticleFile(file)
    },
    openQuizForEditing: async () => {
      const file = await options.chooseFile({ purpose: 'open-quiz-for-editing' })
      return file === null ? { status: 'cancelled' } : documents.open(file)
    },
    saveQuizFile: async ({ documentId, saveAs, suggestedName, text }) => {
      if (documentId && !saveAs) return documents.save(text, { documentId })
      const file = await options.chooseFile({ purpose: 'save-quiz', suggestedName })
      return file === null ? { status: 'cancelled' } : documents.save(text, { path: file })
    }
  }
}

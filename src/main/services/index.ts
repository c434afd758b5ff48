import { randomUUID } from 'node:crypto'
import type { ServiceHandlers } from '../../shared/contract'
import { AttemptService } from './attempt-service'
import { AttemptStore } from './attempt-store'
import { ProfileStore } from './profile-store'
import { QuizLibrary } from './quiz-library'

export interface ServiceOptions {
  /** Electron's userData folder in the app; a temp folder in tests. */
  dataDir: string
  /** The quizzes shipped with the app. */
  bundledQuizDir: string
  /** Asks the person for a quiz file; null when they cancel. The app shows a native dialog. */
  chooseQuizFile: () => Promise<string | null>
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
    abandonAttempt: ({ profileId, attemptId }) => attempts.abandon(profileId, attemptId)
  }
}

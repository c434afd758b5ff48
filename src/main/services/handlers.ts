import { randomUUID } from 'node:crypto'
import type { ServiceHandlers } from '../../shared/contract'
import type { Locale } from '../../shared/locales'
import { validateQuizText } from '../../shared/quiz-validation'
import { attemptHandlers } from './attempt-handlers'
import { AttemptService } from './attempt-service'
import { AttemptStore } from './attempt-store'
import { backupHandlers } from './backup-handlers'
import { Backups } from './backups'
import { oneFile, type ChooseFiles } from './file-dialog'
import { LearnerArchive } from './learner-archive'
import { OpenedFiles } from './opened-files'
import { takeOpenedFiles } from './opened-files-handler'
import { ProfileStore } from './profile-store'
import { QuizDocuments } from './quiz-documents'
import { quizExportHandlers } from './quiz-export'
import { quizHandlers } from './quiz-handlers'
import { QuizLibrary } from './quiz-library'
import { cachedValidator, type QuizValidator } from './quiz-validator'
import { reportHandlers } from './report-handlers'
import { ResultSigner } from './result-signer'
import { RosterStore } from './roster-store'
import { setMainLanguage } from './main-text'
import { SettingsStore } from './settings-store'
import { TeacherAuth } from './teacher-auth'
import { teacherHandlers, withTeacherGuard } from './teacher-handlers'

export type { ChooseFiles, FileRequest } from './file-dialog'

export interface ServiceOptions {
  /** Electron's userData folder in the app; a temp folder in tests. */
  dataDir: string
  /** The quizzes shipped with the app. */
  bundledQuizDir: string
  /** Every file dialog: what it is for in, the chosen paths (or null when cancelled) out. */
  chooseFiles: ChooseFiles
  /** The window's page as PDF, for the printable class report (webContents.printToPDF). */
  printToPdf: () => Promise<Uint8Array>
  newId?: () => string
  now?: () => Date
  /** scrypt's cost for the teacher PIN; tests lower it, the app keeps the default. */
  teacherPinCost?: { N: number; r: number; p: number }
  /** How quiz files are checked; the app passes one that runs large files on a worker thread. */
  validateQuiz?: QuizValidator
  /** Files the system asked the app to open (file associations, a second launch). */
  openedFiles?: OpenedFiles
  /** The system's language as the app speaks it: main's until someone chooses one. */
  systemLanguage?: Locale
  /** The interface language changed: the app rebuilds its menu in it. */
  onLanguageChange?: (language: Locale) => void
}

/** Every contract channel's implementation, with no Electron in sight: the channel-to-handler table. */
export function createServices(options: ServiceOptions): ServiceHandlers {
  const newId = options.newId ?? (() => randomUUID())
  const now = options.now ?? (() => new Date())
  const { dataDir, chooseFiles } = options
  const chooseFile = oneFile(chooseFiles)
  const profiles = new ProfileStore(dataDir, newId, now)
  const library = new QuizLibrary(
    options.bundledQuizDir,
    dataDir,
    cachedValidator(dataDir, options.validateQuiz ?? (async (text) => validateQuizText(text)))
  )
  const store = new AttemptStore(dataDir)
  const attempts = new AttemptService(profiles, library, store, newId, now)
  const backups = new Backups(dataDir, now)
  const teacher = new TeacherAuth(dataDir, now, options.teacherPinCost)
  const roster = new RosterStore(dataDir)
  const archive = new LearnerArchive(dataDir, profiles, now)
  const signer = new ResultSigner(dataDir, options.teacherPinCost)
  const settings = new SettingsStore(dataDir)
  // Each start begins from the system's language: nothing is carried over from a former start.
  setMainLanguage(options.systemLanguage ?? 'en')
  // Main's messages follow the saved choice from the start; without one, the system's language.
  void settings
    .language()
    .then((language) => {
      if (language) {
        setMainLanguage(language)
        options.onLanguageChange?.(language)
      }
    })
    .catch(() => undefined)
  const teacherSide = teacherHandlers({ teacher, profiles, roster, archive, library, chooseFile })

  return withTeacherGuard(teacher, {
    ...teacherSide,
    ...backupHandlers({ backups, chooseFile, now }),
    ...quizExportHandlers({ library, chooseFile }),
    // The PIN passes through here once: the result-signing key is derived from it, held in main.
    setTeacherPin: async (request) => {
      const status = await teacherSide.setTeacherPin(request)
      if (status.unlocked) await signer.unlock(request.pin)
      return status
    },
    unlockTeacher: async (request) => {
      const outcome = await teacherSide.unlockTeacher(request)
      if (outcome.unlocked) await signer.unlock(request.pin)
      return outcome
    },
    lockTeacher: async () => {
      signer.lock()
      return teacherSide.lockTeacher()
    },
    getLanguage: async () => ({ language: await settings.language() }),
    setLanguage: async ({ language, profileId }) => {
      if (profileId !== undefined) await profiles.setLanguage(profileId, language)
      await settings.setLanguage(language)
      setMainLanguage(language)
      options.onLanguageChange?.(language)
      return { language }
    },
    listProfiles: () => profiles.list(),
    createProfile: ({ name }) => profiles.create(name),
    markPrimerSeen: ({ profileId }) => profiles.markPrimerSeen(profileId),
    ...quizHandlers({
      library,
      documents: new QuizDocuments(),
      chooseFiles,
      beforeImport: () => backups.rotate('before-import').catch(() => null)
    }),
    ...attemptHandlers({ profiles, store, attempts, library, backups, chooseFile, now }),
    ...reportHandlers({
      profiles,
      store,
      library,
      signer,
      chooseFiles,
      printToPdf: options.printToPdf,
      now
    }),
    takeOpenedFiles: () =>
      takeOpenedFiles(options.openedFiles ?? new OpenedFiles(), {
        library,
        teacher,
        verify: (text) => signer.verify(text)
      })
  })
}

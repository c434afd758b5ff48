import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import type { LoadedQuiz, ServiceHandlers } from '../../shared/contract'
import { readArticleFile } from './article-import'
import { writeFileDurably } from './durable-file'
import { readReportQuiz, readResultFiles, resultFilesIn } from './report-files'
import { resultFileFor, resultFileName } from '../../shared/result-format'
import { AttemptService } from './attempt-service'
import { AttemptStore } from './attempt-store'
import { ProfileStore } from './profile-store'
import { QuizDocuments } from './quiz-documents'
import { QuizLibrary } from './quiz-library'
import { cachedValidator, type QuizValidator } from './quiz-validator'
import { validateQuizText } from '../../shared/quiz-validation'
import { LearnerArchive } from './learner-archive'
import { RosterStore } from './roster-store'
import { TeacherAuth } from './teacher-auth'
import { collectResults } from './result-collection'
import { ResultSigner } from './result-signer'
import { teacherHandlers, withTeacherGuard } from './teacher-handlers'
import { OpenedFiles } from './opened-files'
import { takeOpenedFiles } from './opened-files-handler'
import { Backups } from './backups'
import { backupHandlers, recoverDamagedAttempts } from './backup-handlers'

/** What a file dialog is for; the app picks the title and the file types from it. */
export type FileRequest =
  | { purpose: 'open-article' }
  | { purpose: 'open-quiz-for-editing' }
  | { purpose: 'save-quiz'; suggestedName: string }
  | { purpose: 'save-results'; suggestedName: string }
  | { purpose: 'open-report-quiz' }
  | { purpose: 'open-results-folder' }
  | { purpose: 'collect-results-folder' }
  | { purpose: 'save-pdf'; suggestedName: string }
  | { purpose: 'save-csv'; suggestedName: string }
  | { purpose: 'open-roster' }
  | { purpose: 'save-backup'; suggestedName: string }
  | { purpose: 'open-backup' }

export interface ServiceOptions {
  /** Electron's userData folder in the app; a temp folder in tests. */
  dataDir: string
  /** The quizzes shipped with the app. */
  bundledQuizDir: string
  /** Asks the person for a quiz file; null when they cancel. The app shows a native dialog. */
  chooseQuizFile: () => Promise<string | null>
  /** The other file dialogs: open an article, open a quiz to edit, save a quiz. */
  chooseFile: (request: FileRequest) => Promise<string | null>
  /** The multi-file dialog for result files. */
  chooseResultFiles: () => Promise<string[] | null>
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
}

/** Every contract channel's implementation, with no Electron in sight. */
export function createServices(options: ServiceOptions): ServiceHandlers {
  const newId = options.newId ?? (() => randomUUID())
  const now = options.now ?? (() => new Date())
  const profiles = new ProfileStore(options.dataDir, newId, now)
  const library = new QuizLibrary(
    options.bundledQuizDir,
    options.dataDir,
    cachedValidator(
      options.dataDir,
      options.validateQuiz ?? (async (text) => validateQuizText(text))
    )
  )
  const store = new AttemptStore(options.dataDir)
  const attempts = new AttemptService(profiles, library, store, newId, now)
  const documents = new QuizDocuments()
  const backups = new Backups(options.dataDir, now)
  /** A rotating backup before a quiz is added to the library: "one before every import". */
  const beforeImport = () => backups.rotate('before-import').catch(() => null)

  /** Asks where to save, then writes there atomically; the dialog asks before replacing a file. */
  async function saveWhereChosen(
    request: Extract<FileRequest, { suggestedName: string }>,
    content: string | Uint8Array
  ): Promise<{ status: 'saved'; fileName: string } | { status: 'cancelled' }> {
    const path = await options.chooseFile(request)
    if (path === null) return { status: 'cancelled' }
    await writeFileDurably(path, content)
    return { status: 'saved', fileName: basename(path) }
  }

  const teacher = new TeacherAuth(options.dataDir, now, options.teacherPinCost)
  const roster = new RosterStore(options.dataDir)
  const archive = new LearnerArchive(options.dataDir, profiles, now)
  const signer = new ResultSigner(options.dataDir, options.teacherPinCost)
  const teacherSide = teacherHandlers({
    teacher,
    profiles,
    roster,
    archive,
    library,
    chooseFile: options.chooseFile
  })

  return withTeacherGuard(teacher, {
    ...teacherSide,
    ...backupHandlers({ backups, chooseFile: options.chooseFile, now }),
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
    listProfiles: () => profiles.list(),
    createProfile: ({ name }) => profiles.create(name),
    markPrimerSeen: ({ profileId }) => profiles.markPrimerSeen(profileId),
    listLibrary: () => library.list(),
    loadQuiz: ({ key }) => library.load(key),
    openQuizFile: async () => {
      const file = await options.chooseQuizFile()
      if (file === null) return { status: 'cancelled' }
      await beforeImport()
      return library.importFile(file)
    },
    importQuizText: async ({ fileName, text }) => {
      await beforeImport()
      return library.importText(fileName, text)
    },
    listAttempts: async ({ profileId }) => {
      await profiles.get(profileId)
      let listed = await store.list(profileId)
      const recovery = await recoverDamagedAttempts(backups, profileId, listed.notices)
      if (recovery.recovered > 0) listed = await store.list(profileId)
      // Learners set aside while reading are told here too: this may be the first read of the day.
      return { ...listed, notices: [...profiles.takeNotices(), ...recovery.notices] }
    },
    getAttempt: ({ profileId, attemptId }) => store.get(profileId, attemptId),
    startAttempt: ({ profileId, quizKey, itemIds, replaceUnfinished }) =>
      attempts.start(profileId, quizKey, { itemIds, replaceUnfinished }),
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
    exportResults: async ({ profileId, attemptIds }) => {
      const profile = await profiles.get(profileId)
      const chosen = await Promise.all(attemptIds.map((id) => store.get(profileId, id)))
      // Each attempt's quiz, when still in the library, gives its key to attempts that predate keys.
      const quizzes = new Map<string, LoadedQuiz | null>()
      for (const { quizKey } of chosen) {
        if (!quizzes.has(quizKey))
          quizzes.set(quizKey, await library.load(quizKey).catch(() => null))
      }
      const file = resultFileFor(profile.name, chosen, now(), (a) => quizzes.get(a.quizKey) ?? null)
      const quizIds = [...new Set(chosen.map((a) => a.quizId))]
      const suggestedName = resultFileName(
        profile.name,
        quizIds.length === 1 ? (quizIds[0] as string) : 'results'
      )
      const saved = await saveWhereChosen(
        { purpose: 'save-results', suggestedName },
        `${JSON.stringify(file, null, 2)}\n`
      )
      return saved.status === 'saved' ? { ...saved, attempts: chosen.length } : saved
    },
    openReportQuiz: async () => {
      const path = await options.chooseFile({ purpose: 'open-report-quiz' })
      return path === null ? { status: 'cancelled' } : readReportQuiz(path)
    },
    openResultFiles: async ({ from }) => {
      let paths: string[] | null
      if (from === 'files') paths = await options.chooseResultFiles()
      else {
        const folder = await options.chooseFile({ purpose: 'open-results-folder' })
        paths = folder === null ? null : await resultFilesIn(folder)
      }
      if (paths === null) return { status: 'cancelled' }
      return { status: 'opened', ...(await readResultFiles(paths, (text) => signer.verify(text))) }
    },
    collectResults: ({ quizId }) =>
      collectResults(
        { profiles, store, library, signer, chooseFile: options.chooseFile, now },
        quizId
      ),
    saveReportPdf: async ({ suggestedName }) =>
      saveWhereChosen({ purpose: 'save-pdf', suggestedName }, await options.printToPdf()),
    saveCsvFile: ({ suggestedName, text }) =>
      saveWhereChosen({ purpose: 'save-csv', suggestedName }, text),
    takeOpenedFiles: () =>
      takeOpenedFiles(options.openedFiles ?? new OpenedFiles(), {
        library,
        teacher,
        verify: (text) => signer.verify(text)
      }),
    saveQuizFile: async ({ documentId, saveAs, suggestedName, text }) => {
      if (documentId && !saveAs) return documents.save(text, { documentId })
      const file = await options.chooseFile({ purpose: 'save-quiz', suggestedName })
      return file === null ? { status: 'cancelled' } : documents.save(text, { path: file })
    }
  })
}

import { vi } from 'vitest'
import type { Attempt } from '../../../src/shared/attempt-format'
import type { ApiResult, LibraryEntry, LoadedQuiz, SaysWhoApi } from '../../../src/shared/contract'
import type { Quiz } from '../../../src/shared/quiz-format'
import { isCorrect } from '../../../src/shared/scoring'

export const ok = <T>(value: T): Promise<ApiResult<T>> => Promise.resolve({ ok: true, value })

export function entryFor(quiz: Quiz, key = 'bundled:test.quiz.json'): LibraryEntry {
  return {
    key,
    quizId: quiz.id,
    title: quiz.title,
    itemCount: quiz.items.length,
    origin: 'bundled',
    fileName: 'test.quiz.json'
  }
}

export function newAttempt(quiz: Quiz, overrides: Partial<Attempt> = {}): Attempt {
  return {
    format: 'says-who/attempt@1',
    id: 'attempt-1',
    profileId: 'learner-1',
    quizKey: 'bundled:test.quiz.json',
    quizId: quiz.id,
    quizHash: 'a'.repeat(64),
    quizTitle: quiz.title,
    mode: 'full',
    itemIds: quiz.items.map((item) => item.id),
    answers: [],
    startedAt: '2024-03-25T10:00:00.000Z',
    ...overrides
  }
}

/** An in-memory stand-in for the preload API: one attempt on one quiz, scored like main does. */
export function fakeApi(quiz: Quiz, start: Attempt = newAttempt(quiz)) {
  let attempt = structuredClone(start)
  const loaded: LoadedQuiz = { entry: entryFor(quiz), quiz, hash: attempt.quizHash }
  // Renderer tests run as the teacher unless they say otherwise; main's lock is tested in main.
  const teacherUnlocked = { pinSet: true, unlocked: true, retryAfterSeconds: 0 }
  const refuse = () =>
    Promise.resolve({ ok: false as const, error: { message: 'not in this test' } })
  const api = {
    listProfiles: vi.fn<SaysWhoApi['listProfiles']>(() => ok({ profiles: [], notices: [] })),
    createProfile: vi.fn<SaysWhoApi['createProfile']>(refuse),
    markPrimerSeen: vi.fn<SaysWhoApi['markPrimerSeen']>(refuse),
    listLibrary: vi.fn<SaysWhoApi['listLibrary']>(() =>
      ok({ entries: [loaded.entry], notices: [] })
    ),
    loadQuiz: vi.fn<SaysWhoApi['loadQuiz']>(() => ok(loaded)),
    openQuizFile: vi.fn<SaysWhoApi['openQuizFile']>(() => ok({ status: 'cancelled' })),
    importQuizText: vi.fn<SaysWhoApi['importQuizText']>(refuse),
    listAttempts: vi.fn<SaysWhoApi['listAttempts']>(() => ok({ attempts: [attempt], notices: [] })),
    getAttempt: vi.fn<SaysWhoApi['getAttempt']>(() => ok(attempt)),
    startAttempt: vi.fn<SaysWhoApi['startAttempt']>(() => ok(attempt)),
    answerItem: vi.fn<SaysWhoApi['answerItem']>(async ({ itemId, response }) => {
      const item = quiz.items.find((candidate) => candidate.id === itemId)!
      attempt = {
        ...attempt,
        answers: [
          ...attempt.answers,
          {
            itemId,
            response,
            correct: isCorrect(item, response),
            answeredAt: '2024-03-25T10:01:00.000Z'
          }
        ]
      }
      // As main does: the last answer finishes the attempt, and only what changed is returned.
      if (attempt.answers.length === attempt.itemIds.length)
        attempt = { ...attempt, finishedAt: '2024-03-25T10:01:00.000Z' }
      const answer = attempt.answers[attempt.answers.length - 1]!
      return {
        ok: true as const,
        value: attempt.finishedAt ? { answer, finishedAt: attempt.finishedAt } : { answer }
      }
    }),
    finishAttempt: vi.fn<SaysWhoApi['finishAttempt']>(() => {
      attempt = { ...attempt, finishedAt: '2024-03-25T10:05:00.000Z' }
      return ok(attempt)
    }),
    abandonAttempt: vi.fn<SaysWhoApi['abandonAttempt']>(refuse),
    openArticleFile: vi.fn<SaysWhoApi['openArticleFile']>(refuse),
    openQuizForEditing: vi.fn<SaysWhoApi['openQuizForEditing']>(refuse),
    saveQuizFile: vi.fn<SaysWhoApi['saveQuizFile']>(refuse),
    exportResults: vi.fn<SaysWhoApi['exportResults']>(refuse),
    openReportQuiz: vi.fn<SaysWhoApi['openReportQuiz']>(refuse),
    openResultFiles: vi.fn<SaysWhoApi['openResultFiles']>(refuse),
    collectResults: vi.fn<SaysWhoApi['collectResults']>(refuse),
    saveReportPdf: vi.fn<SaysWhoApi['saveReportPdf']>(refuse),
    saveCsvFile: vi.fn<SaysWhoApi['saveCsvFile']>(refuse),
    saveXapiFile: vi.fn<SaysWhoApi['saveXapiFile']>(refuse),
    teacherStatus: vi.fn<SaysWhoApi['teacherStatus']>(() => ok(teacherUnlocked)),
    setTeacherPin: vi.fn<SaysWhoApi['setTeacherPin']>(() => ok(teacherUnlocked)),
    unlockTeacher: vi.fn<SaysWhoApi['unlockTeacher']>(() => ok(teacherUnlocked)),
    lockTeacher: vi.fn<SaysWhoApi['lockTeacher']>(() =>
      ok({ ...teacherUnlocked, unlocked: false })
    ),
    teacherKeepAlive: vi.fn<SaysWhoApi['teacherKeepAlive']>(() => ok(teacherUnlocked)),
    renameLearner: vi.fn<SaysWhoApi['renameLearner']>(refuse),
    archiveLearner: vi.fn<SaysWhoApi['archiveLearner']>(refuse),
    listArchivedLearners: vi.fn<SaysWhoApi['listArchivedLearners']>(() =>
      ok({ learners: [], notices: [] })
    ),
    restoreLearner: vi.fn<SaysWhoApi['restoreLearner']>(refuse),
    openRosterFile: vi.fn<SaysWhoApi['openRosterFile']>(() => ok({ status: 'cancelled' })),
    importRoster: vi.fn<SaysWhoApi['importRoster']>(refuse),
    getRoster: vi.fn<SaysWhoApi['getRoster']>(() => ok({ names: [] })),
    removeQuiz: vi.fn<SaysWhoApi['removeQuiz']>(refuse),
    takeOpenedFiles: vi.fn<SaysWhoApi['takeOpenedFiles']>(() =>
      ok({ quizzes: [], results: null, resultsWaiting: 0 })
    ),
    backUp: vi.fn<SaysWhoApi['backUp']>(() => ok({ status: 'cancelled' })),
    listBackups: vi.fn<SaysWhoApi['listBackups']>(() => ok({ backups: [] })),
    openBackupFile: vi.fn<SaysWhoApi['openBackupFile']>(() => ok({ status: 'cancelled' })),
    restoreBackup: vi.fn<SaysWhoApi['restoreBackup']>(refuse),
    getLanguage: vi.fn<SaysWhoApi['getLanguage']>(() => ok({ language: null })),
    setLanguage: vi.fn<SaysWhoApi['setLanguage']>((request) => ok(request)),
    exportQuiz: vi.fn<SaysWhoApi['exportQuiz']>(() => ok({ status: 'cancelled' }))
  }
  return { api: api satisfies SaysWhoApi, current: () => attempt }
}

import type { LoadedQuiz, ServiceHandlers } from '../../shared/contract'
import { resultFileFor, resultFileName } from '../../shared/result-format'
import type { AttemptService } from './attempt-service'
import type { AttemptStore } from './attempt-store'
import { recoverDamagedAttempts } from './backup-handlers'
import type { Backups } from './backups'
import { saveWhereChosen, type ChooseFile } from './file-dialog'
import type { ProfileStore } from './profile-store'
import type { QuizLibrary } from './quiz-library'

type AttemptChannel =
  | 'listAttempts'
  | 'getAttempt'
  | 'startAttempt'
  | 'answerItem'
  | 'finishAttempt'
  | 'abandonAttempt'
  | 'exportResults'

/** A learner's attempts: taking a quiz, History, and handing results in. */
export function attemptHandlers(deps: {
  profiles: ProfileStore
  store: AttemptStore
  attempts: AttemptService
  library: QuizLibrary
  backups: Backups
  chooseFile: ChooseFile
  now: () => Date
}): Pick<ServiceHandlers, AttemptChannel> {
  const { profiles, store, attempts, library, backups } = deps
  return {
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
    exportResults: async ({ profileId, attemptIds }) => {
      const profile = await profiles.get(profileId)
      const chosen = await Promise.all(attemptIds.map((id) => store.get(profileId, id)))
      // Each attempt's quiz, when still in the library, gives its key to attempts that predate keys.
      const quizzes = new Map<string, LoadedQuiz | null>()
      for (const { quizKey } of chosen) {
        if (!quizzes.has(quizKey))
          quizzes.set(quizKey, await library.load(quizKey).catch(() => null))
      }
      const file = resultFileFor(
        profile.name,
        chosen,
        deps.now(),
        (a) => quizzes.get(a.quizKey) ?? null
      )
      const quizIds = [...new Set(chosen.map((a) => a.quizId))]
      const suggestedName = resultFileName(
        profile.name,
        quizIds.length === 1 ? (quizIds[0] as string) : 'results'
      )
      const saved = await saveWhereChosen(
        deps.chooseFile,
        { purpose: 'save-results', suggestedName },
        `${JSON.stringify(file, null, 2)}\n`
      )
      return saved.status === 'saved' ? { ...saved, attempts: chosen.length } : saved
    }
  }
}

import type { Page } from '@playwright/test'
import type { QuizResponse } from '../../src/shared/attempt-format'
import type { Quiz } from '../../src/shared/quiz-format'

/** The shipped article quiz's title, as the library and the report's quiz list show it. */
export const ARTICLE_QUIZ_TITLE = 'The Taliban, ISIS-K and the Moscow attack'

/**
 * Chooses a quiz of the library in the class report's step 1 and presses "Use this quiz". The
 * library ships several quizzes, sorted by title, so the list's first entry is not the one a
 * test's result files were made from.
 */
export async function useLibraryQuiz(page: Page, title = ARTICLE_QUIZ_TITLE): Promise<void> {
  await page.getByLabel('From the library').selectOption({ label: title })
  await page.getByRole('button', { name: 'Use this quiz' }).click()
}

/**
 * A learner (found by name, or added) answers a library quiz through the app's own API, the same
 * calls the quiz screens make: every item of `responses`, then, as asked, finishes the attempt and
 * exports it with the app's export, so a result file is what the app writes.
 */
export async function takeThroughApi(
  page: Page,
  learner: { name: string; quizKey?: string },
  responses: readonly (readonly [itemId: string, response: QuizResponse])[],
  steps: { finish: boolean; exportResults: boolean }
): Promise<void> {
  await page.evaluate(
    async ({ name, responses, quizKey, steps }) => {
      type Result = { ok: true; value: { id: string } } | { ok: false; error: { message: string } }
      const api = (
        window as unknown as { saysWho: Record<string, (a?: unknown) => Promise<Result>> }
      ).saysWho
      const call = async (channel: string, argument?: unknown): Promise<{ id: string }> => {
        const result = await api[channel]!(argument)
        if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
        return result.value
      }
      const listed = (await call('listProfiles')) as unknown as {
        profiles: { id: string; name: string }[]
      }
      const profile =
        listed.profiles.find((p) => p.name === name) ?? (await call('createProfile', { name }))
      const attempt = await call('startAttempt', { profileId: profile.id, quizKey })
      for (const [itemId, response] of responses)
        await call('answerItem', { profileId: profile.id, attemptId: attempt.id, itemId, response })
      if (steps.finish)
        await call('finishAttempt', { profileId: profile.id, attemptId: attempt.id })
      if (steps.exportResults)
        await call('exportResults', { profileId: profile.id, attemptIds: [attempt.id] })
    },
    {
      name: learner.name,
      responses,
      quizKey: learner.quizKey ?? 'bundled:taliban-isis-k.quiz.json',
      steps
    }
  )
}

/** A learner takes a library quiz through the app's API and exports the result to `file`. */
export async function learnerExports(
  page: Page,
  chooseNext: (file: string) => void,
  learner: { name: string; quiz: Pick<Quiz, 'items'>; quizKey?: string },
  respond: (i: number) => QuizResponse,
  file: string
): Promise<void> {
  chooseNext(file)
  await takeThroughApi(
    page,
    learner,
    learner.quiz.items.map((item, i) => [item.id, respond(i)] as const),
    { finish: true, exportResults: true }
  )
}

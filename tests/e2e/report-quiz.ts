import type { Page } from '@playwright/test'

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

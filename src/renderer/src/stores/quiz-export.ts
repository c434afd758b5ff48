import { defineStore } from 'pinia'
import type { QuizExportOutcome } from '../../../shared/export-contract'
import type { ExportFormat } from '../../../shared/exports/export-formats'
import type { ExportTexts } from '../../../shared/exports/export-items'
import { STANCE_CHOICES } from '../../../shared/item-kinds'
import { api, unwrap } from '../api'
import { translate as t } from '../i18n'

const PROMPTED = ['classify', 'who-says', 'frame', 'when'] as const

/** The words the exported file adds, in the language the interface shows now. */
export function exportTexts(): ExportTexts {
  return {
    prompts: Object.fromEntries(
      PROMPTED.map((type) => [type, t(`exports.file.prompt.${type}`)])
    ) as ExportTexts['prompts'],
    stances: Object.fromEntries(
      STANCE_CHOICES.map(({ id }) => [id, t(`exports.file.stance.${id}`)])
    ) as ExportTexts['stances'],
    // The placeholder goes through as itself: main puts the quiz's title there.
    category: t('exports.file.category', { title: '{title}' })
  }
}

/** Teacher mode: a library quiz saved for Moodle or as a QTI 3 package. */
export const useQuizExportStore = defineStore('quizExport', () => {
  async function exportQuiz(key: string, format: ExportFormat): Promise<QuizExportOutcome> {
    return unwrap(api().exportQuiz({ key, format, texts: exportTexts() }))
  }
  return { exportQuiz }
})

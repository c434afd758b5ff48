import type { ServiceHandlers } from '../../shared/contract'
import type { AttemptStore } from './attempt-store'
import { oneFile, saveWhereChosen, type ChooseFiles } from './file-dialog'
import type { ProfileStore } from './profile-store'
import type { QuizLibrary } from './quiz-library'
import { readReportQuiz, readResultFiles, resultFilesIn } from './report-files'
import { collectResults } from './result-collection'
import type { ResultSigner } from './result-signer'

type ReportChannel =
  'openReportQuiz' | 'openResultFiles' | 'collectResults' | 'saveReportPdf' | 'saveCsvFile'

/** The class report: its quiz, the result files, and what it saves. */
export function reportHandlers(deps: {
  profiles: ProfileStore
  store: AttemptStore
  library: QuizLibrary
  signer: ResultSigner
  chooseFiles: ChooseFiles
  printToPdf: () => Promise<Uint8Array>
  now: () => Date
}): Pick<ServiceHandlers, ReportChannel> {
  const { signer } = deps
  const chooseFile = oneFile(deps.chooseFiles)
  return {
    openReportQuiz: async () => {
      const path = await chooseFile({ purpose: 'open-report-quiz' })
      return path === null ? { status: 'cancelled' } : readReportQuiz(path)
    },
    openResultFiles: async ({ from }) => {
      let paths: string[] | null
      if (from === 'files') paths = await deps.chooseFiles({ purpose: 'open-result-files' })
      else {
        const folder = await chooseFile({ purpose: 'open-results-folder' })
        paths = folder === null ? null : await resultFilesIn(folder)
      }
      if (paths === null) return { status: 'cancelled' }
      return { status: 'opened', ...(await readResultFiles(paths, (text) => signer.verify(text))) }
    },
    collectResults: ({ quizId }) => collectResults({ ...deps, chooseFile }, quizId),
    saveReportPdf: async ({ suggestedName }) =>
      saveWhereChosen(chooseFile, { purpose: 'save-pdf', suggestedName }, await deps.printToPdf()),
    saveCsvFile: ({ suggestedName, text }) =>
      saveWhereChosen(chooseFile, { purpose: 'save-csv', suggestedName }, text)
  }
}

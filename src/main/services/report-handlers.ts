import type { ServiceHandlers } from '../../shared/contract'
import type { AttemptStore } from './attempt-store'
import { oneFile, saveWhereChosen, type ChooseFiles } from './file-dialog'
import type { ProfileStore } from './profile-store'
import type { QuizLibrary } from './quiz-library'
import { basename, relative, sep } from 'node:path'
import { findResultFiles, readReportQuiz, readResultFiles, readZip } from './report-files'
import { collectResults } from './result-collection'
import type { ResultSigner } from './result-signer'

type ReportChannel =
  | 'openReportQuiz'
  | 'openResultFiles'
  | 'collectResults'
  | 'saveReportPdf'
  | 'saveCsvFile'
  | 'saveXapiFile'

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
      const verify = (text: string) => signer.verify(text)
      if (from === 'files') {
        const paths = await deps.chooseFiles({ purpose: 'open-result-files' })
        return paths === null
          ? { status: 'cancelled' }
          : { status: 'opened', ...(await readResultFiles(paths, verify)) }
      }
      if (from === 'zip') {
        const zip = await chooseFile({ purpose: 'open-results-zip' })
        return zip === null
          ? { status: 'cancelled' }
          : { status: 'opened', ...(await readZip(zip, verify)) }
      }
      const folder = await chooseFile({ purpose: 'open-results-folder' })
      if (folder === null) return { status: 'cancelled' }
      const found = await findResultFiles(folder)
      // Files in subfolders are named by their path in the folder: two "amira.result.json" differ.
      const read = await readResultFiles(found.paths, verify, (path) =>
        relative(folder, path).split(sep).join('/')
      )
      return {
        status: 'opened',
        ...read,
        unreadable: [...read.unreadable, ...found.skipped],
        source: basename(folder)
      }
    },
    collectResults: ({ quizId }) => collectResults({ ...deps, chooseFile }, quizId),
    saveReportPdf: async ({ suggestedName }) =>
      saveWhereChosen(chooseFile, { purpose: 'save-pdf', suggestedName }, await deps.printToPdf()),
    saveCsvFile: ({ suggestedName, text }) =>
      saveWhereChosen(chooseFile, { purpose: 'save-csv', suggestedName }, text),
    saveXapiFile: ({ suggestedName, text }) =>
      saveWhereChosen(chooseFile, { purpose: 'save-xapi', suggestedName }, text)
  }
}

import { basename } from 'node:path'
import { writeFileDurably } from './durable-file'

/** What a file dialog is for; the app picks the title, the file types and single or multiple. */
export type FileRequest =
  | { purpose: 'open-quiz' }
  | { purpose: 'open-article' }
  | { purpose: 'open-quiz-for-editing' }
  | { purpose: 'save-quiz'; suggestedName: string }
  | { purpose: 'save-results'; suggestedName: string }
  | { purpose: 'open-report-quiz' }
  | { purpose: 'open-result-files' }
  | { purpose: 'open-results-folder' }
  | { purpose: 'open-results-zip' }
  | { purpose: 'collect-results-folder' }
  | { purpose: 'save-pdf'; suggestedName: string }
  | { purpose: 'save-csv'; suggestedName: string }
  | { purpose: 'save-xapi'; suggestedName: string }
  | { purpose: 'open-roster' }
  | { purpose: 'save-backup'; suggestedName: string }
  | { purpose: 'open-backup' }
  | { purpose: 'save-moodle-xml'; suggestedName: string }
  | { purpose: 'save-gift'; suggestedName: string }
  | { purpose: 'save-qti'; suggestedName: string }

export type SaveRequest = Extract<FileRequest, { suggestedName: string }>

/**
 * The one file-dialog port of the services: the paths the person chose (several only where the
 * purpose allows it, as 'open-result-files' does), or null when they cancelled. The app shows
 * Electron's native dialogs; tests answer from a list.
 */
export type ChooseFiles = (request: FileRequest) => Promise<string[] | null>

/** The single file or folder of a one-choice dialog. */
export type ChooseFile = (request: FileRequest) => Promise<string | null>

export function oneFile(chooseFiles: ChooseFiles): ChooseFile {
  return async (request) => (await chooseFiles(request))?.[0] ?? null
}

/** Asks where to save, then writes there atomically; the dialog asks before replacing a file. */
export async function saveWhereChosen(
  chooseFile: ChooseFile,
  request: SaveRequest,
  content: string | Uint8Array
): Promise<{ status: 'saved'; fileName: string } | { status: 'cancelled' }> {
  const path = await chooseFile(request)
  if (path === null) return { status: 'cancelled' }
  await writeFileDurably(path, content)
  return { status: 'saved', fileName: basename(path) }
}

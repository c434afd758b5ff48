import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron'
import { ARTICLE_EXTENSIONS } from './services/article-import'
import type { ChooseFiles, FileRequest, SaveRequest } from './services/file-dialog'

const SAVE_DIALOGS = {
  'save-quiz': {
    title: 'Save the quiz file',
    filter: { name: 'Says Who? quiz', extensions: ['json'] }
  },
  'save-results': {
    title: 'Save your results',
    filter: { name: 'Says Who? results', extensions: ['json'] }
  },
  'save-pdf': {
    title: 'Save the class report as PDF',
    filter: { name: 'PDF', extensions: ['pdf'] }
  },
  'save-csv': {
    title: 'Save for a spreadsheet',
    filter: { name: 'CSV (spreadsheet)', extensions: ['csv'] }
  },
  'save-backup': {
    title: 'Back up the Says Who? data',
    filter: { name: 'Says Who? backup (zip)', extensions: ['zip'] }
  }
} satisfies Record<SaveRequest['purpose'], { title: string; filter: Electron.FileFilter }>

const OPEN_DIALOGS = {
  'open-quiz': {
    title: 'Open a quiz file',
    filters: [{ name: 'Says Who? quiz', extensions: ['json'] }],
    properties: ['openFile']
  },
  'open-article': {
    title: 'Open an article',
    filters: [{ name: 'Article (text, Markdown, web page)', extensions: ARTICLE_EXTENSIONS }],
    properties: ['openFile']
  },
  'open-quiz-for-editing': {
    title: 'Open a quiz file to edit',
    filters: [{ name: 'Says Who? quiz', extensions: ['json'] }],
    properties: ['openFile']
  },
  'open-report-quiz': {
    title: 'Choose the quiz of the class report',
    filters: [{ name: 'Says Who? quiz', extensions: ['json'] }],
    properties: ['openFile']
  },
  'open-result-files': {
    title: 'Import result files',
    filters: [{ name: 'Says Who? results', extensions: ['json'] }],
    properties: ['openFile', 'multiSelections']
  },
  'open-results-folder': {
    title: 'Choose a folder of result files',
    properties: ['openDirectory']
  },
  'collect-results-folder': {
    title: "Choose a folder for the class's result files",
    properties: ['openDirectory', 'createDirectory']
  },
  'open-roster': {
    title: 'Open a class list',
    filters: [{ name: 'Class list (one name per line, or CSV)', extensions: ['txt', 'csv'] }],
    properties: ['openFile']
  },
  'open-backup': {
    title: 'Restore from a backup',
    filters: [{ name: 'Says Who? backup (zip)', extensions: ['zip'] }],
    properties: ['openFile']
  }
} satisfies Record<Exclude<FileRequest, SaveRequest>['purpose'], OpenDialogOptions>

/** The services' one file-dialog port, answered with Electron's native dialogs on the window. */
export function setupFileDialogs(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  window: () => BrowserWindow | null
): ChooseFiles {
  async function showOpen(options: OpenDialogOptions): Promise<string[] | null> {
    const parent = window()
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options)
    return result.canceled ? null : result.filePaths
  }

  async function showSave(request: SaveRequest): Promise<string[] | null> {
    const kind = SAVE_DIALOGS[request.purpose]
    const options: SaveDialogOptions = {
      title: kind.title,
      defaultPath: request.suggestedName,
      filters: [{ ...kind.filter, extensions: [...kind.filter.extensions] }],
      // Linux asks before replacing a file only when told to; macOS and Windows always ask.
      properties: ['showOverwriteConfirmation', 'createDirectory']
    }
    const parent = window()
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : [result.filePath]
  }

  return (request) =>
    'suggestedName' in request
      ? showSave(request)
      : showOpen(OPEN_DIALOGS[request.purpose] as OpenDialogOptions)
}

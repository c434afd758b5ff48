import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron'
import { ARTICLE_EXTENSIONS } from './services/article-import'
import type { ChooseFiles, FileRequest, SaveRequest } from './services/file-dialog'
import { mainText } from './services/main-text'

// The tables name each title and filter by its key in src/main/locales: a dialog is worded in the
// interface language at the moment it opens.

const SAVE_DIALOGS = {
  'save-quiz': {
    title: 'dialogs.titles.saveQuiz',
    filter: { name: 'dialogs.filters.quiz', extensions: ['json'] }
  },
  'save-results': {
    title: 'dialogs.titles.saveResults',
    filter: { name: 'dialogs.filters.results', extensions: ['json'] }
  },
  'save-pdf': {
    title: 'dialogs.titles.savePdf',
    filter: { name: 'dialogs.filters.pdf', extensions: ['pdf'] }
  },
  'save-csv': {
    title: 'dialogs.titles.saveCsv',
    filter: { name: 'dialogs.filters.csv', extensions: ['csv'] }
  },
  'save-xapi': {
    title: 'dialogs.titles.saveXapi',
    filter: { name: 'dialogs.filters.xapi', extensions: ['json'] }
  },
  'save-backup': {
    title: 'dialogs.titles.saveBackup',
    filter: { name: 'dialogs.filters.backup', extensions: ['zip'] }
  },
  'save-moodle-xml': {
    title: 'dialogs.titles.exportMoodle',
    filter: { name: 'dialogs.filters.moodle', extensions: ['xml'] }
  },
  'save-gift': {
    title: 'dialogs.titles.exportGift',
    filter: { name: 'dialogs.filters.gift', extensions: ['txt', 'gift'] }
  },
  'save-qti': {
    title: 'dialogs.titles.exportQti',
    filter: { name: 'dialogs.filters.qti', extensions: ['zip'] }
  }
} satisfies Record<SaveRequest['purpose'], { title: string; filter: Electron.FileFilter }>

const OPEN_DIALOGS = {
  'open-quiz': {
    title: 'dialogs.titles.openQuiz',
    filters: [{ name: 'dialogs.filters.quiz', extensions: ['json'] }],
    properties: ['openFile']
  },
  'open-article': {
    title: 'dialogs.titles.openArticle',
    filters: [{ name: 'dialogs.filters.article', extensions: ARTICLE_EXTENSIONS }],
    properties: ['openFile']
  },
  'open-quiz-for-editing': {
    title: 'dialogs.titles.openQuizForEditing',
    filters: [{ name: 'dialogs.filters.quiz', extensions: ['json'] }],
    properties: ['openFile']
  },
  'open-report-quiz': {
    title: 'dialogs.titles.openReportQuiz',
    filters: [{ name: 'dialogs.filters.quiz', extensions: ['json'] }],
    properties: ['openFile']
  },
  'open-result-files': {
    title: 'dialogs.titles.openResultFiles',
    filters: [{ name: 'dialogs.filters.results', extensions: ['json'] }],
    properties: ['openFile', 'multiSelections']
  },
  'open-results-folder': {
    title: 'dialogs.titles.openResultsFolder',
    properties: ['openDirectory']
  },
  'open-results-zip': {
    title: 'dialogs.titles.openResultsZip',
    filters: [{ name: 'dialogs.filters.resultsZip', extensions: ['zip'] }],
    properties: ['openFile']
  },
  'collect-results-folder': {
    title: 'dialogs.titles.collectResultsFolder',
    properties: ['openDirectory', 'createDirectory']
  },
  'open-roster': {
    title: 'dialogs.titles.openRoster',
    filters: [{ name: 'dialogs.filters.roster', extensions: ['txt', 'csv'] }],
    properties: ['openFile']
  },
  'open-backup': {
    title: 'dialogs.titles.openBackup',
    filters: [{ name: 'dialogs.filters.backup', extensions: ['zip'] }],
    properties: ['openFile']
  }
} satisfies Record<Exclude<FileRequest, SaveRequest>['purpose'], OpenDialogOptions>

function worded(options: OpenDialogOptions): OpenDialogOptions {
  return {
    ...options,
    ...(options.title === undefined ? {} : { title: mainText(options.title) }),
    ...(options.filters === undefined
      ? {}
      : { filters: options.filters.map((filter) => ({ ...filter, name: mainText(filter.name) })) })
  }
}

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
      title: mainText(kind.title),
      defaultPath: request.suggestedName,
      filters: [{ name: mainText(kind.filter.name), extensions: [...kind.filter.extensions] }],
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
      : showOpen(worded(OPEN_DIALOGS[request.purpose] as OpenDialogOptions))
}

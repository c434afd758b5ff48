import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron'
import { ARTICLE_EXTENSIONS } from './services/article-import'
import type { ChooseFiles, FileRequest, SaveRequest } from './services/file-dialog'
import { mainText, type MainCatalog } from './services/main-text'

/** A title or file type, by its key under `dialogs.titles` / `dialogs.filters` in src/main/locales. */
type TitleKey = keyof MainCatalog['dialogs']['titles']
type FilterKey = keyof MainCatalog['dialogs']['filters']

type Properties =
  NonNullable<OpenDialogOptions['properties']> | NonNullable<SaveDialogOptions['properties']>

interface DialogKind {
  title: TitleKey
  filter?: { name: FilterKey; extensions: string[] }
  properties: Properties
}

const save = (title: TitleKey, filter: FilterKey, ...extensions: string[]): DialogKind => ({
  title,
  filter: { name: filter, extensions },
  // Linux asks before replacing a file only when told to; macOS and Windows always ask.
  properties: ['showOverwriteConfirmation', 'createDirectory']
})
const openFile = (title: TitleKey, filter: FilterKey, ...extensions: string[]): DialogKind => ({
  title,
  filter: { name: filter, extensions },
  properties: ['openFile']
})
const openFolder = (title: TitleKey, ...more: 'createDirectory'[]): DialogKind => ({
  title,
  properties: ['openDirectory', ...more]
})

// Worded in the interface language at the moment a dialog opens, not when this table is built.
const DIALOGS = {
  'save-quiz': save('saveQuiz', 'quiz', 'json'),
  'save-results': save('saveResults', 'results', 'json'),
  'save-pdf': save('savePdf', 'pdf', 'pdf'),
  'save-csv': save('saveCsv', 'csv', 'csv'),
  'save-xapi': save('saveXapi', 'xapi', 'json'),
  'save-backup': save('saveBackup', 'backup', 'zip'),
  'save-moodle-xml': save('exportMoodle', 'moodle', 'xml'),
  'save-gift': save('exportGift', 'gift', 'txt', 'gift'),
  'save-qti': save('exportQti', 'qti', 'zip'),
  'open-quiz': openFile('openQuiz', 'quiz', 'json'),
  'open-article': openFile('openArticle', 'article', ...ARTICLE_EXTENSIONS),
  'open-quiz-for-editing': openFile('openQuizForEditing', 'quiz', 'json'),
  'open-report-quiz': openFile('openReportQuiz', 'quiz', 'json'),
  'open-result-files': {
    ...openFile('openResultFiles', 'results', 'json'),
    properties: ['openFile', 'multiSelections']
  },
  'open-results-folder': openFolder('openResultsFolder'),
  'open-results-zip': openFile('openResultsZip', 'resultsZip', 'zip'),
  'collect-results-folder': openFolder('collectResultsFolder', 'createDirectory'),
  'open-roster': openFile('openRoster', 'roster', 'txt', 'csv'),
  'open-backup': openFile('openBackup', 'backup', 'zip')
} satisfies Record<FileRequest['purpose'], DialogKind>

/** A dialog's title and file type in the interface language of the moment it opens. */
/** Every purpose a dialog serves (tests open each in every language). */
export const FILE_DIALOG_PURPOSES = Object.keys(DIALOGS) as FileRequest['purpose'][]

function worded<Options>(kind: DialogKind): Options {
  const filter = kind.filter
  return {
    title: mainText(`dialogs.titles.${kind.title}`),
    ...(filter && {
      filters: [{ name: mainText(`dialogs.filters.${filter.name}`), extensions: filter.extensions }]
    }),
    properties: kind.properties
  } as Options
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
    const options: SaveDialogOptions = {
      ...worded<SaveDialogOptions>(DIALOGS[request.purpose]),
      defaultPath: request.suggestedName
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
      : showOpen(worded<OpenDialogOptions>(DIALOGS[request.purpose]))
}

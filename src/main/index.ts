import { join } from 'node:path'
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  net,
  protocol,
  screen,
  session,
  shell,
  type IpcMainInvokeEvent
} from 'electron'
import {
  APP_HOST,
  APP_INDEX_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  serveAppProtocol
} from './app-protocol'
import { createDispatch } from './dispatch'
import { registerIpc } from './ipc'
import { createServices, type FileRequest } from './services'
import { ARTICLE_EXTENSIONS } from './services/article-import'
import { removeStaleTempFiles } from './services/durable-file'
import { offThreadValidator } from './services/quiz-validator'
import { mainWindowOptions } from './window-options'
import { setupDataFolder } from './data-folder'
import { bringForward, setupSingleInstance } from './single-instance'
import { setupFileAssociations } from './file-associations'
import { OpenedFiles } from './services/opened-files'
import { setupLog } from './log'
import { setupMenu } from './menu'
import { setupWindowState } from './window-state'
import { setupDailyBackup } from './services/backups'

let mainWindow: BrowserWindow | null = null

const rendererRoot = join(__dirname, '../renderer')
const rendererUrl = process.env['ELECTRON_RENDERER_URL']

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame
  if (!mainWindow || event.sender !== mainWindow.webContents || !frame || frame.parent !== null)
    return false
  try {
    const url = new URL(frame.url)
    if (rendererUrl && !app.isPackaged) return url.origin === new URL(rendererUrl).origin
    // Node's URL gives schemes it does not know the origin "null": compare scheme and host.
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST
  } catch {
    return false
  }
}

async function chooseQuizFile(): Promise<string | null> {
  const options = {
    title: 'Open a quiz file',
    filters: [{ name: 'Says Who? quiz', extensions: ['json'] }],
    properties: ['openFile' as const]
  }
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

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
} as const

const OPEN_DIALOGS = {
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
} satisfies Record<string, Electron.OpenDialogOptions>

async function showOpen(options: Electron.OpenDialogOptions): Promise<string[] | null> {
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options)
  return result.canceled ? null : result.filePaths
}

async function chooseFile(request: FileRequest): Promise<string | null> {
  if ('suggestedName' in request) {
    const kind = SAVE_DIALOGS[request.purpose]
    const options: Electron.SaveDialogOptions = {
      title: kind.title,
      defaultPath: request.suggestedName,
      filters: [{ ...kind.filter, extensions: [...kind.filter.extensions] }],
      // Linux asks before replacing a file only when told to; macOS and Windows always ask.
      properties: ['showOverwriteConfirmation', 'createDirectory']
    }
    const result = mainWindow
      ? await dialog.showSaveDialog(mainWindow, options)
      : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  }
  const chosen = await showOpen(OPEN_DIALOGS[request.purpose] as Electron.OpenDialogOptions)
  return chosen?.[0] ?? null
}

function chooseResultFiles(): Promise<string[] | null> {
  return showOpen({
    title: 'Import result files',
    filters: [{ name: 'Says Who? results', extensions: ['json'] }],
    properties: ['openFile', 'multiSelections']
  })
}

async function printToPdf(): Promise<Uint8Array> {
  if (!mainWindow) throw new Error('The window is closed.')
  return mainWindow.webContents.printToPDF({ printBackground: true, pageSize: 'A4' })
}

function createWindow(): void {
  mainWindow = new BrowserWindow(
    mainWindowOptions(join(__dirname, '../preload/index.cjs'), !app.isPackaged)
  )
  setupWindowState(mainWindow, app.getPath('userData'), screen)
  const contents = mainWindow.webContents
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // The editor blocks unloading while it has unsaved changes; Electron then asks us what to do.
  contents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(mainWindow as BrowserWindow, {
      type: 'question',
      buttons: ['Leave without saving', 'Stay'],
      defaultId: 1,
      cancelId: 1,
      title: 'Unsaved changes',
      message: 'The quiz you are editing has unsaved changes.',
      detail: 'If you leave now, those changes are lost.'
    })
    if (choice === 0) event.preventDefault()
  })
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  mainWindow.on('closed', () => (mainWindow = null))
  if (rendererUrl && !app.isPackaged) void mainWindow.loadURL(rendererUrl)
  else void mainWindow.loadURL(APP_INDEX_URL)
}

setupDataFolder(app)
const openedFiles = new OpenedFiles()
const isFirstInstance = setupSingleInstance(
  app,
  setupFileAssociations({
    app,
    opened: openedFiles,
    argv: process.argv,
    workingDirectory: process.cwd(),
    defaultApp: Boolean(process.defaultApp),
    bringForward: () => bringForward(app, mainWindow, createWindow)
  })
)

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

app.enableSandbox()
app.whenReady().then(async () => {
  // A second launch has handed its files to the first and is quitting: it starts nothing.
  if (!isFirstInstance) return
  serveAppProtocol(protocol, net, rendererRoot)
  // Writes cut short by a crash left temp files; nothing reads them, so they go before anything starts.
  await removeStaleTempFiles(app.getPath('userData'))
  const log = setupLog(app.getPath('userData'))
  setupMenu({ Menu, app, shell, dialog }, app.getPath('userData'), log)
  void setupDailyBackup(app.getPath('userData'), log)
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false)
  )
  session.defaultSession.setPermissionCheckHandler(() => false)
  const services = createServices({
    dataDir: app.getPath('userData'),
    bundledQuizDir: app.isPackaged
      ? join(process.resourcesPath, 'quizzes')
      : join(app.getAppPath(), 'quizzes'),
    chooseQuizFile,
    chooseFile,
    chooseResultFiles,
    printToPdf,
    validateQuiz: offThreadValidator(join(__dirname, 'validation-worker.js')),
    openedFiles
  })
  registerIpc(ipcMain, createDispatch(services, log.reporter), isTrustedSender)
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

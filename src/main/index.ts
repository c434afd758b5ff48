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
import { createServices } from './services/handlers'
import { setupFileDialogs } from './file-dialogs'
import { removeStaleTempFiles } from './services/durable-file'
import { offThreadValidator } from './services/quiz-validator'
import { mainWindowOptions } from './window-options'
import { setupDataFolder } from './data-folder'
import { bringForward, setupSingleInstance } from './single-instance'
import { setupFileAssociations } from './file-associations'
import { OpenedFiles } from './services/opened-files'
import { setupLog } from './log'
import { setupMenu } from './menu'
import { mainText, setMainLanguage } from './services/main-text'
import { pickLocale } from '../shared/locales'
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
      buttons: [mainText('unsaved.leave'), mainText('unsaved.stay')],
      defaultId: 1,
      cancelId: 1,
      title: mainText('unsaved.title'),
      message: mainText('unsaved.message'),
      detail: mainText('unsaved.detail')
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

/** The languages the system prefers, most wanted first. */
function systemLanguages(): string[] {
  const preferred = app.getPreferredSystemLanguages?.() ?? []
  return preferred.length > 0 ? preferred : [app.getLocale()]
}

app.enableSandbox()
app.whenReady().then(async () => {
  // A second launch has handed its files to the first and is quitting: it starts nothing.
  if (!isFirstInstance) return
  serveAppProtocol(protocol, net, rendererRoot)
  // Writes cut short by a crash left temp files; nothing reads them, so they go before anything starts.
  await removeStaleTempFiles(app.getPath('userData'))
  const log = setupLog(app.getPath('userData'))
  // A first start speaks the system's language; a saved choice replaces it once read.
  setMainLanguage(pickLocale(systemLanguages()))
  const buildMenu = (): unknown =>
    setupMenu({ Menu, app, shell, dialog }, app.getPath('userData'), log)
  buildMenu()
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
    chooseFiles: setupFileDialogs(dialog, () => mainWindow),
    printToPdf,
    validateQuiz: offThreadValidator(join(__dirname, 'validation-worker.js')),
    openedFiles,
    systemLanguage: pickLocale(systemLanguages()),
    onLanguageChange: () => buildMenu()
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

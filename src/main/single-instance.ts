import type { App } from 'electron'

/**
 * One Says Who? at a time: two processes saving answers into the same attempt files could lose
 * some (the save queue orders writes only within one process). A second launch hands its
 * arguments (the file it was opened with) to the first and quits.
 *
 * Returns false in the second instance, which must start nothing.
 */
export function setupSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  onSecondLaunch: (argv: string[], workingDirectory: string) => void
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  app.on('second-instance', (_event, argv, workingDirectory) =>
    onSecondLaunch(argv, workingDirectory)
  )
  return true
}

/** The app's window in front, restored if minimised; a new one if all were closed (macOS). */
export function bringForward(
  app: Pick<App, 'isReady'>,
  window: Pick<Electron.BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'> | null,
  createWindow: () => void
): void {
  // Before ready the window does not exist yet; it asks for the files as it starts.
  if (!app.isReady()) return
  if (!window) return createWindow()
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}

import type { BrowserWindowConstructorOptions } from 'electron'

/** The window's settings, kept apart from index.ts so a test can hold them to the security rules. */
export function mainWindowOptions(
  preloadPath: string,
  /** Off in an installed app: the developer tools would show a learner every answer key. */
  devTools = false
): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 820,
    minWidth: 760,
    minHeight: 520,
    show: false,
    title: 'Says Who?',
    backgroundColor: '#fbfaf7',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      devTools,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // A middle click must not open links in new windows (Electron's checklist, point 10).
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false
    }
  }
}

import type { BaseWindow, MenuItemConstructorOptions } from 'electron'
import { showAbout, type AboutDeps } from './about'
import { mainText } from './services/main-text'

/** What the menu's own items do; index.ts hands in Electron's, tests hand in recorders. */
export interface MenuActions {
  isMac: boolean
  /** A developer's run keeps the developer tools; an installed app has none. */
  isPackaged: boolean
  appName: string
  showAbout: () => void
  openDataFolder: () => void
  /** Presses keys in the window, as if typed: the renderer's own shortcuts do the work. */
  pressKeys: (window: BaseWindow | undefined, keyCode: string, modifiers: KeyModifier[]) => void
}
export type KeyModifier = 'control' | 'meta' | 'shift'

/**
 * The editor's Save, Save As, Undo and Redo already answer their keys in the page (and a text
 * field's own undo answers Ctrl+Z there). The menu shows those keys without taking them
 * (registerAccelerator: false), so typing them works as before, and a click presses them.
 */
function forwarded(
  actions: MenuActions,
  label: string,
  keyCode: string,
  shift = false
): MenuItemConstructorOptions {
  const command: KeyModifier = actions.isMac ? 'meta' : 'control'
  const modifiers: KeyModifier[] = shift ? [command, 'shift'] : [command]
  return {
    label,
    accelerator: `CmdOrCtrl+${shift ? 'Shift+' : ''}${keyCode}`,
    registerAccelerator: false,
    click: (_item, window) => actions.pressKeys(window, keyCode, modifiers)
  }
}

/**
 * The application menu: the standard roles, the editor's keys, and nothing that opens a web page.
 * Its own labels are in the interface language (mainText); index.ts builds it again when the
 * language changes. The roles' labels come from Electron and the system.
 */
export function menuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const about: MenuItemConstructorOptions = {
    label: mainText('menu.about', { appName: actions.appName }),
    click: () => actions.showAbout()
  }
  const dataFolder: MenuItemConstructorOptions = {
    label: mainText('menu.dataFolder'),
    click: () => actions.openDataFolder()
  }
  const template: MenuItemConstructorOptions[] = []
  if (actions.isMac)
    template.push({
      label: actions.appName,
      submenu: [
        about,
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' }
      ]
    })
  template.push(
    {
      label: mainText('menu.file'),
      submenu: [
        forwarded(actions, mainText('menu.save'), 'S'),
        forwarded(actions, mainText('menu.saveAs'), 'S', true),
        ...(actions.isMac
          ? [{ role: 'close' } as const]
          : [
              { type: 'separator' } as const,
              { role: 'quit', label: mainText('menu.exit') } as const
            ])
      ]
    },
    {
      label: mainText('menu.edit'),
      submenu: [
        forwarded(actions, mainText('menu.undo'), 'Z'),
        forwarded(actions, mainText('menu.redo'), actions.isMac ? 'Z' : 'Y', actions.isMac),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' }
      ]
    },
    {
      label: mainText('menu.view'),
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(actions.isPackaged
          ? []
          : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const])
      ]
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: actions.isMac ? [dataFolder] : [about, { type: 'separator' }, dataFolder]
    }
  )
  return template
}

/** A key press the way webContents.sendInputEvent takes it: down, then up. */
export function keyPress(
  keyCode: string,
  modifiers: KeyModifier[]
): { type: 'keyDown' | 'keyUp'; keyCode: string; modifiers: KeyModifier[] }[] {
  return [
    { type: 'keyDown', keyCode, modifiers },
    { type: 'keyUp', keyCode, modifiers }
  ]
}

/** The parts of Electron the menu uses; index.ts passes Electron's own. */
export interface MenuElectron {
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => unknown
    setApplicationMenu: (menu: never) => void
  }
  app: { isPackaged: boolean; getName: () => string; getVersion: () => string }
  shell: { openPath: (path: string) => Promise<string> }
  dialog: { showMessageBox: AboutDeps['showMessageBox'] }
}

/** Replaces Electron's default menu (whose Help items open electronjs.org) with the app's own. */
export function setupMenu(
  electron: MenuElectron,
  dataDir: string,
  log: { error: (context: string, error?: unknown) => unknown },
  platform: NodeJS.Platform = process.platform
): MenuItemConstructorOptions[] {
  const template = menuTemplate({
    isMac: platform === 'darwin',
    isPackaged: electron.app.isPackaged,
    appName: electron.app.getName(),
    showAbout: () =>
      void showAbout({
        app: electron.app,
        showMessageBox: (options) => electron.dialog.showMessageBox(options)
      }).catch((error: unknown) => log.error('The About box failed', error)),
    openDataFolder: () =>
      void electron.shell.openPath(dataDir).then((problem) => {
        if (problem) void log.error(`Opening the data folder failed: ${problem}`)
      }),
    pressKeys: (window, keyCode, modifiers) => {
      const contents = (window as { webContents?: Electron.WebContents } | undefined)?.webContents
      for (const event of keyPress(keyCode, modifiers)) contents?.sendInputEvent(event)
    }
  })
  electron.Menu.setApplicationMenu(electron.Menu.buildFromTemplate(template) as never)
  return template
}

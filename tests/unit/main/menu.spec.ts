import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { BUNDLED_LIBRARIES, aboutText } from '../../../src/main/about'
import { menuTemplate, setupMenu, type MenuActions } from '../../../src/main/menu'

type Item = MenuItemConstructorOptions

function actions(overrides: Partial<MenuActions> = {}): MenuActions {
  return {
    isMac: false,
    isPackaged: true,
    appName: 'Says Who?',
    showAbout: vi.fn(),
    openDataFolder: vi.fn(),
    pressKeys: vi.fn(),
    ...overrides
  }
}

function submenu(template: Item[], label: string): Item[] {
  const menu = template.find((item) => item.label === label || item.role === label)
  return (menu?.submenu as Item[] | undefined) ?? []
}

const roles = (items: Item[]) => items.map((item) => item.role).filter(Boolean)

describe('the application menu', () => {
  it('has the standard Edit, View and Window roles', () => {
    const template = menuTemplate(actions())
    expect(template.map((item) => item.label ?? item.role)).toEqual([
      'File',
      'Edit',
      'View',
      'windowMenu',
      'help'
    ])
    expect(roles(submenu(template, 'Edit'))).toEqual(['cut', 'copy', 'paste', 'selectAll'])
    expect(roles(submenu(template, 'View'))).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen'
    ])
  })

  it("shows the editor's keys without taking them, and a click presses them in the window", () => {
    const pressKeys = vi.fn()
    const template = menuTemplate(actions({ pressKeys }))
    const items = [...submenu(template, 'File'), ...submenu(template, 'Edit')].filter(
      (item) => item.accelerator
    )
    expect(items.map((item) => [item.label, item.accelerator])).toEqual([
      ['Save quiz', 'CmdOrCtrl+S'],
      ['Save quiz as…', 'CmdOrCtrl+Shift+S'],
      ['Undo', 'CmdOrCtrl+Z'],
      ['Redo', 'CmdOrCtrl+Y']
    ])
    // The page handles these keys itself; a registered accelerator would swallow them first.
    expect(items.every((item) => item.registerAccelerator === false)).toBe(true)
    const window = { webContents: {} }
    for (const item of items) item.click?.({} as never, window as never, {} as never)
    expect(pressKeys.mock.calls).toEqual([
      [window, 'S', ['control']],
      [window, 'S', ['control', 'shift']],
      [window, 'Z', ['control']],
      [window, 'Y', ['control']]
    ])
  })

  it('uses Command on macOS, with the app menu first and Redo on Shift+Command+Z', () => {
    const pressKeys = vi.fn()
    const template = menuTemplate(actions({ isMac: true, pressKeys }))
    expect(template[0]?.label).toBe('Says Who?')
    expect(roles(submenu(template, 'Says Who?'))).toContain('quit')
    const redo = submenu(template, 'Edit').find((item) => item.label === 'Redo')
    expect(redo?.accelerator).toBe('CmdOrCtrl+Shift+Z')
    redo?.click?.({} as never, undefined, {} as never)
    expect(pressKeys).toHaveBeenCalledWith(undefined, 'Z', ['meta', 'shift'])
  })

  it('offers About and Open the data folder in Help, and nothing that opens a web page', () => {
    const showAbout = vi.fn()
    const openDataFolder = vi.fn()
    const template = menuTemplate(actions({ showAbout, openDataFolder }))
    const help = submenu(template, 'help')
    expect(help.map((item) => item.label ?? item.type)).toEqual([
      'About Says Who?',
      'separator',
      'Open the data folder'
    ])
    for (const item of help) item.click?.({} as never, undefined, {} as never)
    expect(showAbout).toHaveBeenCalledOnce()
    expect(openDataFolder).toHaveBeenCalledOnce()
    expect(JSON.stringify(template)).not.toMatch(/https?:|electronjs|openExternal/)
  })

  it('keeps the developer tools out of an installed app', () => {
    const installed = submenu(menuTemplate(actions({ isPackaged: true })), 'View')
    const developer = submenu(menuTemplate(actions({ isPackaged: false })), 'View')
    expect(roles(installed)).not.toContain('toggleDevTools')
    expect(roles(developer)).toContain('toggleDevTools')
  })

  it('sets the menu, opens the data folder with the system, and forwards keys as down and up', async () => {
    const set = vi.fn()
    const openPath = vi.fn(async () => 'no such folder')
    const errors: string[] = []
    const template = setupMenu(
      {
        Menu: { buildFromTemplate: (t) => ({ built: t }), setApplicationMenu: set },
        app: { isPackaged: true, getName: () => 'Says Who?', getVersion: () => '1.2.3' },
        shell: { openPath },
        dialog: { showMessageBox: async () => ({ response: 0 }) }
      },
      '/data/says-who',
      { error: (context) => errors.push(context) },
      'linux'
    )
    expect(set).toHaveBeenCalledWith({ built: template })
    const help = submenu(template, 'help')
    help
      .find((item) => item.label === 'Open the data folder')
      ?.click?.({} as never, undefined, {} as never)
    expect(openPath).toHaveBeenCalledWith('/data/says-who')
    await vi.waitFor(() =>
      expect(errors).toEqual(['Opening the data folder failed: no such folder'])
    )
    const sent: unknown[] = []
    const window = { webContents: { sendInputEvent: (event: unknown) => sent.push(event) } }
    submenu(template, 'File')[0]?.click?.({} as never, window as never, {} as never)
    expect(sent).toEqual([
      { type: 'keyDown', keyCode: 'S', modifiers: ['control'] },
      { type: 'keyUp', keyCode: 'S', modifiers: ['control'] }
    ])
  })
})

describe('the About box', () => {
  it('gives the version and the licence of every library the app carries', () => {
    const text = aboutText('Says Who?', '1.2.3')
    expect(text.message).toBe('Says Who? 1.2.3')
    for (const library of BUNDLED_LIBRARIES)
      expect(text.detail).toContain(`${library.name} (${library.licence})`)
  })

  it('lists every runtime dependency, each with the licence its own package.json gives', () => {
    const root = join(import.meta.dirname, '../../..')
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    const listed = BUNDLED_LIBRARIES.map((library) => library.name)
    // The renderer's framework is bundled too, though it is a build-time dependency.
    for (const name of [...Object.keys(pkg.dependencies), 'electron', 'vue', 'vue-router', 'pinia'])
      expect(listed, `${name} is missing from BUNDLED_LIBRARIES`).toContain(name)
    for (const library of BUNDLED_LIBRARIES) {
      const own = JSON.parse(
        readFileSync(join(root, 'node_modules', library.name, 'package.json'), 'utf8')
      ) as { license?: string }
      expect(own.license, library.name).toBe(library.licence)
    }
  })
})

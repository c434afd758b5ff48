import { describe, expect, it, vi } from 'vitest'
import { PRODUCTION_CSP } from '../../../electron.vite.config'
import { CHANNEL_NAMES, ipcChannel } from '../../../src/shared/channels'

/** A stand-in for the parts of Electron that src/main/index.ts touches, recording what it did. */
const electron = vi.hoisted(() => {
  const listeners = new Map<string, (...args: unknown[]) => void>()
  const state = {
    windows: [] as {
      options: Record<string, unknown>
      loaded: string | null
      webContents: object
    }[],
    handled: [] as string[],
    handlers: new Map<string, (event: unknown, argument?: unknown) => Promise<unknown>>(),
    openHandler: null as null | ((details: unknown) => unknown),
    contentsEvents: new Map<string, (event: { preventDefault: () => void }) => void>(),
    permissionHandler: null as
      | null
      | ((contents: unknown, permission: string, callback: (allowed: boolean) => void) => void),
    permissionCheck: null as null | (() => boolean),
    sandboxEnabled: false,
    unloadAnswer: 'Stay',
    ready: null as null | (() => void),
    privileged: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    menu: null as null | { label?: string; role?: string; submenu?: unknown[] }[]
  }
  class BrowserWindow {
    webContents = {
      setWindowOpenHandler: (handler: (details: unknown) => unknown) =>
        (state.openHandler = handler),
      on: (event: string, handler: (event: { preventDefault: () => void }) => void) =>
        state.contentsEvents.set(event, handler)
    }
    private record: { options: Record<string, unknown>; loaded: string | null; webContents: object }
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: null, webContents: this.webContents }
      state.windows.push(this.record)
    }
    static getAllWindows = () => state.windows
    once() {}
    on() {}
    show() {}
    loadFile(file: string) {
      this.record.loaded = file
      return Promise.resolve()
    }
    loadURL(url: string) {
      this.record.loaded = url
      return Promise.resolve()
    }
  }
  const module = {
    BrowserWindow,
    app: {
      isPackaged: false,
      enableSandbox: () => (state.sandboxEnabled = true),
      whenReady: () => new Promise<void>((resolve) => (state.ready = resolve)),
      on: (event: string, handler: () => void) => listeners.set(event, handler),
      getPath: () => '/tmp/says-who-never-written',
      setPath: () => undefined,
      requestSingleInstanceLock: () => true,
      getAppPath: () => process.cwd(),
      getName: () => 'Says Who?',
      getVersion: () => '0.1.0',
      getLocale: () => 'en-US',
      getPreferredSystemLanguages: () => ['en-US'],
      quit: () => undefined
    },
    Menu: {
      buildFromTemplate: (template: typeof state.menu) => template,
      setApplicationMenu: (menu: typeof state.menu) => (state.menu = menu)
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    shell: { openPath: async () => '' },
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showMessageBoxSync: (_window: unknown, options: { buttons: string[] }) =>
        options.buttons.indexOf(state.unloadAnswer)
    },
    ipcMain: {
      handle: (
        channel: string,
        handler: (event: unknown, argument?: unknown) => Promise<unknown>
      ) => {
        state.handled.push(channel)
        state.handlers.set(channel, handler)
      }
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        state.protocolHandlers.set(scheme, handler)
    },
    net: { fetch: (url: string) => fetch(url) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: typeof state.permissionHandler) =>
          (state.permissionHandler = handler),
        setPermissionCheckHandler: (handler: typeof state.permissionCheck) =>
          (state.permissionCheck = handler)
      }
    }
  }
  return { state, module }
})

vi.mock('electron', () => ({ ...electron.module, default: electron.module }))

async function startApp() {
  await import('../../../src/main/index')
  electron.state.ready?.()
  await vi.waitFor(() => expect(electron.state.windows).toHaveLength(1))
  return electron.state
}

describe('the main process', () => {
  it('creates the window with the security settings', async () => {
    const state = await startApp()
    const prefs = state.windows[0]?.options['webPreferences'] as Record<string, unknown>
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick'
    })
    // The mock says the app is not packaged: a developer's run keeps the developer tools.
    expect(prefs['devTools']).toBe(true)
    expect(String(prefs['preload'])).toMatch(/preload[\\/]index\.cjs$/)
    expect(state.sandboxEnabled).toBe(true)
    expect(state.windows[0]?.loaded).toBe('app://bundle/index.html')
  })

  it('serves the built renderer from app://bundle/ as a secure standard scheme, and nothing outside it', async () => {
    const state = await startApp()
    expect(state.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ])
    const serve = state.protocolHandlers.get('app')!
    const escape = await serve(new Request('app://bundle/..%2F..%2F..%2Fpackage.json'))
    expect(escape.status).toBe(404)
    const otherHost = await serve(new Request('app://elsewhere/index.html'))
    expect(otherHost.status).toBe(404)
  })

  it('registers a handler for every channel of the contract', async () => {
    const state = await startApp()
    expect([...state.handled].sort()).toEqual(CHANNEL_NAMES.map(ipcChannel).sort())
  })

  it("answers only the app window's own top frame", async () => {
    const state = await startApp()
    const listProfiles = state.handlers.get(ipcChannel('listProfiles'))!
    const own = state.windows[0]!.webContents
    const frame = (url: string, parent: object | null = null) => ({ url, parent })
    const refused = {
      ok: false,
      error: { message: 'Request refused: it did not come from the Says Who? window.' }
    }
    expect(
      await listProfiles({ sender: own, senderFrame: frame('app://bundle/index.html#/library') })
    ).toEqual({
      ok: true,
      value: { profiles: [], notices: [] }
    })
    expect(
      await listProfiles({ sender: {}, senderFrame: frame('app://bundle/index.html') })
    ).toEqual(refused)
    // A file: page, even the app's own built file, is not the app's origin any more.
    expect(
      await listProfiles({ sender: own, senderFrame: frame('file:///app/out/renderer/index.html') })
    ).toEqual(refused)
    expect(
      await listProfiles({ sender: own, senderFrame: frame('app://other/index.html') })
    ).toEqual(refused)
    expect(await listProfiles({ sender: own, senderFrame: frame('https://example.com/') })).toEqual(
      refused
    )
    expect(
      await listProfiles({ sender: own, senderFrame: frame('app://bundle/index.html', {}) })
    ).toEqual(refused)
    expect(await listProfiles({ sender: own, senderFrame: frame('') })).toEqual(refused)
    expect(await listProfiles({ sender: own, senderFrame: null })).toEqual(refused)
  })

  it("replaces Electron's default menu, whose Help opens electronjs.org, with the app's own", async () => {
    const state = await startApp()
    const labels = (state.menu ?? []).map((item) => item.label ?? item.role)
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'windowMenu', 'help']))
    expect(JSON.stringify(state.menu)).not.toMatch(/electronjs|https?:/)
  })

  it('denies new windows, navigation, webviews and permission requests', async () => {
    const state = await startApp()
    expect(state.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' })
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn()
      state.contentsEvents.get(event)?.({ preventDefault })
      expect(preventDefault, event).toHaveBeenCalled()
    }
    const answers: boolean[] = []
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      state.permissionHandler?.({}, permission, (allowed) => answers.push(allowed))
    }
    expect(answers).toEqual([false, false, false, false])
    expect(state.permissionCheck?.()).toBe(false)
  })

  it('asks before closing the window over unsaved changes, and closes only when told to', async () => {
    const state = await startApp()
    const unload = state.contentsEvents.get('will-prevent-unload')
    const stay = vi.fn()
    state.unloadAnswer = 'Stay'
    unload?.({ preventDefault: stay })
    expect(stay).not.toHaveBeenCalled()
    const leave = vi.fn()
    state.unloadAnswer = 'Leave without saving'
    unload?.({ preventDefault: leave })
    expect(leave).toHaveBeenCalled()
  })
})

describe('the Content-Security-Policy of the built app', () => {
  it("allows only the app's own files: no inline code, no network, no plugins", () => {
    const directives = new Map(
      PRODUCTION_CSP.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/)
        return [name, values.join(' ')]
      })
    )
    expect(directives.get('default-src')).toBe("'none'")
    expect(directives.get('script-src')).toBe("'self'")
    expect(directives.get('style-src')).toBe("'self'")
    expect(directives.get('connect-src')).toBe("'none'")
    expect(directives.get('object-src')).toBe("'none'")
    expect(PRODUCTION_CSP).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
  })
})

describe('the installed app', () => {
  it('has no developer tools, which would show a learner the answer keys', async () => {
    const { mainWindowOptions } = await import('../../../src/main/window-options')
    expect(mainWindowOptions('/app/preload.cjs').webPreferences?.devTools).toBe(false)
  })
})

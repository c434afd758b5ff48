import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ipcChannel } from '../../../src/shared/channels'
import { smallQuizInput } from '../../fixtures/quizzes'

/** The parts of Electron that src/main/index.ts touches, recording the lifecycle calls it makes. */
const electron = vi.hoisted(() => {
  const state = {
    calls: [] as string[],
    appData: '',
    userData: '',
    lock: true,
    ready: null as null | (() => void),
    isReady: false,
    listeners: new Map<string, (...args: unknown[]) => void>(),
    windows: [] as {
      webContents: object
      focused: number
      restored: number
      minimized: boolean
    }[],
    handlers: new Map<string, (event: unknown, argument?: unknown) => Promise<unknown>>()
  }
  class BrowserWindow {
    webContents = { setWindowOpenHandler: () => undefined, on: () => undefined }
    private record = { webContents: this.webContents, focused: 0, restored: 0, minimized: true }
    constructor() {
      state.windows.push(this.record)
    }
    static getAllWindows = () => state.windows
    once() {}
    on() {}
    show() {}
    isMinimized = () => this.record.minimized
    restore = () => {
      this.record.restored++
      this.record.minimized = false
    }
    focus = () => this.record.focused++
    loadURL() {
      return Promise.resolve()
    }
  }
  const module = {
    BrowserWindow,
    app: {
      isPackaged: false,
      enableSandbox: () => undefined,
      whenReady: () => {
        state.calls.push('whenReady')
        return new Promise<void>((resolve) => (state.ready = resolve))
      },
      isReady: () => state.isReady,
      on: (event: string, handler: (...args: unknown[]) => void) =>
        state.listeners.set(event, handler),
      getPath: (name: string) => (name === 'appData' ? state.appData : state.userData),
      setPath: (name: string, value: string) => {
        state.calls.push(`setPath ${name}`)
        if (name === 'userData') state.userData = value
      },
      requestSingleInstanceLock: () => {
        state.calls.push('requestSingleInstanceLock')
        return state.lock
      },
      getAppPath: () => process.cwd(),
      getName: () => 'Says Who?',
      getVersion: () => '0.1.0',
      getLocale: () => 'en-US',
      getPreferredSystemLanguages: () => ['en-US'],
      quit: () => state.calls.push('quit')
    },
    Menu: { buildFromTemplate: () => ({}), setApplicationMenu: () => undefined },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    shell: { openPath: async () => '' },
    dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
    ipcMain: {
      handle: (
        channel: string,
        handler: (event: unknown, argument?: unknown) => Promise<unknown>
      ) => state.handlers.set(channel, handler)
    },
    protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
    net: { fetch: (url: string) => fetch(url) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: () => undefined
      }
    }
  }
  return { state, module }
})

vi.mock('electron', () => ({ ...electron.module, default: electron.module }))

let root = ''
const savedArgv = process.argv
const savedDataDir = process.env['SAYS_WHO_DATA_DIR']

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'says-who-instance-'))
  const { state } = electron
  Object.assign(state, { calls: [], appData: join(root, 'AppData'), userData: '', lock: true })
  Object.assign(state, { ready: null, isReady: false, windows: [] })
  state.listeners.clear()
  state.handlers.clear()
  delete process.env['SAYS_WHO_DATA_DIR']
  vi.resetModules()
})

afterEach(async () => {
  process.argv = savedArgv
  if (savedDataDir === undefined) delete process.env['SAYS_WHO_DATA_DIR']
  else process.env['SAYS_WHO_DATA_DIR'] = savedDataDir
  await rm(root, { recursive: true, force: true })
})

/** Loads src/main/index.ts as Electron would with these arguments, and makes the app ready. */
async function launch(argv: string[]) {
  process.argv = argv
  await import('../../../src/main/index')
  const { state } = electron
  if (state.lock) {
    state.isReady = true
    state.ready?.()
    await vi.waitFor(() => expect(state.windows).toHaveLength(1))
  }
  return state
}

/** What the window gets when it asks main for the files the system asked the app to open. */
async function takeOpenedFiles() {
  const { state } = electron
  const handler = state.handlers.get(ipcChannel('takeOpenedFiles'))!
  const window = state.windows[0]!
  const result = (await handler({
    sender: window.webContents,
    senderFrame: { url: 'app://bundle/index.html', parent: null }
  })) as { ok: boolean; value: Record<string, unknown> }
  expect(result.ok).toBe(true)
  return result.value
}

async function quizFile(name: string, id = 'opened-quiz'): Promise<string> {
  const file = join(root, name)
  await writeFile(file, JSON.stringify({ ...smallQuizInput(), id }))
  return file
}

describe('the data folder', () => {
  it('is "says-who" in the system app-data folder, set before anything starts', async () => {
    const state = await launch(['/opt/Says Who/says-who'])
    expect(state.userData).toBe(join(root, 'AppData', 'says-who'))
    // Electron keys the single-instance lock on userData: it must be set first.
    expect(state.calls.slice(0, 3)).toEqual([
      'setPath userData',
      'requestSingleInstanceLock',
      'whenReady'
    ])
  })

  it('is the throw-away folder of SAYS_WHO_DATA_DIR in development', async () => {
    process.env['SAYS_WHO_DATA_DIR'] = join(root, 'dev-data')
    const state = await launch(['/opt/Says Who/says-who'])
    expect(state.userData).toBe(join(root, 'dev-data'))
  })
})

describe('one instance', () => {
  it('a second launch quits without a window or a handler', async () => {
    electron.state.lock = false
    const state = await launch(['/opt/Says Who/says-who', await quizFile('lesson.quiz.json')])
    expect(state.calls).toContain('quit')
    state.isReady = true
    state.ready?.()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(state.windows).toHaveLength(0)
    expect(state.handlers.size).toBe(0)
  })

  it('the first instance imports a quiz file a second launch hands over, and comes forward', async () => {
    const state = await launch(['/opt/Says Who/says-who'])
    expect(await takeOpenedFiles()).toEqual({ quizzes: [], results: null, resultsWaiting: 0 })
    await quizFile('handed.quiz.json', 'handed-over')
    state.listeners.get('second-instance')?.(
      {},
      ['/opt/Says Who/says-who', '--original-process-start-time=1', 'handed.quiz.json'],
      root
    )
    const window = state.windows[0]!
    expect(window.restored).toBe(1)
    expect(window.focused).toBe(1)
    const taken = await takeOpenedFiles()
    expect(taken['quizzes']).toMatchObject([
      { fileName: 'handed.quiz.json', outcome: { status: 'imported', alreadyPresent: false } }
    ])
    // Taken once: a second focus of the window does not import it again.
    expect(await takeOpenedFiles()).toMatchObject({ quizzes: [] })
  })
})

describe('files opened with the app', () => {
  it('imports a .quiz.json from the first launch, ignoring switches and other files', async () => {
    const quiz = await quizFile('first.quiz.json')
    const state = await launch(['/opt/Says Who/says-who', '--no-sandbox', quiz, '/tmp/notes.txt'])
    expect(state.userData).not.toBe('')
    expect(await takeOpenedFiles()).toMatchObject({
      quizzes: [{ fileName: 'first.quiz.json', outcome: { status: 'imported' } }],
      results: null
    })
  })

  it('says in a sentence when an opened quiz file cannot be read', async () => {
    await launch(['/opt/Says Who/says-who', join(root, 'gone.quiz.json')])
    const taken = await takeOpenedFiles()
    expect(taken['quizzes']).toEqual([
      { fileName: 'gone.quiz.json', outcome: { status: 'failed', message: expect.any(String) } }
    ])
    const [report] = taken['quizzes'] as { outcome: { message: string } }[]
    expect(report!.outcome.message).toMatch(/gone\.quiz\.json.*does not exist/)
  })

  it('holds a .result.json until teacher mode is unlocked', async () => {
    const result = join(root, 'amira.result.json')
    await writeFile(result, '{}')
    await launch(['/opt/Says Who/says-who', result])
    expect(await takeOpenedFiles()).toEqual({ quizzes: [], results: null, resultsWaiting: 1 })
  })

  it("takes macOS's open-file event", async () => {
    const state = await launch(['/opt/Says Who/says-who'])
    const preventDefault = vi.fn()
    state.listeners.get('open-file')?.({ preventDefault }, await quizFile('mac.quiz.json'))
    expect(preventDefault).toHaveBeenCalled()
    expect(await takeOpenedFiles()).toMatchObject({
      quizzes: [{ fileName: 'mac.quiz.json', outcome: { status: 'imported' } }]
    })
  })
})

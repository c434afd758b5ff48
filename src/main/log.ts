import { appendFile, mkdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'

export const LOG_FOLDER = 'logs'
export const LOG_FILE = 'says-who.log'

export interface LogOptions {
  /** The file is rotated once it would grow past this many bytes. */
  maxBytes?: number
  /** Rotated files kept beside the current one: says-who.1.log (newest) … says-who.N.log. */
  keep?: number
  now?: () => Date
}

/**
 * The app's own log in the data folder, for errors that would otherwise reach only a console
 * nobody sees. It records what went wrong and where in the code, never what anyone wrote: error
 * messages are stripped of quoted text (JSON.parse quotes the file it failed on) and cut short.
 */
export class FileLog {
  readonly folder: string
  readonly file: string
  private readonly maxBytes: number
  private readonly keep: number
  private readonly now: () => Date
  private queue: Promise<void> = Promise.resolve()

  constructor(dataDir: string, options: LogOptions = {}) {
    this.folder = join(dataDir, LOG_FOLDER)
    this.file = join(this.folder, LOG_FILE)
    this.maxBytes = options.maxBytes ?? 1_000_000
    this.keep = options.keep ?? 3
    this.now = options.now ?? (() => new Date())
  }

  /** For createDispatch: a request that failed unexpectedly goes to the console and the log. */
  readonly reporter = (error: unknown): void => {
    console.error(error)
    void this.error('A request from the window failed', error)
  }

  /** Appends one entry; writes run one after another and a failing disk never throws at the caller. */
  error(context: string, error?: unknown): Promise<void> {
    const line = `${this.now().toISOString()} ERROR ${scrub(context)}${error === undefined ? '' : `: ${describe(error)}`}\n`
    this.queue = this.queue.then(() => this.append(line)).catch(() => undefined)
    return this.queue
  }

  info(message: string): Promise<void> {
    const line = `${this.now().toISOString()} INFO ${scrub(message)}\n`
    this.queue = this.queue.then(() => this.append(line)).catch(() => undefined)
    return this.queue
  }

  private async append(line: string): Promise<void> {
    await mkdir(this.folder, { recursive: true })
    const size = await stat(this.file).then(
      (info) => info.size,
      () => 0
    )
    if (size > 0 && size + Buffer.byteLength(line) > this.maxBytes) await this.rotate()
    await appendFile(this.file, line, { encoding: 'utf8', mode: 0o600 })
  }

  private async rotate(): Promise<void> {
    const numbered = (n: number) => join(this.folder, LOG_FILE.replace(/\.log$/, `.${n}.log`))
    await rm(numbered(this.keep), { force: true })
    for (let n = this.keep - 1; n >= 1; n--)
      await rename(numbered(n), numbered(n + 1)).catch(() => undefined)
    await rename(this.file, numbered(1))
  }
}

/** Quoted text may be a learner's answer or a file's contents: it never reaches the log. */
function scrub(text: string): string {
  return (
    text
      .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`\n]*`/g, '"…"')
      // A folder's path can hold the computer user's name: only the file's own name is kept.
      .replace(/(?:[A-Za-z]:|file:\/\/)?(?:[\\/][^\s\\/:()]+)+[\\/]([^\s\\/:()]+)/g, '…/$1')
      .replace(/[\r\n]+/g, ' ')
      .slice(0, 300)
  )
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error}`
  const code = (error as { code?: unknown }).code
  // The stack's frames name our code, not the user's data; its first line repeats the message.
  const frames = (error.stack ?? '')
    .split('\n')
    .slice(1, 6)
    .map((frame) => frame.trim())
    .filter((frame) => frame.startsWith('at '))
    .map(scrub)
  return [
    `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${scrub(error.message)}`,
    ...frames
  ].join(' | ')
}

/** Sends the main process's unexpected errors to the log as well as the console. */
export function setupLog(dataDir: string, onProcess: NodeJS.Process = process): FileLog {
  const log = new FileLog(dataDir)
  onProcess.on('uncaughtException', (error) => {
    console.error(error)
    void log.error('Uncaught exception in the main process', error)
  })
  onProcess.on('unhandledRejection', (reason) => {
    console.error(reason)
    void log.error('Unhandled rejection in the main process', reason)
  })
  return log
}

import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createDispatch } from '../../../src/main/dispatch'
import { FileLog, setupLog } from '../../../src/main/log'
import type { ServiceHandlers } from '../../../src/shared/contract'

let dataDir = ''
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'says-who-log-'))
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

const logText = (log: FileLog) => readFile(log.file, 'utf8')

describe('the log file', () => {
  it('appends dated entries to logs/says-who.log in the data folder', async () => {
    const log = new FileLog(dataDir, { now: () => new Date('2026-03-01T08:00:00Z') })
    await log.info('Started')
    await log.error(
      'Saving failed',
      Object.assign(new Error('the disk is full'), { code: 'ENOSPC' })
    )
    const lines = (await logText(log)).trimEnd().split('\n')
    expect(lines[0]).toBe('2026-03-01T08:00:00.000Z INFO Started')
    expect(lines[1]).toMatch(
      /^2026-03-01T08:00:00.000Z ERROR Saving failed: Error ENOSPC: the disk is full \| at /
    )
    expect(log.file).toBe(join(dataDir, 'logs', 'says-who.log'))
  })

  it('rotates by size, keeping the newest few files', async () => {
    const log = new FileLog(dataDir, { maxBytes: 200, keep: 2 })
    for (let i = 0; i < 30; i++) await log.info(`entry number ${i} ${'x'.repeat(40)}`)
    const files = (await readdir(join(dataDir, 'logs'))).sort()
    expect(files).toEqual(['says-who.1.log', 'says-who.2.log', 'says-who.log'])
    for (const file of files) {
      const text = await readFile(join(dataDir, 'logs', file), 'utf8')
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(200)
    }
    expect(await logText(log)).toContain('entry number 29')
    expect(await readFile(join(dataDir, 'logs', 'says-who.1.log'), 'utf8')).not.toContain(
      'entry number 29'
    )
  })

  it("never writes a learner's answer, a file's contents or the user's folder names", async () => {
    const log = new FileLog(dataDir)
    let parseError: unknown
    try {
      JSON.parse('{"answer": "Amira thinks the minister lied"')
    } catch (error) {
      parseError = error
    }
    await log.error('Reading an attempt failed', parseError)
    const fsError = Object.assign(
      new Error(
        "EACCES: permission denied, open '/home/amira.khan/.config/says-who/profiles.json'"
      ),
      { code: 'EACCES' }
    )
    fsError.stack = `Error: x\n    at readFile (/home/amira.khan/app/out/main/index.js:10:5)`
    await log.error('Reading profiles failed', fsError)
    const text = await logText(log)
    expect(text).not.toMatch(/minister|Amira|amira\.khan/)
    expect(text).toContain('SyntaxError')
    expect(text).toContain('Error EACCES')
    expect(text).toContain('…/index.js:10:5')
  })

  it('never throws at its caller when the disk refuses', async () => {
    await writeFile(join(dataDir, 'logs'), 'a file where the folder should be')
    const log = new FileLog(dataDir)
    await expect(log.error('Something failed')).resolves.toBeUndefined()
  })

  it('records the errors that reached only console.error: a request that failed, an uncaught one', async () => {
    const emitter = new EventEmitter()
    const processLike = emitter as unknown as NodeJS.Process
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => undefined)
    const log = setupLog(dataDir, processLike)
    const dispatch = createDispatch(
      {
        listProfiles: () => {
          throw new TypeError('profiles is not iterable')
        }
      } as unknown as ServiceHandlers,
      log.reporter
    )
    const result = await dispatch('listProfiles', undefined)
    expect(result.ok).toBe(false)
    emitter.emit('unhandledRejection', new RangeError('out of range'))
    await vi.waitFor(async () => expect(await logText(log)).toContain('RangeError'))
    const text = await logText(log)
    expect(text).toContain(
      'ERROR A request from the window failed: TypeError: profiles is not iterable'
    )
    expect(text).toContain(
      'ERROR Unhandled rejection in the main process: RangeError: out of range'
    )
    console.mockRestore()
  })
})

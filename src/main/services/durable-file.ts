import { randomBytes } from 'node:crypto'
import { fstatSync } from 'node:fs'
import { open, readFile, readdir, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { fileSystemError } from './storage-error'

/** Temp files of an unfinished write: `<name>.tmp-<hex>`, never read as data. */
const TEMP_MARK = '.tmp-'
const TEMP_FILE = /\.tmp-[0-9a-f]{16}$/

/** Which version of a file is on disk: its inode, size and modification time. */
export type FileIdentity = string

export function fileIdentity(info: { ino: number; size: number; mtimeMs: number }): FileIdentity {
  return `${info.ino}:${info.size}:${info.mtimeMs}`
}

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content:
 * the bytes go to a temp file beside it, are flushed to the disk, and the temp file is renamed
 * over the target; the folder is then flushed so that the rename itself survives a power cut.
 */
export async function writeFileDurably(file: string, text: string | Uint8Array): Promise<void> {
  await inOrder(file, () => replaceFile(file, text, false))
}

/**
 * As writeFileDurably, and says which version of the file it left, so a copy held in memory can
 * later tell whether anything else has replaced the file since (the rename keeps the inode).
 */
export function writeFileDurablyIdentified(
  file: string,
  text: string | Uint8Array
): Promise<FileIdentity> {
  return inOrder(file, () => replaceFile(file, text, true)) as Promise<FileIdentity>
}

/** Writes to one file run one after another, in the order asked: the last one asked wins whole. */
function inOrder<T>(file: string, write: () => Promise<T>): Promise<T> {
  const previous = pending.get(file)
  const written = previous ? previous.then(write) : write()
  const settled = written.then(
    () => undefined,
    () => undefined
  )
  pending.set(file, settled)
  void settled.then(() => {
    if (pending.get(file) === settled) pending.delete(file)
  })
  return written
}

const pending = new Map<string, Promise<void>>()

async function replaceFile(
  file: string,
  text: string | Uint8Array,
  identify: boolean
): Promise<FileIdentity | undefined> {
  const temp = `${file}${TEMP_MARK}${randomBytes(8).toString('hex')}`
  let identity: FileIdentity | undefined
  try {
    const handle = await open(temp, 'w', 0o600)
    try {
      await handle.writeFile(text)
      await handle.sync()
      // Synchronous: a few microseconds, cheaper than a turn in the thread pool (attempt-store.ts).
      if (identify) identity = fileIdentity(fstatSync(handle.fd))
    } finally {
      await handle.close()
    }
    await rename(temp, file)
    await fsyncFolder(dirname(file))
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw fileSystemError('save', basename(file), error)
  }
  return identity
}

async function fsyncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Removes the temp files that writes cut short by a crash left behind, in `folder` and the
 * folders below it (to `depth` levels). Run at start, before anything writes. Returns how many.
 */
export async function removeStaleTempFiles(folder: string, depth = 3): Promise<number> {
  let entries
  try {
    entries = await readdir(folder, { withFileTypes: true })
  } catch {
    return 0
  }
  let removed = 0
  for (const entry of entries) {
    const path = join(folder, entry.name)
    if (entry.isFile() && TEMP_FILE.test(entry.name)) {
      await rm(path, { force: true }).then(
        () => removed++,
        () => undefined
      )
    } else if (entry.isDirectory() && depth > 0) {
      removed += await removeStaleTempFiles(path, depth - 1)
    }
  }
  return removed
}

/** Keeps a damaged file for a person to inspect, under a name the loaders no longer pick up. */
export async function moveAside(file: string, now: Date = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const aside = `${file}.damaged-${stamp}`
  await rename(file, aside)
  return aside
}

/** Reads a text file, refusing one larger than `maxBytes` before loading it. */
export async function readTextFile(file: string, maxBytes: number): Promise<string> {
  try {
    const info = await stat(file)
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' })
    if (info.size > maxBytes) {
      throw new Error(
        `it is ${(info.size / 1e6).toFixed(1)} MB, more than the ${maxBytes / 1e6} MB allowed`
      )
    }
    return await readFile(file, 'utf8')
  } catch (error) {
    throw fileSystemError('read', basename(file), error)
  }
}

export function isMissingFile(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ENOENT'
}

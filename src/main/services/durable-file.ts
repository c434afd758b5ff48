import { open, readFile, rename, stat } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import { fileSystemError } from './storage-error'

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content:
 * write-file-atomic writes a temp file, fsyncs it and renames it over the target; the folder
 * is then fsynced so the rename itself survives a power cut (write-file-atomic does not).
 */
export async function writeFileDurably(file: string, text: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(file, typeof text === 'string' ? text : Buffer.from(text), {
      fsync: true
    })
    await fsyncFolder(dirname(file))
  } catch (error) {
    throw fileSystemError('save', basename(file), error)
  }
}

async function fsyncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
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

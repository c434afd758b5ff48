import { Inflate } from 'fflate'
import { MAX_RESULT_FILE_SIZE, RESULT_FILE_SUFFIX } from '../../shared/result-format'
import { inEveryLanguage, mainText, type LocalisedText } from './main-text'
import { readCentralDirectory, type ZipDirectoryEntry } from './zip-directory'

/**
 * Result files handed in as one zip, read in memory: nothing is ever written, so an entry named
 * "../../x.result.json" is only an odd name, reported and skipped. The central directory's sizes
 * bound the work before anything is inflated, and inflating stops the moment an entry outgrows
 * what it declared, so a zip bomb costs a few megabytes at most.
 */

/** Past these, a zip is not a class's results: refused before anything is inflated. */
export const ZIP_LIMITS = {
  zipBytes: 200_000_000,
  entries: 5000,
  entryBytes: MAX_RESULT_FILE_SIZE,
  totalBytes: 200_000_000
}
/** Compressed bytes fed to the inflater at once: bounds what one step can expand to. */
const CHUNK = 16_384

export interface ZipEntryText {
  fileName: string
  text: string
}

/** A file or folder not read, said in main's language now and in every language for the report. */
export interface UnreadableFile {
  fileName: string
  message: string
  texts?: LocalisedText
  nameTexts?: LocalisedText
}

/** mainText's message, with the same message in every language beside it. */
export function unreadable(
  fileName: string,
  key: string,
  values?: Record<string, string | number>
): UnreadableFile {
  return {
    fileName,
    message: mainText(key, values),
    texts: inEveryLanguage(() => mainText(key, values))
  }
}

export interface ZipRead {
  files: ZipEntryText[]
  unreadable: UnreadableFile[]
}

/** A name as it may be shown: control characters replaced, long names cut. */
function shown(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '?')
  return clean.length > 120 ? `${clean.slice(0, 117)}…` : clean
}

/** "../x", "/x", "C:\x", "a/../../x": a name that would climb out if it were ever written. */
function climbsOut(name: string): boolean {
  return (
    /^([A-Za-z]:)?[\\/]/.test(name) ||
    /^[A-Za-z]:/.test(name) ||
    name.split(/[\\/]/).some((part) => part === '..')
  )
}

class TooLarge extends Error {}

/** The entry's bytes, never more than it declared (nor the per-file cap) even if it lies. */
function entryBytes(bytes: Uint8Array, entry: ZipDirectoryEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = entry.localOffset
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new Error('damaged')
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  const data = bytes.subarray(start, start + entry.compressedSize)
  if (data.length !== entry.compressedSize) throw new Error('damaged')
  if (entry.method === 0) {
    if (data.length !== entry.size) throw new Error('damaged')
    return data
  }
  const out = new Uint8Array(entry.size)
  let written = 0
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) throw new TooLarge()
    out.set(chunk, written)
    written += chunk.length
  })
  for (let i = 0; i < data.length; i += CHUNK)
    inflater.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length)
  if (data.length === 0) inflater.push(new Uint8Array(0), true)
  if (written !== entry.size) throw new Error('damaged')
  return out
}

/** Reads the `*.result.json` entries of a zip; every other outcome is a sentence naming the entry. */
export function refuseZip(
  zipName: string,
  key: string,
  values: Record<string, string | number> = {}
): ZipRead {
  return {
    files: [],
    unreadable: [unreadable(zipName, `results.zip.${key}`, { zip: zipName, ...values })]
  }
}

export function readResultZip(bytes: Uint8Array, zipName: string): ZipRead {
  const refuse = (key: string, values: Record<string, string | number> = {}): ZipRead =>
    refuseZip(zipName, key, values)
  if (bytes.length > ZIP_LIMITS.zipBytes)
    return refuse('tooLarge', { mb: ZIP_LIMITS.zipBytes / 1e6 })
  const central = readCentralDirectory(bytes)
  if (central === null) return refuse('notZip')
  const wanted = central.filter((e) => !e.name.endsWith('/') && e.name.endsWith(RESULT_FILE_SUFFIX))
  if (wanted.length > ZIP_LIMITS.entries)
    return refuse('tooManyEntries', { count: wanted.length, max: ZIP_LIMITS.entries })
  // An entry too large by itself is skipped by name below; the rest must fit together.
  const declared = wanted
    .filter((e) => e.size <= ZIP_LIMITS.entryBytes)
    .reduce((sum, e) => sum + e.size, 0)
  if (declared > ZIP_LIMITS.totalBytes)
    return refuse('tooLargeInside', { mb: ZIP_LIMITS.totalBytes / 1e6 })
  const out: ZipRead = { files: [], unreadable: [] }
  const skip = (entry: ZipDirectoryEntry, key: string): void => {
    out.unreadable.push(
      unreadable(`${zipName} › ${shown(entry.name)}`, `results.zip.${key}`, {
        zip: zipName,
        entry: shown(entry.name),
        mb: ZIP_LIMITS.entryBytes / 1e6
      })
    )
  }
  const decoder = new TextDecoder('utf-8', { fatal: true })
  for (const entry of wanted) {
    if (climbsOut(entry.name)) skip(entry, 'outsideName')
    else if (entry.flags & 1) skip(entry, 'encrypted')
    else if (entry.method !== 0 && entry.method !== 8) skip(entry, 'unknownCompression')
    else if (entry.size > ZIP_LIMITS.entryBytes || entry.size === 0xffffffff)
      skip(entry, 'entryTooLarge')
    else {
      try {
        const text = decoder.decode(entryBytes(bytes, entry))
        out.files.push({ fileName: `${zipName} › ${shown(entry.name)}`, text })
      } catch (error) {
        skip(entry, error instanceof TooLarge ? 'entryLied' : 'entryDamaged')
      }
    }
  }
  return out
}

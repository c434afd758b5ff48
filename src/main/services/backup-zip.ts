import { createHash } from 'node:crypto'
import { Zip, ZipDeflate, strFromU8, strToU8, unzipSync } from 'fflate'
import { z } from 'zod'
import { parseUntrustedJson } from '../../shared/untrusted-json'
import { UserFacingError } from './user-facing-error'

/** The file inside every backup zip that lists what it holds; a zip without it is not a backup. */
export const MANIFEST_NAME = 'says-who-backup.json'
const FORMAT = 'says-who/backup@1'
/** A class's data is a few megabytes; these bounds refuse a zip bomb before it is inflated. */
export const MAX_BACKUP_BYTES = 200_000_000
const MAX_ENTRIES = 100_000
/** Letters, digits, dots, dashes and underscores, in folders: every name the app itself writes. */
const SAFE_PATH = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,199}(\/[A-Za-z0-9_][A-Za-z0-9._-]{0,199}){0,5}$/

/** Names Windows reads as devices, whatever their extension. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i

const manifestSchema = z.strictObject({
  format: z.literal(FORMAT),
  createdAt: z.iso.datetime(),
  kind: z.enum(['daily', 'before-restore', 'before-import', 'manual']),
  /** How many learners profiles.json lists, so a backup can be described without opening it. */
  learners: z.int().min(0),
  files: z
    .array(
      z.strictObject({
        path: z.string().max(1300),
        size: z.int().min(0),
        sha256: z.string().regex(/^[0-9a-f]{64}$/)
      })
    )
    .max(MAX_ENTRIES)
})
export type BackupManifest = z.infer<typeof manifestSchema>
export type BackupKind = BackupManifest['kind']

export interface BackupContents {
  manifest: BackupManifest
  /** Path inside the data folder (always `/`-separated) to the file's bytes. */
  files: Map<string, Uint8Array>
}

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** True for a relative path of plain names: no `..`, no drive, no backslash, nothing absolute. */
export function isSafeEntryPath(path: string): boolean {
  return (
    SAFE_PATH.test(path) &&
    !path.split('/').some((part) => part === '.' || part === '..' || WINDOWS_DEVICE.test(part))
  )
}

/**
 * One zip of the given files with a manifest of their sizes and SHA-256, checked on the way back.
 * It compresses one file at a time and yields between them, so that a learner's save waiting on
 * the main process is never held up for the whole folder.
 */
export async function packBackup(
  files: Map<string, Uint8Array>,
  kind: BackupKind,
  createdAt: Date
): Promise<Uint8Array> {
  const manifest: BackupManifest = {
    format: FORMAT,
    createdAt: createdAt.toISOString(),
    kind,
    learners: countLearners(files.get('profiles.json')),
    files: [...files].map(([path, data]) => ({ path, size: data.length, sha256: sha256(data) }))
  }
  const chunks: Uint8Array[] = []
  let failure: Error | null = null
  const archive = new Zip((error, chunk) => {
    if (error) failure = error
    else chunks.push(chunk)
  })
  const add = (path: string, data: Uint8Array) => {
    const entry = new ZipDeflate(path, { level: 6 })
    archive.add(entry)
    entry.push(data, true)
  }
  for (const [path, data] of files) {
    add(path, data)
    await new Promise((resolve) => setImmediate(resolve))
  }
  add(MANIFEST_NAME, strToU8(JSON.stringify(manifest, null, 2)))
  archive.end()
  if (failure) throw failure
  const zip = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    zip.set(chunk, offset)
    offset += chunk.length
  }
  return zip
}

/**
 * Reads a backup zip, trusting nothing in it: every name must be a plain relative path, no entry
 * may be a link, and every file must match the manifest's size and SHA-256. A torn or altered
 * zip is refused whole, with a sentence naming the file.
 */
export function readBackup(bytes: Uint8Array, fileName: string): BackupContents {
  const refuse = (why: string): never => {
    throw new UserFacingError(`${fileName} cannot be restored: ${why}.`, fileName)
  }
  if (bytes.length > MAX_BACKUP_BYTES) refuse('it is larger than any Says Who? backup')
  const central = centralDirectory(bytes)
  if (central === null) refuse('it is not a complete zip file (it may have been cut short)')
  for (const entry of central ?? []) {
    if (entry.isLink)
      refuse(`it holds a link (${printable(entry.name)}), which a backup never does`)
    if (!entry.name.endsWith('/') && entry.name !== MANIFEST_NAME && !isSafeEntryPath(entry.name))
      refuse(`it holds a file outside the data folder's names (${printable(entry.name)})`)
  }
  let entries: Record<string, Uint8Array>
  try {
    let total = 0
    entries = unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize
        if (total > MAX_BACKUP_BYTES) throw new Error('too large')
        return !file.name.endsWith('/')
      }
    })
  } catch {
    return refuse('its contents are damaged or too large')
  }
  const manifestBytes = entries[MANIFEST_NAME]
  if (!manifestBytes) return refuse(`it has no ${MANIFEST_NAME}, so it is not a Says Who? backup`)
  const parsed = parseUntrustedJson(strFromU8(manifestBytes))
  const manifest = parsed.ok ? manifestSchema.safeParse(parsed.value) : null
  if (!manifest?.success) return refuse(`its ${MANIFEST_NAME} is not one Says Who? wrote`)
  const files = new Map<string, Uint8Array>()
  for (const listed of manifest.data.files) {
    if (!isSafeEntryPath(listed.path)) refuse(`it lists a file outside the data folder`)
    const data = Object.prototype.hasOwnProperty.call(entries, listed.path)
      ? entries[listed.path]
      : undefined
    if (!data) return refuse(`${printable(listed.path)} is missing from it`)
    if (data.length !== listed.size || sha256(data) !== listed.sha256)
      refuse(`${printable(listed.path)} in it was changed or damaged`)
    files.set(listed.path, data)
  }
  const extra = Object.keys(entries).find((name) => name !== MANIFEST_NAME && !files.has(name))
  if (extra !== undefined) refuse(`it holds a file its list does not (${printable(extra)})`)
  return { manifest: manifest.data, files }
}

/** Just the manifest, for listing backups without inflating them. */
export function readManifest(bytes: Uint8Array, fileName: string): BackupManifest {
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes, { filter: (file) => file.name === MANIFEST_NAME })
  } catch {
    throw new UserFacingError(`${fileName} is not a complete zip file.`, fileName)
  }
  const text = entries[MANIFEST_NAME]
  const parsed = text ? parseUntrustedJson(strFromU8(text)) : null
  const manifest = parsed?.ok ? manifestSchema.safeParse(parsed.value) : null
  if (!manifest?.success)
    throw new UserFacingError(`${fileName} is not a Says Who? backup.`, fileName)
  return manifest.data
}

function countLearners(profiles: Uint8Array | undefined): number {
  if (!profiles) return 0
  const parsed = parseUntrustedJson(strFromU8(profiles))
  const list = parsed.ok ? (parsed.value as { profiles?: unknown } | null)?.profiles : undefined
  return Array.isArray(list) ? list.length : 0
}

function printable(name: string): string {
  return JSON.stringify(name.replace(/[\u0000-\u001f]/g, '?').slice(0, 80))
}

/**
 * The names and link flags of the zip's central directory, or null when the zip is torn (no end
 * record, or a directory that runs past the end). fflate does not expose an entry's Unix mode,
 * and a symbolic link is only told apart by it.
 */
function centralDirectory(bytes: Uint8Array): { name: string; isLink: boolean }[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) return null
  const count = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  const entries: { name: string; isLink: boolean }[] = []
  for (let i = 0; i < count; i++) {
    if (offset + 46 > end || view.getUint32(offset, true) !== 0x02014b50) return null
    const madeBy = view.getUint16(offset + 4, true) >> 8
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const commentLength = view.getUint16(offset + 32, true)
    const mode = view.getUint32(offset + 38, true) >>> 16
    if (offset + 46 + nameLength > end) return null
    const name = strFromU8(bytes.subarray(offset + 46, offset + 46 + nameLength))
    // 3 is Unix; 0o120000 in the file-type bits is a symbolic link.
    entries.push({ name, isLink: madeBy === 3 && (mode & 0o170000) === 0o120000 })
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

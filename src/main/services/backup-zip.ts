import { createHash } from 'node:crypto'
import { Zip, ZipDeflate, strFromU8, strToU8, unzipSync } from 'fflate'
import { z } from 'zod'
import { parseUntrustedJson } from '../../shared/untrusted-json'
import { mainText } from './main-text'
import { UserFacingError } from './user-facing-error'
import { readCentralDirectory } from './zip-directory'

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
    throw new UserFacingError(mainText('backups.refused', { file: fileName, why }), fileName)
  }
  if (bytes.length > MAX_BACKUP_BYTES) refuse(mainText('backups.why.tooLarge'))
  const central = readCentralDirectory(bytes)
  if (central === null) refuse(mainText('backups.why.cutShort'))
  for (const entry of central ?? []) {
    if (entry.isLink) refuse(mainText('backups.why.link', { entry: printable(entry.name) }))
    if (!entry.name.endsWith('/') && entry.name !== MANIFEST_NAME && !isSafeEntryPath(entry.name))
      refuse(mainText('backups.why.foreignName', { entry: printable(entry.name) }))
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
    return refuse(mainText('backups.why.damaged'))
  }
  const manifestBytes = entries[MANIFEST_NAME]
  if (!manifestBytes) return refuse(mainText('backups.why.noManifest', { manifest: MANIFEST_NAME }))
  const parsed = parseUntrustedJson(strFromU8(manifestBytes))
  const manifest = parsed.ok ? manifestSchema.safeParse(parsed.value) : null
  if (!manifest?.success)
    return refuse(mainText('backups.why.badManifest', { manifest: MANIFEST_NAME }))
  const files = new Map<string, Uint8Array>()
  for (const listed of manifest.data.files) {
    if (!isSafeEntryPath(listed.path)) refuse(mainText('backups.why.outside'))
    const data = Object.prototype.hasOwnProperty.call(entries, listed.path)
      ? entries[listed.path]
      : undefined
    if (!data) return refuse(mainText('backups.why.missing', { entry: printable(listed.path) }))
    if (data.length !== listed.size || sha256(data) !== listed.sha256)
      refuse(mainText('backups.why.changed', { entry: printable(listed.path) }))
    files.set(listed.path, data)
  }
  const extra = Object.keys(entries).find((name) => name !== MANIFEST_NAME && !files.has(name))
  if (extra !== undefined) refuse(mainText('backups.why.extra', { entry: printable(extra) }))
  return { manifest: manifest.data, files }
}

/** Just the manifest, for listing backups without inflating them. */
export function readManifest(bytes: Uint8Array, fileName: string): BackupManifest {
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes, { filter: (file) => file.name === MANIFEST_NAME })
  } catch {
    throw new UserFacingError(mainText('backups.notComplete', { file: fileName }), fileName)
  }
  const text = entries[MANIFEST_NAME]
  const parsed = text ? parseUntrustedJson(strFromU8(text)) : null
  const manifest = parsed?.ok ? manifestSchema.safeParse(parsed.value) : null
  if (!manifest?.success)
    throw new UserFacingError(mainText('backups.notBackup', { file: fileName }), fileName)
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

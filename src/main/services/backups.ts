import { randomBytes } from 'node:crypto'
import { lstat, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import type { BackupSummary } from '../../shared/backup-contract'
import {
  MAX_BACKUP_BYTES,
  isSafeEntryPath,
  packBackup,
  readBackup,
  readManifest,
  type BackupContents,
  type BackupKind,
  type BackupManifest
} from './backup-zip'
import { isMissingFile, writeFileDurably } from './durable-file'
import { fileSystemError } from './storage-error'
import { mainText } from './main-text'
import { UserFacingError } from './user-facing-error'

export const BACKUPS_FOLDER = 'backups'
/** How many rotating backups of each kind are kept. */
export const KEEP = 14
/**
 * Not part of a backup: the backups themselves, the log, this computer's window place, and the
 * teacher's PIN and signing key (a restore never changes the PIN, and a backup carried to another
 * computer gives nobody the teacher's secrets).
 */
const LEFT_OUT = new Set([
  BACKUPS_FOLDER,
  'logs',
  'window-state.json',
  'teacher.json',
  'result-signing.json'
])
const TEMP = /\.tmp-[0-9a-f]{16}$|^\.restore-/
const ROTATING =
  /^says-who-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(daily|before-restore|before-import)\.zip$/

/** The data folder's backups: rotating ones in `backups/`, and zips the teacher saves or restores. */
export class Backups {
  private readonly folder: string
  /** Zips the teacher opened with Restore…, by the id the screen was given for them. */
  private readonly opened = new Map<string, string>()

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date = () => new Date()
  ) {
    this.folder = join(dataDir, BACKUPS_FOLDER)
  }

  /** Every file of the data folder a backup keeps, by its `/`-separated path. Links are skipped. */
  async collect(): Promise<Map<string, Uint8Array>> {
    const files = new Map<string, Uint8Array>()
    const walk = async (folder: string, depth: number): Promise<void> => {
      let names: string[]
      try {
        names = (await readdir(folder)).sort()
      } catch (error) {
        if (isMissingFile(error)) return
        throw fileSystemError('read', basename(folder), error)
      }
      for (const name of names) {
        const path = join(folder, name)
        const key = relative(this.dataDir, path).split(sep).join('/')
        if ((depth === 0 && LEFT_OUT.has(name)) || TEMP.test(name) || !isSafeEntryPath(key))
          continue
        const info = await lstat(path).catch(() => null)
        if (info?.isDirectory() && depth < 5) await walk(path, depth + 1)
        else if (info?.isFile()) {
          // A file replaced or removed by a save while we read is taken as it is next, or skipped.
          const data = await readFile(path).catch(() => null)
          if (data) files.set(key, data)
        }
      }
    }
    await walk(this.dataDir, 0)
    return files
  }

  async zip(kind: BackupKind, files?: Map<string, Uint8Array>): Promise<Uint8Array> {
    return packBackup(files ?? (await this.collect()), kind, this.now())
  }

  /**
   * Writes a rotating backup and keeps the newest KEEP of its kind. A daily one is skipped when
   * one was made today already. Returns the file's name, or null when skipped (also when there
   * is no data to keep).
   */
  async rotate(kind: 'daily' | 'before-restore' | 'before-import'): Promise<string | null> {
    const stamp = this.now().toISOString()
    const existing = await this.rotatingFiles()
    if (
      kind === 'daily' &&
      existing.some((b) => b.kind === 'daily' && b.day === stamp.slice(0, 10))
    )
      return null
    const files = await this.collect()
    // A folder with no data yet (the first start) has nothing worth keeping.
    if (files.size === 0) return null
    await mkdir(this.folder, { recursive: true })
    const name = `says-who-${stamp.replace(/[:.]/g, '-')}-${kind}.zip`
    await writeFileDurably(join(this.folder, name), await this.zip(kind, files))
    const ofKind = [...existing.filter((b) => b.kind === kind).map((b) => b.name), name].sort()
    for (const old of ofKind.slice(0, Math.max(0, ofKind.length - KEEP)))
      await rm(join(this.folder, old), { force: true })
    return name
  }

  /** The rotating backups, newest first, each with what it holds. */
  async list(): Promise<BackupSummary[]> {
    const found: BackupSummary[] = []
    for (const { name } of (await this.rotatingFiles()).reverse()) {
      try {
        const bytes = await readFile(join(this.folder, name))
        found.push(summarise(name, name, readManifest(bytes, name)))
      } catch {
        // A torn rotating backup is not offered; the others still are.
      }
    }
    return found
  }

  /** Checks a zip the teacher chose, fully, and remembers it for a restore. */
  async open(path: string): Promise<BackupSummary> {
    const contents = await readZipFile(path)
    const id = `file-${randomBytes(8).toString('hex')}`
    this.opened.set(id, path)
    return summarise(id, basename(path), contents.manifest)
  }

  /** Checks a backup again, saves the current data as a backup, then puts the backup's data in place. */
  async restore(id: string): Promise<{ restored: BackupSummary; savedAs: string | null }> {
    const path = this.opened.get(id) ?? (ROTATING.test(id) ? join(this.folder, id) : null)
    if (path === null) throw new UserFacingError(mainText('backups.gone'))
    const contents = await readZipFile(path)
    // A zip made by hand could carry the PIN's file or our own folders: restoring those is refused.
    const foreign = [...contents.files.keys()].find(
      (file) => LEFT_OUT.has(file.split('/')[0] ?? '') || TEMP.test(basename(file))
    )
    if (foreign !== undefined)
      throw new UserFacingError(
        mainText('backups.foreign', { file: basename(path), entry: foreign }),
        basename(path)
      )
    const savedAs = await this.rotate('before-restore')
    await this.replaceData(contents)
    return { restored: summarise(id, basename(path), contents.manifest), savedAs }
  }

  /**
   * The newest rotating backup that has this file of the data folder, written back in its place.
   * Returns the day of that backup, or null when none has it.
   */
  async recover(path: string): Promise<string | null> {
    for (const { name } of (await this.rotatingFiles()).reverse()) {
      try {
        const contents = readBackup(await readFile(join(this.folder, name)), name)
        const data = contents.files.get(path)
        if (!data) continue
        const target = this.inside(path)
        await mkdir(dirname(target), { recursive: true })
        await writeFileDurably(target, data)
        return contents.manifest.createdAt
      } catch {
        continue
      }
    }
    return null
  }

  /** Writes the backup's files into a staging folder first, so that a failure leaves the data as it was. */
  private async replaceData(contents: BackupContents): Promise<void> {
    const staging = join(this.dataDir, `.restore-${randomBytes(8).toString('hex')}`)
    try {
      for (const [path, data] of contents.files) {
        const target = this.inside(path, staging)
        await mkdir(dirname(target), { recursive: true })
        await writeFile(target, data, { flag: 'wx' })
      }
      for (const name of await readdir(this.dataDir)) {
        if (LEFT_OUT.has(name) || name === basename(staging)) continue
        await rm(join(this.dataDir, name), { recursive: true, force: true })
      }
      for (const name of await readdir(staging))
        await rename(join(staging, name), join(this.dataDir, name))
    } catch (error) {
      throw fileSystemError('restore', 'the backup', error)
    } finally {
      await rm(staging, { recursive: true, force: true }).catch(() => undefined)
    }
  }

  /** A restore cut short by a crash left its staging folder; the data itself was never half-replaced. */
  async removeStaleStaging(): Promise<void> {
    const names = await readdir(this.dataDir).catch(() => [] as string[])
    for (const name of names.filter((n) => n.startsWith('.restore-')))
      await rm(join(this.dataDir, name), { recursive: true, force: true })
  }

  /** A path of the backup resolved under `root`, refusing anything that would land outside it. */
  private inside(path: string, root = this.dataDir): string {
    const target = resolve(root, ...path.split('/'))
    const back = relative(root, target)
    if (!isSafeEntryPath(path) || back.startsWith('..') || back === '' || resolve(back) === back)
      throw new UserFacingError(mainText('backups.outside'))
    return target
  }

  private async rotatingFiles(): Promise<{ name: string; kind: string; day: string }[]> {
    let names: string[]
    try {
      names = await readdir(this.folder)
    } catch (error) {
      if (isMissingFile(error)) return []
      throw fileSystemError('read', 'the backups folder', error)
    }
    return names.sort().flatMap((name) => {
      const match = ROTATING.exec(name)
      return match ? [{ name, kind: match[6] as string, day: match[1] as string }] : []
    })
  }
}

/**
 * At start, at most one a day: in the background, so that the window never waits for it and a
 * failure (a full disk) costs only the backup, said in the log.
 */
export function setupDailyBackup(
  dataDir: string,
  log: { error: (context: string, error?: unknown) => unknown },
  now?: () => Date
): Promise<string | null> {
  const backups = new Backups(dataDir, now)
  return backups
    .removeStaleStaging()
    .then(() => backups.rotate('daily'))
    .catch((error: unknown) => {
      void log.error('The daily backup failed', error)
      return null
    })
}

async function readZipFile(path: string): Promise<BackupContents> {
  const name = basename(path)
  let bytes: Uint8Array
  try {
    const info = await lstat(path)
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' })
    if (info.size > MAX_BACKUP_BYTES)
      throw new UserFacingError(mainText('backups.tooLarge', { file: name }), name)
    bytes = await readFile(path)
  } catch (error) {
    throw fileSystemError('read', name, error)
  }
  return readBackup(bytes, name)
}

function summarise(id: string, fileName: string, manifest: BackupManifest): BackupSummary {
  const paths = manifest.files.map((f) => f.path)
  return {
    id,
    fileName,
    createdAt: manifest.createdAt,
    kind: manifest.kind,
    learners: manifest.learners,
    attempts: paths.filter((p) => /^attempts\/[^/]+\/[^/]+\.json$/.test(p)).length,
    quizzes: paths.filter((p) => /^library\/[^/]+\.quiz\.json$/.test(p)).length,
    files: paths.length
  }
}

import { mainText } from './main-text'
import { UserFacingError } from './user-facing-error'

/** Every error code Node's file calls raise: each has a sentence's end in files.reasons. */
const REASONS = new Set([
  'ENOSPC',
  'EDQUOT',
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOENT',
  'EISDIR',
  'ENOTDIR',
  'EEXIST',
  'ENOTEMPTY',
  'ENAMETOOLONG',
  'ELOOP',
  'EMFILE',
  'ENFILE',
  'EBUSY',
  'ETXTBSY',
  'EAGAIN',
  'EINTR',
  'ETIMEDOUT',
  'ECANCELED',
  'EIO',
  'EFBIG',
  'EOVERFLOW',
  'ENOMEM',
  'EXDEV',
  'EMLINK',
  'EINVAL',
  'EBADF',
  'ESPIPE',
  'ENXIO',
  'ENODEV',
  'ESTALE',
  'ENOSYS',
  'ENOTSUP',
  'EOPNOTSUPP',
  'UNKNOWN'
])

/** What was being done to the file; each has its sentence in files.couldNot. */
const ACTIONS = new Map([
  ['read', 'read'],
  ['save', 'save'],
  ['move', 'move'],
  ['restore', 'restore'],
  ['move the attempts of', 'moveAttempts']
] as const)
export type FileAction = Parameters<(typeof ACTIONS)['get']>[0]

/** Places the services name in words rather than by a file name. */
const PLACES = new Map([
  ['the backup', 'backup'],
  ['the backups folder', 'backupsFolder'],
  ['the attempts folder', 'attemptsFolder'],
  ['the archive folder', 'archiveFolder']
])

/**
 * Turns a file-system error into a sentence such as "Could not save profiles.json: the disk is
 * full." It names the file, never its full path, and never shows Node's own message, which
 * carries the path.
 */
export function fileSystemError(action: FileAction, file: string, error: unknown): UserFacingError {
  if (error instanceof UserFacingError) return error
  const name = baseName(file)
  const place = PLACES.get(name)
  const shown = place ? mainText(`files.places.${place}`) : name
  return new UserFacingError(
    mainText(`files.couldNot.${ACTIONS.get(action) ?? 'read'}`, {
      file: shown,
      reason: fileSystemReason(error)
    }),
    name
  )
}

/** Why a file call failed, as the end of a sentence ("the disk is read-only"). */
export function fileSystemReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && REASONS.has(code)) return mainText(`files.reasons.${code}`)
  if (typeof code === 'string') return mainText('files.reasons.refused', { code })
  return error instanceof Error && !/[\\/]/.test(error.message)
    ? error.message
    : mainText('files.reasons.unexpected')
}

/**
 * The last part of a path, with either separator: node:path's basename splits only on this
 * system's separator, and a message may name a Windows path on any system.
 */
function baseName(file: string): string {
  const parts = file.split(/[\\/]/).filter((part) => part !== '')
  return parts.at(-1) ?? file
}

import { UserFacingError } from './user-facing-error'

/** Every error code Node's file calls raise, as the end of a sentence a person can act on. */
const REASONS = new Map<string, string>([
  ['ENOSPC', 'the disk is full'],
  ['EDQUOT', 'the disk quota is used up'],
  ['EACCES', 'permission was denied'],
  ['EPERM', 'the operation was not permitted'],
  ['EROFS', 'the disk is read-only'],
  ['ENOENT', 'the file does not exist'],
  ['EISDIR', 'it is a folder, not a file'],
  ['ENOTDIR', 'a part of its path is a file, not a folder'],
  ['EEXIST', 'a file of that name is already there'],
  ['ENOTEMPTY', 'the folder is not empty'],
  ['ENAMETOOLONG', 'its name or path is too long'],
  ['ELOOP', 'its path loops through links'],
  ['EMFILE', 'too many files are open'],
  ['ENFILE', 'the system has too many files open'],
  ['EBUSY', 'the file is in use by another program'],
  ['ETXTBSY', 'the file is in use by another program'],
  ['EAGAIN', 'the disk is busy; try again'],
  ['EINTR', 'the operation was interrupted; try again'],
  ['ETIMEDOUT', 'the disk did not answer in time'],
  ['ECANCELED', 'the operation was cancelled'],
  ['EIO', 'the disk reported a read or write error'],
  ['EFBIG', 'the file is too large for this disk'],
  ['EOVERFLOW', 'the file is too large to read'],
  ['ENOMEM', 'the computer ran out of memory'],
  ['EXDEV', 'it cannot be moved to another disk'],
  ['EMLINK', 'too many links point to it'],
  ['EINVAL', 'the request was not valid for this file'],
  ['EBADF', 'the file was closed unexpectedly'],
  ['ESPIPE', 'it is not an ordinary file'],
  ['ENXIO', 'the device is not there'],
  ['ENODEV', 'the device is not there'],
  ['ESTALE', 'the network drive lost the file'],
  ['ENOSYS', 'this system does not support the operation'],
  ['ENOTSUP', 'this disk does not support the operation'],
  ['EOPNOTSUPP', 'this disk does not support the operation'],
  ['UNKNOWN', 'the system reported an unknown error']
])

/**
 * Turns a file-system error into a sentence such as "Could not save profiles.json: the disk is
 * full." It names the file, never its full path, and never shows Node's own message, which
 * carries the path.
 */
export function fileSystemError(action: string, file: string, error: unknown): UserFacingError {
  if (error instanceof UserFacingError) return error
  const name = baseName(file)
  return new UserFacingError(`Could not ${action} ${name}: ${fileSystemReason(error)}.`, name)
}

/** Why a file call failed, as the end of a sentence ("the disk is read-only"). */
export function fileSystemReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  const known = typeof code === 'string' ? REASONS.get(code) : undefined
  if (known) return known
  if (typeof code === 'string') return `the system refused it (${code})`
  return error instanceof Error && !/[\\/]/.test(error.message)
    ? error.message
    : 'something unexpected went wrong'
}

/**
 * The last part of a path, with either separator: node:path's basename splits only on this
 * system's separator, and a message may name a Windows path on any system.
 */
function baseName(file: string): string {
  const parts = file.split(/[\\/]/).filter((part) => part !== '')
  return parts.at(-1) ?? file
}

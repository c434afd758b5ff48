/** An error whose message is written for the person using the app, naming the file at fault. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly path?: string
  ) {
    super(message)
    this.name = 'UserFacingError'
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission was denied',
  EPERM: 'the operation was not permitted',
  EROFS: 'the disk is read-only',
  ENOENT: 'the file does not exist',
  EISDIR: 'it is a folder, not a file',
  EMFILE: 'too many files are open'
}

/** Turns a file-system error into a sentence such as "Could not save … : the disk is full." */
export function fileSystemError(action: string, file: string, error: unknown): UserFacingError {
  const code = (error as { code?: unknown } | null)?.code
  const reason =
    typeof code === 'string' && code in REASONS
      ? REASONS[code]
      : error instanceof Error
        ? error.message
        : String(error)
  return new UserFacingError(`Could not ${action} ${file}: ${reason}.`, file)
}

import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { z } from 'zod'
import type { StorageNotice } from '../../shared/contract'
import { formatPath } from '../../shared/json-path'
import { parseUntrustedJson } from '../../shared/untrusted-json'
import { isMissingFile, moveAside } from './durable-file'
import { fileSystemError, fileSystemReason } from './storage-error'
import { mainText } from './main-text'

export type RecordRead<T> =
  | { status: 'ok'; value: T }
  | { status: 'missing' }
  /** `text` is what the damaged file held, for a reader that can salvage part of it. */
  | { status: 'damaged'; notice: StorageNotice; text: string }

/**
 * Reads one of the app's own JSON files. A file that does not parse or does not fit its
 * schema is moved aside (never deleted) and reported, so everything else can still load.
 */
export async function readRecordFile<T>(
  file: string,
  schema: z.ZodType<T>
): Promise<RecordRead<T>> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (isMissingFile(error)) return { status: 'missing' }
    throw fileSystemError('read', basename(file), error)
  }
  const problem = recordProblem(text, schema)
  if (problem.ok) return { status: 'ok', value: problem.value }
  let setAside: string
  try {
    setAside = mainText('notices.setAside', { aside: basename(await moveAside(file)) })
  } catch (error) {
    // On a read-only disk the file stays where it is; it is skipped, and said so, all the same.
    setAside = mainText('notices.notSetAside', { reason: fileSystemReason(error) })
  }
  return {
    status: 'damaged',
    text,
    notice: {
      file: basename(file),
      message: mainText('notices.damaged', {
        file: basename(file),
        problem: problem.message,
        setAside
      })
    }
  }
}

function recordProblem<T>(
  text: string,
  schema: z.ZodType<T>
): { ok: true; value: T } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: false, message: mainText('notices.empty') }
  const parsed = parseUntrustedJson(text)
  if (!parsed.ok) return { ok: false, message: parsed.message }
  const result = schema.safeParse(parsed.value)
  if (result.success) return { ok: true, value: result.data }
  const first = result.error.issues[0]
  const where = first ? formatPath(first.path) : ''
  return {
    ok: false,
    message: `${where ? `${where}: ` : ''}${first?.message ?? mainText('notices.unexpected')}`
  }
}

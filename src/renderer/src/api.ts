import { API_GLOBAL } from '../../shared/channels'
import type { ApiResult, SaysWhoApi } from '../../shared/contract'
import { isTeacherLockedMessage } from '../../shared/teacher-mode'

let override: SaysWhoApi | null = null

/** Tests hand in a fake; the app uses what the preload exposed. */
export function setApi(api: SaysWhoApi | null): void {
  override = api
}

export function api(): SaysWhoApi {
  if (override) return override
  const exposed = (window as unknown as Record<string, SaysWhoApi | undefined>)[API_GLOBAL]
  if (!exposed) throw new Error('Says Who? must run inside its desktop app.')
  return exposed
}

/** A refusal from the main process, carrying its message for the person. */
export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly file?: string
  ) {
    super(message)
  }
}

let teacherLockedListener: (() => void) | null = null

/** Main refused a teacher request because teacher mode had locked itself; the teacher store listens. */
export function onTeacherLocked(listener: () => void): void {
  teacherLockedListener = listener
}

export async function unwrap<T>(pending: Promise<ApiResult<T>>): Promise<T> {
  const result = await pending
  if (result.ok) return result.value
  if (isTeacherLockedMessage(result.error.message)) teacherLockedListener?.()
  throw new ApiFailure(result.error.message, result.error.file)
}

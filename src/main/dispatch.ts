import {
  contract,
  type ApiResult,
  type ChannelName,
  type ServiceHandlers
} from '../shared/contract'
import { formatPath } from '../shared/json-path'
import { UserFacingError } from './services/user-facing-error'

export type Dispatch = (channel: string, argument: unknown) => Promise<ApiResult<unknown>>

function isChannel(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name)
}

/**
 * Validates a message against the contract and hands it to its service. Both the IPC
 * binding and the end-to-end harness go through here, so both see the same checks.
 */
export function createDispatch(
  handlers: ServiceHandlers,
  log: (error: unknown) => void = console.error
): Dispatch {
  return async (channel, argument) => {
    if (!isChannel(channel)) return failure(`Unknown request "${String(channel).slice(0, 40)}".`)
    const parsed = contract[channel].input.safeParse(argument)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const path = issue ? formatPath(issue.path) : ''
      return failure(
        `Invalid request to ${channel}${path ? ` at ${path}` : ''}: ${issue?.message ?? 'bad argument'}`,
        path
      )
    }
    try {
      const handler = handlers[channel] as (input: unknown) => Promise<unknown> | unknown
      return { ok: true, value: await handler(parsed.data) }
    } catch (error) {
      if (error instanceof UserFacingError) {
        return {
          ok: false,
          error: {
            message: error.message,
            ...(error.file ? { file: error.file } : {}),
            ...(error.path ? { path: error.path } : {})
          }
        }
      }
      log(error)
      return failure('Something went wrong in Says Who?. Your saved work is safe; try again.')
    }
  }
}

function failure(message: string, path?: string): ApiResult<never> {
  return { ok: false, error: { message, ...(path ? { path } : {}) } }
}

import { z } from 'zod'
import { entityId, responseSchema, type Attempt, type Profile } from './attempt-format'
import type { Quiz } from './quiz-format'
import type { ValidationIssue } from './quiz-validation'
import type { ChannelName } from './channels'

export { API_GLOBAL, CHANNEL_NAMES, ipcChannel, type ChannelName } from './channels'

/**
 * Every message between the renderer and the main process. Main validates each argument
 * against `input` before a service sees it; the preload and the renderer are typed from here.
 */

/** A quiz in the library, as the library screen lists it. */
export interface LibraryEntry {
  /** Stable handle for the quiz within this app: `bundled:<file>` or `imported:<hash>`. */
  key: string
  quizId: string
  title: string
  itemCount: number
  origin: 'bundled' | 'imported'
  fileName: string
}

/** Something the storage noticed and set aside, told to the learner once. */
export interface StorageNotice {
  file: string
  message: string
}

export type ImportOutcome =
  | { status: 'imported'; entry: LibraryEntry; alreadyPresent: boolean }
  | { status: 'cancelled' }
  | { status: 'invalid'; fileName: string; issues: ValidationIssue[] }

export interface LoadedQuiz {
  entry: LibraryEntry
  quiz: Quiz
  hash: string
}

const noArgument = z.undefined()
const profileArg = z.strictObject({ profileId: entityId })
const attemptArg = z.strictObject({ profileId: entityId, attemptId: entityId })
const quizKey = z.string().min(1).max(200)

/** Curried so the argument schema is inferred while the result type is written out. */
function channel<Output>() {
  return <Input extends z.ZodType>(input: Input) => ({
    input,
    output: undefined as unknown as Output
  })
}

export const contract = {
  listProfiles: channel<{ profiles: Profile[]; notices: StorageNotice[] }>()(noArgument),
  createProfile: channel<Profile>()(
    z.strictObject({
      name: z.string().trim().min(1, 'Type a name.').max(60, 'Use at most 60 characters.')
    })
  ),
  listLibrary: channel<{ entries: LibraryEntry[]; notices: StorageNotice[] }>()(noArgument),
  loadQuiz: channel<LoadedQuiz>()(z.strictObject({ key: quizKey })),
  openQuizFile: channel<ImportOutcome>()(noArgument),
  importQuizText: channel<ImportOutcome>()(
    z.strictObject({
      fileName: z.string().min(1).max(260),
      text: z.string().max(2_000_000, 'The file is larger than 2 MB.')
    })
  ),
  listAttempts: channel<{ attempts: Attempt[]; notices: StorageNotice[] }>()(profileArg),
  getAttempt: channel<Attempt>()(attemptArg),
  startAttempt: channel<Attempt>()(
    z.strictObject({
      profileId: entityId,
      quizKey,
      /** A subset to practise; all items when absent. */
      itemIds: z.array(z.string().max(64)).min(1).max(500).optional()
    })
  ),
  answerItem: channel<Attempt>()(
    z.strictObject({
      profileId: entityId,
      attemptId: entityId,
      itemId: z.string().max(64),
      response: responseSchema
    })
  ),
  finishAttempt: channel<Attempt>()(attemptArg),
  abandonAttempt: channel<Attempt>()(attemptArg)
} satisfies { [K in ChannelName]: { input: z.ZodType; output: unknown } }

export type Contract = typeof contract
export type ChannelInput<K extends ChannelName> = z.infer<Contract[K]['input']>
export type ChannelOutput<K extends ChannelName> = Contract[K]['output']

export interface ApiError {
  message: string
  file?: string
  path?: string
}

/** Errors cross the boundary as values a person can read, never as thrown exceptions. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }

type MethodArgs<K extends ChannelName> = ChannelInput<K> extends undefined ? [] : [ChannelInput<K>]

/** The object the preload exposes as `window.saysWho`. */
export type SaysWhoApi = {
  [K in ChannelName]: (...args: MethodArgs<K>) => Promise<ApiResult<ChannelOutput<K>>>
}

/** Implementations in main: one per channel, taking the validated argument. */
export type ServiceHandlers = {
  [K in ChannelName]: (...args: MethodArgs<K>) => Promise<ChannelOutput<K>> | ChannelOutput<K>
}

import type { JsonLimits } from './untrusted-json'

/** The largest quiz file accepted, in characters (and so at least as many bytes). */
export const MAX_QUIZ_FILE_SIZE = 2_000_000
export const TOO_LARGE_MESSAGE = 'The file is larger than 2 MB.'

export const QUIZ_JSON_LIMITS: JsonLimits = { maxChars: MAX_QUIZ_FILE_SIZE, maxDepth: 32 }

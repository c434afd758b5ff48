// Teacher mode's timing and refusal sentence, without zod: the renderer's start-up code (the API
// wrapper, the idle lock) needs them, and must not pull the contract's schemas in with them.

/** Teacher mode locks itself after this long without the teacher's input or a teacher request. */
export const TEACHER_IDLE_MS = 10 * 60 * 1000
export const TEACHER_LOCKED_MESSAGE = 'Teacher mode is locked. Unlock it with the teacher PIN.'

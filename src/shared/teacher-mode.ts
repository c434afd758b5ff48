// Teacher mode's timing and refusal sentence, without zod: the renderer's start-up code (the API
// wrapper, the idle lock) needs them, and must not pull the contract's schemas in with them.

/** Teacher mode locks itself after this long without the teacher's input or a teacher request. */
export const TEACHER_IDLE_MS = 10 * 60 * 1000
export const TEACHER_LOCKED_MESSAGE = 'Teacher mode is locked. Unlock it with the teacher PIN.'

/**
 * The refusal in each interface language. The renderer knows a refusal by its sentence, whatever
 * language main speaks, so the sentences live here rather than in main's catalogs.
 */
export const TEACHER_LOCKED_MESSAGES = {
  en: TEACHER_LOCKED_MESSAGE,
  es: 'El modo docente está bloqueado. Desbloquéalo con el PIN del docente.',
  fr: 'Le mode enseignant est verrouillé. Déverrouillez-le avec le code PIN de l’enseignant.'
} as const

export function isTeacherLockedMessage(message: string): boolean {
  return Object.values(TEACHER_LOCKED_MESSAGES).some((sentence) => sentence === message)
}

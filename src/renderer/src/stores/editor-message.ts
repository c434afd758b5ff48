import { translate } from '../i18n'

/**
 * A sentence the editor shows later (its status, an error, a placement to check), kept as its
 * message key and values so it is put in words when shown and follows a change of language.
 * `text` is for sentences that arrive already worded, such as main's errors.
 */
export type EditorMessage = { key: string; values?: Record<string, unknown> } | { text: string }

export function messageText(message: EditorMessage): string {
  return 'text' in message ? message.text : translate(message.key, message.values)
}

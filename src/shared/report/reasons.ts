/**
 * Why the class report flags an attempt or a file, as a stable code and its values. The command
 * line and the data files read the English below; the report on screen words the same code in
 * the interface's language (report.reasons in the renderer's catalogs, which
 * tests/unit/renderer/report-text.spec.ts keeps word for word in step with this English).
 */
import type { AttemptFlag, FlagKind } from './report-types'

/** A value of a reason: text and counts, a list of names, or a reason inside a reason. */
export type ReasonValue = string | number | string[] | Reason | Reason[]

export interface Reason {
  code: ReasonCode
  values: Record<string, ReasonValue>
}

type Values = Record<string, ReasonValue>
const s = (v: Values, name: string): string => {
  const value = v[name]
  if (Array.isArray(value))
    return value.map((x) => (typeof x === 'string' ? x : reasonEnglish(x))).join(', ')
  if (typeof value === 'object') return reasonEnglish(value)
  return String(value ?? '')
}
const AFTER = 'at most one of them is real; remove the copy and import again'

const ENGLISH = {
  itemTwice: () => 'it lists an item twice',
  keysForItems: (v: Values) => `it has ${s(v, 'keys')} answer keys for ${s(v, 'items')} items`,
  unknownItem: (v: Values) => `it asks about item "${s(v, 'item')}", which the quiz does not have`,
  fullNotCovering: (v: Values) =>
    `a full attempt must cover every item, and it lists ${s(v, 'listed')} of the quiz's ${s(v, 'total')}`,
  finishedUnanswered: (v: Values) =>
    `it is marked finished with ${s(v, 'answered')} of ${s(v, 'items')} items answered`,
  answerNeverAsked: (v: Values) =>
    `answer ${s(v, 'number')} answers an item the attempt never asked`,
  answerOtherItem: (v: Values) =>
    `answer ${s(v, 'number')} is for item "${s(v, 'item')}", but item "${s(v, 'asked')}" was asked`,
  answerNotLabel: (v: Values) =>
    `answer ${s(v, 'number')} is "${s(v, 'label')}", which is not one of this quiz's labels`,
  answerUnfit: (v: Values) => `answer ${s(v, 'number')}: ${s(v, 'unfit')}`,
  unfitKind: () => 'That kind of answer does not fit this item',
  unfitLabel: (v: Values) => `"${s(v, 'label')}" is not one of this quiz's labels`,
  unfitChoice: (v: Values) => `"${s(v, 'choice')}" is not one of this item's choices`,
  unfitWordOutside: () => 'A marked word is not in the sentence',
  unfitWordTwice: () => 'A word is marked twice',
  unfitOrder: () => 'Put every event of the item in order, each once',
  startedAfterExport: () => 'it started after the file was exported',
  finishedBeforeStart: () => 'it finished before it started',
  finishedAfterExport: () => 'it finished after the file was exported',
  answerBeforeStart: (v: Values) => `answer ${s(v, 'number')} is dated before the attempt started`,
  answerBeforePrevious: (v: Values) =>
    `answer ${s(v, 'number')} is dated before the answer before it`,
  answerAfterFinish: (v: Values) => `answer ${s(v, 'number')} is dated after the attempt finished`,
  answerAfterExport: (v: Values) => `answer ${s(v, 'number')} is dated after the file was exported`,
  answeredCount: (v: Values) =>
    `the file says ${s(v, 'said')} answered, but it holds ${s(v, 'held')} answers`,
  rightCount: (v: Values) =>
    `the file says ${s(v, 'said')} right; re-scored from the quiz it is ${s(v, 'scored')}`,
  rightCountOther: (v: Values) =>
    `the file says ${s(v, 'said')} right; re-scored on the unchanged items it is ${s(v, 'scored')}, and the ${s(v, 'changed')} changed ones cannot make up the difference`,
  shortFull: (v: Values) =>
    `a full attempt of its version lists ${s(v, 'listed')} items; other attempts of that version list ${s(v, 'largest')}`,
  altered: () =>
    'the teacher collected and signed this file, and it has been changed since (or it was signed under another teacher PIN)',
  practice: () => 'a practice round',
  unfinished: (v: Values) => `${s(v, 'answered')} of ${s(v, 'items')} answered`,
  laterAttempt: () => 'not the first attempt',
  duplicate: (v: Values) => `also in ${s(v, 'file')}`,
  conflictAnswers: (v: Values) =>
    `${s(v, 'file')} claims the same attempt with different answers or times: ${AFTER}`,
  conflictName: (v: Values) =>
    `${s(v, 'file')} claims the same attempt under the name "${s(v, 'name')}": ${AFTER}`,
  lookAlike: (v: Values) =>
    `the name looks like "${s(v, 'name')}" (${s(v, 'file')}) but is not spelled the same: ${s(v, 'odd')}`,
  invisibleCharacter: (v: Values) => `an invisible character (${s(v, 'code')})`,
  noBreakSpace: () => 'a no-break space',
  unusualSpace: (v: Values) => `an unusual space (${s(v, 'code')})`,
  mixedScripts: (v: Values) => `letters from ${(v['scripts'] as string[]).join(' and ')} mixed`,
  lookAlikeCharacters: () => 'look-alike characters',
  sameName: (v: Values) =>
    `${s(v, 'files')} also ${v['count'] === 1 ? 'names' : 'name'} ${s(v, 'learner')} with other attempts: if all are theirs, ask them to export their attempts together from My history; if not, remove the one that is not theirs`,
  otherQuiz: (v: Values) =>
    `made for quiz "${s(v, 'quiz')}", not "${s(v, 'expected')}": import it into the report of that quiz`,
  otherLabels: () =>
    'made with a version of this quiz that has other labels, so its answers cannot be scored against this one: open the quiz version it was made with',
  otherVersion: (v: Values) =>
    `made with another version of this quiz that cannot be matched item by item: ask the learner to export it again from Says Who? (version ${s(v, 'version')} or later), or open the quiz version it was made with`
} satisfies Record<string, (v: Values) => string>

export type ReasonCode = keyof typeof ENGLISH
export const REASON_CODES = Object.keys(ENGLISH) as ReasonCode[]

export function reason(code: ReasonCode, values: Values = {}): Reason {
  return { code, values }
}

/** The reason in English, as the command line and the data files say it. */
export function reasonEnglish(r: Reason): string {
  return ENGLISH[r.code](r.values)
}

/** Several reasons in one flag: the first three, then how many more. */
export function reasonsEnglish(reasons: readonly Reason[], more: number): string {
  const shown = reasons.map(reasonEnglish).join('; ')
  return more > 0 ? `${shown} (and ${more} more)` : shown
}

/** A flag with its reasons (the screen words them) and their English as its detail. */
export function flagOf(kind: FlagKind, reasons: Reason[], more = 0): AttemptFlag {
  return { kind, detail: reasonsEnglish(reasons, more), reasons, more }
}

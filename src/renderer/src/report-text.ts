import { RESULT_MESSAGES } from '../../shared/result-format'
import type { AttemptFlag, BrokenFile } from '../../shared/report/class-report'
import type { Reason, ReasonValue } from '../../shared/report/reasons'
import { currentLocale, translate } from './i18n'
import { knownProblem, problemWords } from './issue-text'

/**
 * The class report's flags in the interface's language, worked out each time they are shown so a
 * change of language reaches them. src/shared words them in English for the command line and the
 * data files (reasons.ts); the screen words the same codes with report.reasons.
 */

function valueText(value: ReasonValue): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (!Array.isArray(value)) return reasonText(value)
  return value.map((part) => (typeof part === 'string' ? part : reasonText(part))).join(', ')
}

/** Script names are said in the interface's language; a name the catalog lacks is kept. */
function scriptsText(scripts: ReasonValue | undefined): string {
  const names = (Array.isArray(scripts) ? scripts : []).map((script) =>
    typeof script === 'string' ? translate(`report.reasons.scripts.${script}`) : ''
  )
  return new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(names)
}

export function reasonText(reason: Reason): string {
  const values = Object.create(null) as Record<string, string | number>
  for (const [name, value] of Object.entries(reason.values)) values[name] = valueText(value)
  if (reason.code === 'mixedScripts') values['scripts'] = scriptsText(reason.values['scripts'])
  return translate(`report.reasons.${reason.code}`, values)
}

/** A flag's reasons, the first few and how many more; its English detail when it has none. */
export function flagText(flag: AttemptFlag): string {
  const reasons = (flag as Partial<AttemptFlag>).reasons
  if (!reasons || reasons.length === 0) return flag.detail
  const shown = reasons.map(reasonText).join(translate('report.reasons.separator'))
  return flag.more > 0 ? translate('report.reasons.more', { shown, count: flag.more }) : shown
}

/** A result file's own refusals (not an object, no "format", another format), recognised. */
function resultProblem(message: string): string | null {
  if (message === RESULT_MESSAGES.notObject) return translate('report.reasons.notObject')
  if (message === RESULT_MESSAGES.noFormat) return translate('report.reasons.noFormat')
  const other = /^This file is in format (.*); this version reads "[^"]*"\.$/s.exec(message)
  if (other && message === RESULT_MESSAGES.otherFormat(other[1] ?? ''))
    return translate('report.reasons.otherFormat', { format: other[1] ?? '' })
  return null
}

/** A problem validation found in a result file, in the interface's language when it is known. */
function issueProblem(message: string): string {
  const own = resultProblem(message)
  if (own !== null) return own
  const known = knownProblem(message)
  if (!known) return message
  // JSON.parse's own reason is English from the JavaScript engine: the screen leaves it out.
  if (known.key === 'notJson') return translate('report.reasons.notJson')
  return problemWords(known)
}

/** A file the report could not read; `key` is a message of the renderer's own catalogs. */
export type ShownBroken = BrokenFile & { key?: string }

/** Why a file could not be read, as the report shows it now. */
export function brokenText(file: ShownBroken): string {
  if (file.key) return translate(file.key)
  const texts = file.texts
  if (texts) return texts[currentLocale()] ?? file.message
  if (!file.issue || currentLocale() === 'en') return file.message
  const { path, message, more } = file.issue
  const problem = issueProblem(message)
  const located = path ? translate('report.reasons.at', { path, problem }) : problem
  return more > 0 ? translate('report.reasons.more', { shown: located, count: more }) : located
}

/** The file's name, or a made-up one ("3 more files") in the interface's language. */
export function brokenName(file: BrokenFile): string {
  return file.nameTexts?.[currentLocale()] ?? file.fileName
}

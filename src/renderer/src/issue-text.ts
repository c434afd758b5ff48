import type { ValidationIssue } from '../../shared/quiz-validation'
import { currentLocale, translate } from './i18n'
import {
  englishMessages,
  matchMessage,
  patternFor,
  type KnownMessage,
  type MessagePattern
} from './message-patterns'

/**
 * Where a quiz file's issue is, numbered as the screens number items ("Item 4"), with the exact
 * JSON path kept for the teacher who fixes the file; the renderer's words for
 * shared/issue-path.ts, which main's messages and the command line keep using.
 */
export function issuePathText(path: string): string {
  if (path === '') return translate('problems.at.file')
  const item = /^items\[(\d+)\]/.exec(path)
  return item ? translate('problems.at.item', { number: Number(item[1]) + 1, path }) : path
}

/** Keys of the problems catalog that are parts of a located message, not whole messages. */
const PARTS = new Set(['located', 'where', 'anchor', 'at'])

let patterns: MessagePattern[] | null = null

/**
 * The English messages of the problems catalog, which say word for word what src/shared's validation
 * says (tests/unit/renderer/issue-text.spec.ts keeps them in step): plain ones, then each "where"
 * joined to each quote failure the way item-checks.ts joins them.
 */
function problemPatterns(): MessagePattern[] {
  if (patterns) return patterns
  const problems = englishMessages('problems')
  const where = (problems['where'] ?? {}) as Record<string, string>
  const anchor = (problems['anchor'] ?? {}) as Record<string, string>
  const built: MessagePattern[] = []
  for (const [key, template] of Object.entries(problems))
    if (!PARTS.has(key) && typeof template === 'string') built.push(patternFor(key, template))
  for (const [place, located] of Object.entries(where))
    for (const [reason, failure] of Object.entries(anchor))
      built.push(patternFor(`${place}|${reason}`, `${located}: ${failure}`))
  patterns = built
  return built
}

/** A message validation gave, recognised: which message and its values, or null. */
export type KnownProblem = KnownMessage

/** Its key is one of the problems catalog, or "place|reason" for a quote not found at a place. */
export function knownProblem(message: string): KnownProblem | null {
  return matchMessage(problemPatterns(), message)
}

/** A recognised problem in the interface's language now. */
export function problemWords({ key, values }: KnownProblem): string {
  const [place, reason] = key.split('|')
  if (reason === undefined) return translate(`problems.${key}`, values)
  return translate('problems.located', {
    where: translate(`problems.where.${place}`, values),
    problem: translate(`problems.anchor.${reason}`, values)
  })
}

/**
 * A quiz-file problem in the interface's language. Validation in src/shared speaks English (main's
 * messages and the command line read it too); a message it knows is put back in words from its
 * values, and one it does not know is shown as it came.
 */
export function problemText(message: string): string {
  if (currentLocale() === 'en') return message
  const known = knownProblem(message)
  return known ? problemWords(known) : message
}

/** An issue's message as the screen shows it. */
export function issueText(issue: ValidationIssue): string {
  return problemText(issue.message)
}

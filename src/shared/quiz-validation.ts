import type { z } from 'zod'
import { RESULT_FORMAT } from './attempt-format'
import { QUIZ_FORMAT, QUIZ_FORMAT_2, QUIZ_FORMATS, quizSchema, type Quiz } from './quiz-format'
import type { ValidationIssue } from './contract-schemas'
import { checkItem } from './item-checks'
import { formatPath } from './json-path'
import { unparsedQuizIssue } from './foreign-quiz'
import { QUIZ_JSON_LIMITS } from './quiz-limits'
import { parseUntrustedJson } from './untrusted-json'

export type { ValidationIssue }

export type QuizValidation =
  { ok: true; quiz: Quiz } | { ok: false; issues: ValidationIssue[]; resultFile?: true }

function zodIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))
}

export interface ValidationOptions {
  /**
   * The passages of this very text were placed before (main keeps the hashes of files found
   * valid): only the structure is checked again, not every quote against the article.
   */
  placesChecked?: boolean
}

export function validateQuizText(text: string, options: ValidationOptions = {}): QuizValidation {
  const parsed = parseUntrustedJson(text, QUIZ_JSON_LIMITS)
  if (!parsed.ok) return { ok: false, issues: [unparsedQuizIssue(text, parsed)] }
  return validateQuizValue(parsed.value, options)
}

export function validateQuizValue(value: unknown, options: ValidationOptions = {}): QuizValidation {
  const version = formatCheck(value)
  if (version) {
    const resultFile = (value as { format?: unknown } | null)?.format === RESULT_FORMAT
    return resultFile
      ? { ok: false, issues: [version], resultFile }
      : { ok: false, issues: [version] }
  }
  const result = quizSchema.safeParse(value)
  if (!result.success) return { ok: false, issues: zodIssues(result.error) }
  const issues = options.placesChecked ? [] : quizReferenceIssues(result.data)
  return issues.length > 0 ? { ok: false, issues } : { ok: true, quiz: result.data }
}

function formatCheck(value: unknown): ValidationIssue | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { path: '', message: 'A quiz file must hold a JSON object.' }
  }
  const format = (value as { format?: unknown }).format
  if (format === undefined) {
    return {
      path: 'format',
      message: `Missing "format": a quiz file starts with "format": "${QUIZ_FORMAT}".`
    }
  }
  if (format === RESULT_FORMAT) {
    return {
      path: 'format',
      message:
        "This is a result file, not a quiz: it holds a learner's answers. Hand it to your teacher, who opens it in Teacher: class report."
    }
  }
  if (!(QUIZ_FORMATS as readonly unknown[]).includes(format)) {
    const version = typeof format === 'string' ? /^says-who\/quiz@(\d+)$/.exec(format) : null
    return {
      path: 'format',
      message:
        version && Number(version[1]) > QUIZ_FORMATS.length
          ? `This file is in format "${String(format)}", made by a newer version of Says Who?. Install the newer version to open it; this one reads "${QUIZ_FORMAT}" and "${QUIZ_FORMAT_2}".`
          : `This file is in format ${JSON.stringify(format)}, which this version of Says Who? cannot read; it reads "${QUIZ_FORMAT}" and "${QUIZ_FORMAT_2}".`
    }
  }
  return null
}

/** What the schema cannot say: unique ids, answers naming a label, quotes found in the article. */
export function quizReferenceIssues(quiz: Quiz): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const labelIds = new Set<string>()
  quiz.labels.forEach((label, i) => {
    if (labelIds.has(label.id))
      issues.push({ path: `labels[${i}].id`, message: `The label id "${label.id}" is used twice.` })
    labelIds.add(label.id)
  })
  const itemIds = new Set<string>()
  quiz.items.forEach((item, i) => {
    const at = `items[${i}]`
    if (itemIds.has(item.id))
      issues.push({ path: `${at}.id`, message: `The item id "${item.id}" is used twice.` })
    itemIds.add(item.id)
    if (item.type !== 'classify' && quiz.format === QUIZ_FORMAT) {
      issues.push({
        path: `${at}.type`,
        message: `Item "${item.id}" is a "${item.type}" item, which needs "format": "${QUIZ_FORMAT_2}" at the top of the file.`
      })
    }
    issues.push(...checkItem(quiz.article.text, item, at, labelIds))
  })
  return issues
}

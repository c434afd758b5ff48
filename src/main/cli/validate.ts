// npm run validate -- FILE... : checks quiz files the way the app does, for teachers who
// write them in a text editor. With no FILE, checks the quizzes shipped in quizzes/.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describeIssuePath } from '../../shared/issue-path'
import { validateQuizText } from '../../shared/quiz-validation'
import { quizWarnings } from '../../shared/quiz-warnings'
import { readTextFile } from '../services/durable-file'
import { MAX_QUIZ_FILE_SIZE } from '../../shared/quiz-limits'
import { QUIZ_FILE_SUFFIX } from '../services/quiz-library'
import { forTerminal } from './terminal-text'

export interface FileReport {
  file: string
  ok: boolean
  lines: string[]
}

export async function validateFile(file: string): Promise<FileReport> {
  let text: string
  try {
    text = await readTextFile(file, MAX_QUIZ_FILE_SIZE)
  } catch (error) {
    return { file, ok: false, lines: [`${file}: ${(error as Error).message}`] }
  }
  const result = validateQuizText(text)
  if (result.ok) {
    const { quiz } = result
    const warnings = quizWarnings(quiz)
    return {
      file,
      ok: true,
      lines: [
        `${file}: valid, ${quiz.items.length} items ("${quiz.title}")${warnings.length > 0 ? `, ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}` : ''}`,
        ...warnings.map((w) => `  warning ${describeIssuePath(w.path)}: ${w.message}`)
      ]
    }
  }
  return {
    file,
    ok: false,
    lines: [
      `${file}: invalid (${result.issues.length} ${result.issues.length === 1 ? 'problem' : 'problems'})`,
      ...result.issues.map((issue) => `  ${describeIssuePath(issue.path)}: ${issue.message}`)
    ]
  }
}

async function main(args: string[]): Promise<number> {
  const files =
    args.length > 0
      ? args
      : (await readdir('quizzes'))
          .filter((name) => name.endsWith(QUIZ_FILE_SUFFIX))
          .map((name) => join('quizzes', name))
  let invalid = 0
  for (const file of files) {
    const report = await validateFile(file)
    if (!report.ok) invalid++
    ;(report.ok ? console.log : console.error)(forTerminal(report.lines.join('\n')))
  }
  if (invalid > 0) console.error(`${invalid} of ${files.length} files invalid.`)
  return invalid > 0 ? 1 : 0
}

process.exitCode = await main(process.argv.slice(2))

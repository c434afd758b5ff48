// npm run draft -- ARTICLE.txt [--out FILE] [--dateline YYYY-MM-DD] [--language TAG] [--force]
// Drafts a quiz file from a plain-text article whose first line is the headline, for teachers
// who then check it in a text editor or in the app.
import { forTerminal } from './terminal-text'
import { access } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { draftQuizWithNotes } from '../../shared/drafting/draft-quiz-file'
import { draftingRefusal } from '../../shared/drafting/drafting-language'
import { languageName, scriptName } from '../../shared/text-direction'
import { validateQuizValue } from '../../shared/quiz-validation'
import { quizWarnings } from '../../shared/quiz-warnings'
import { readTextFile, writeFileDurably } from '../services/durable-file'
import { MAX_QUIZ_FILE_SIZE } from '../../shared/quiz-limits'

const USAGE =
  'Usage: npm run draft -- ARTICLE.txt [--out FILE.quiz.json] [--dateline YYYY-MM-DD] [--language TAG] [--force]'

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false
  )
}

export async function runDraft(args: string[]): Promise<{ code: number; message: string }> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        dateline: { type: 'string' },
        language: { type: 'string', default: 'en' },
        force: { type: 'boolean', default: false }
      }
    })
  } catch (error) {
    return { code: 2, message: `${(error as Error).message}\n${USAGE}` }
  }
  const [article, ...extra] = parsed.positionals
  if (!article || extra.length > 0) return { code: 2, message: USAGE }
  const { dateline } = parsed.values
  if (dateline !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(dateline)) {
    return { code: 2, message: `--dateline "${dateline}" is not a date in the form YYYY-MM-DD.` }
  }
  const { language } = parsed.values
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) {
    return {
      code: 2,
      message: `--language "${language}" is not a language tag such as "en" or "ar".`
    }
  }
  const out =
    parsed.values.out ??
    join(dirname(article), `${basename(article).replace(/\.[^.]*$/, '')}.quiz.json`)
  let text: string
  try {
    text = await readTextFile(article, MAX_QUIZ_FILE_SIZE / 2)
  } catch (error) {
    return { code: 1, message: `${article}: ${(error as Error).message}` }
  }
  // Drafting knows English only: on another language it would write wrong items, not fewer.
  const refusal = draftingRefusal(language, text)
  if (refusal) {
    const what =
      refusal.kind === 'language'
        ? `this article is in ${languageName(refusal.language, 'en')} (--language ${language})`
        : `this article is written in ${scriptName(refusal.script, 'en')} script`
    return {
      code: 1,
      message: `${article}: drafting suggestions work only for English articles; ${what}. Nothing was written: make the quiz in the app's quiz editor, which takes articles in any language.`
    }
  }
  const { quiz: draft, omitted } = draftQuizWithNotes(text, {
    dateline,
    source: basename(article),
    language
  })
  if (draft.article.text === '') {
    return { code: 1, message: `${article}: no article text after the headline (the first line).` }
  }
  const checked = validateQuizValue(draft)
  if (!checked.ok) {
    const details = checked.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')
    return { code: 1, message: `${article}: the draft is not a valid quiz:\n${details}` }
  }
  if (!parsed.values.force && (await exists(out))) {
    return { code: 1, message: `${out} already exists; choose another --out or add --force.` }
  }
  try {
    await writeFileDurably(out, `${JSON.stringify(draft, null, 2)}\n`)
  } catch (error) {
    return { code: 1, message: `${out}: ${(error as Error).message}` }
  }
  const count = (label: string): number =>
    checked.quiz.items.filter((i) => i.type === 'classify' && i.answer === label).length
  const warnings = quizWarnings(checked.quiz)
  return {
    code: 0,
    message: [
      `Wrote ${out}: ${checked.quiz.items.length} items (${count('allegation')} allegations, ${count('fact')} facts, ${count('date')} dates).`,
      ...(omitted > 0
        ? [
            `  ${omitted} more suggestions were left out: a quiz holds at most ${checked.quiz.items.length} items, so the most confident were kept.`
          ]
        : []),
      ...warnings.map((w) => `  warning ${w.path}: ${w.message}`),
      'This is a draft: read every item, its label and its explanation before handing it out.'
    ].join('\n')
  }
}

const result = await runDraft(process.argv.slice(2))
;(result.code === 0 ? console.log : console.error)(forTerminal(result.message))
process.exitCode = result.code

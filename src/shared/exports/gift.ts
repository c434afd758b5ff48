import type { Quiz } from '../quiz-format'
import {
  ENGLISH_EXPORT_TEXTS,
  categoryName,
  choiceQuestions,
  escapeHtml,
  type ChoiceQuestion,
  type ExportTexts
} from './export-items'
import type { TextExport } from './moodle-xml'
import { explanationHtml, questionHtml, questionName } from './question-html'

/**
 * Text as GIFT reads it: a backslash before each of ~ = # { } : and before the backslash itself
 * (Moodle's GIFT format documentation), and newlines written as \n, since a blank line ends a
 * question.
 */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (character) => `\\${character}`).replace(/\n/g, '\\n')
}

function questionGift(question: ChoiceQuestion): string {
  const answers = question.choices.map(
    (choice) =>
      `\t${choice.id === question.answer ? '=' : '~'}${escapeGift(escapeHtml(choice.text))}`
  )
  const explanation = explanationHtml(question)
  return [
    `::${escapeGift(questionName(question))}::[html]${escapeGift(questionHtml(question))}{`,
    ...answers,
    ...(explanation ? [`\t####${escapeGift(explanation)}`] : []),
    '}'
  ].join('\n')
}

/**
 * The quiz's "Which label?" items in Moodle's GIFT format, one multiple-choice question each,
 * the right label marked "=" (its text HTML, as the question's is), the explanation as general feedback ("####"). GIFT is for the
 * classify items only; every other type is counted in `leftOut`.
 */
export function buildGift(quiz: Quiz, texts: ExportTexts = ENGLISH_EXPORT_TEXTS): TextExport {
  const { questions, leftOut } = choiceQuestions(quiz, texts, (type) => type === 'classify')
  const category = categoryName(quiz, texts)
  const text = [
    `// ${category.replace(/\n/g, ' ')}`,
    // Moodle reads the category line up to its end, unescaped: GIFT's markup characters are left out.
    `$CATEGORY: $course$/top/${category.replace(/[\\~=#{}]/g, '')}`,
    '',
    ...questions.map((question) => `${questionGift(question)}\n`)
  ].join('\n')
  return { text, exported: questions.length, leftOut }
}

import type { Quiz } from '../quiz-format'
import {
  ENGLISH_EXPORT_TEXTS,
  categoryName,
  choiceQuestions,
  escapeHtml,
  escapeXml,
  type ChoiceQuestion,
  type ExportTexts,
  type LeftOut
} from './export-items'
import { explanationHtml, questionHtml, questionName } from './question-html'

export interface TextExport {
  text: string
  exported: number
  leftOut: LeftOut[]
}

/** An element holding one <text>, as Moodle's importer reads names, question texts and feedback. */
function textElement(name: string, text: string, format?: 'html'): string {
  const attribute = format ? ` format="${format}"` : ''
  return `<${name}${attribute}><text>${escapeXml(text)}</text></${name}>`
}

function questionXml(question: ChoiceQuestion): string {
  const answers = question.choices.map(
    (choice) =>
      `    <answer fraction="${choice.id === question.answer ? 100 : 0}" format="html">` +
      `<text>${escapeXml(escapeHtml(choice.text))}</text>` +
      `${textElement('feedback', '', 'html')}</answer>`
  )
  return [
    '  <question type="multichoice">',
    `    ${textElement('name', questionName(question))}`,
    `    ${textElement('questiontext', questionHtml(question), 'html')}`,
    `    ${textElement('generalfeedback', explanationHtml(question), 'html')}`,
    '    <defaultgrade>1</defaultgrade>',
    '    <penalty>0</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${escapeXml(question.itemId)}</idnumber>`,
    '    <single>true</single>',
    '    <shuffleanswers>false</shuffleanswers>',
    '    <answernumbering>abc</answernumbering>',
    '    <showstandardinstruction>0</showstandardinstruction>',
    `    ${textElement('correctfeedback', '', 'html')}`,
    `    ${textElement('partiallycorrectfeedback', '', 'html')}`,
    `    ${textElement('incorrectfeedback', '', 'html')}`,
    ...answers,
    '  </question>'
  ].join('\n')
}

/**
 * The quiz as Moodle XML (qformat_xml): a category named after the quiz, then every choice item
 * as a single-answer "multichoice" question, the right choice at 100%, the others at 0, the
 * explanation as general feedback. Find-the-clue and put-in-order items have no such form.
 */
export function buildMoodleXml(quiz: Quiz, texts: ExportTexts = ENGLISH_EXPORT_TEXTS): TextExport {
  const { questions, leftOut } = choiceQuestions(quiz, texts)
  const text = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<quiz>',
    '  <question type="category">',
    `    <category><text>${escapeXml(`$course$/top/${categoryName(quiz, texts)}`)}</text></category>`,
    '  </question>',
    ...questions.map(questionXml),
    '</quiz>',
    ''
  ].join('\n')
  return { text, exported: questions.length, leftOut }
}

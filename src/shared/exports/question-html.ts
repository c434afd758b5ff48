import { escapeHtml, escapeXml, type ChoiceQuestion } from './export-items'

/** Paragraph breaks inside a passage stay visible in HTML. */
function lines(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>')
}

/**
 * The question as HTML: the prompt, then the sentence quoted with the passage marked. `mark`
 * is the element that marks it (Moodle shows <mark>; QTI 3's content model has <strong>).
 */
export function questionHtml(question: ChoiceQuestion, mark: 'mark' | 'strong' = 'mark'): string {
  return (
    `<p>${lines(question.prompt)}</p>` +
    `<blockquote lang="${escapeXml(question.language)}" dir="${question.direction}">` +
    `<p>${lines(question.before)}<${mark}>${lines(question.passage)}</${mark}>` +
    `${lines(question.after)}</p></blockquote>`
  )
}

export function explanationHtml(question: ChoiceQuestion): string {
  return question.explanation === null ? '' : `<p>${lines(question.explanation)}</p>`
}

/** "3. The Taliban says…": the position and the start of the passage, whole characters only. */
export function questionName(question: ChoiceQuestion, max = 80): string {
  const passage = Array.from(question.passage.replace(/\s+/g, ' ').trim())
  const start = passage.length > max ? `${passage.slice(0, max - 1).join('')}…` : passage.join('')
  return `${question.position}. ${start}`
}

/**
 * Quiz files of other tools that teachers may try to open. Their questions are multiple choice
 * with no article behind them, and an item of this app points at a passage of its article, so
 * no faithful conversion exists: such a file is named for what it is instead of "not JSON".
 */
export function foreignQuizFormat(text: string): 'Moodle XML' | 'QTI' | 'GIFT' | null {
  // A QTI package is a zip; its file names are stored as plain text in its headers.
  if (text.startsWith('PK\u0003\u0004') && text.includes('imsmanifest.xml')) return 'QTI'
  const start = text
    .replace(/^\uFEFF/, '')
    .slice(0, 4000)
    .trimStart()
  if (start.startsWith('<')) {
    if (/<(qti-assessment-|assessmentItem|questestinterop|manifest)\b/.test(start)) return 'QTI'
    if (/<quiz\b[^>]*>\s*(<!--[\s\S]*?-->\s*)*<question\b/.test(start)) return 'Moodle XML'
    return null
  }
  // GIFT: "::title::" questions, or an answer block "{ =right ~wrong }" on its own.
  if (/(^|\n)\s*::[^:\n]+::/.test(start) || /\{\s*(=|~)[^}]*~[^}]*\}/.test(start)) return 'GIFT'
  return null
}

export function foreignQuizMessage(format: string): string {
  return `This is a ${format} file of multiple-choice questions. Says Who? cannot turn it into a quiz: each of its items points at a passage of an article, which these questions do not have. Open the article in the quiz editor and mark the passages there.`
}

/** A zip, an image, a word-processor file: bytes that are not text at all. */
export function looksBinary(text: string): boolean {
  return /[\u0000-\u0008\u000e-\u001a]/.test(text.slice(0, 4000))
}

export const BINARY_FILE_MESSAGE =
  "This file is not text: it may be a zip, a document or another program's file. A quiz file is a text file ending in .quiz.json."

/**
 * What to say of a file that is not JSON: another tool's quiz by name, bytes that are not text,
 * or the parser's own words with where it stopped.
 */
export function unparsedQuizIssue(
  text: string,
  parsed: { path: string; message: string }
): { path: string; message: string } {
  const foreign = foreignQuizFormat(text)
  if (foreign) return { path: '', message: foreignQuizMessage(foreign) }
  if (looksBinary(text)) return { path: '', message: BINARY_FILE_MESSAGE }
  return { path: parsed.path, message: parsed.message }
}

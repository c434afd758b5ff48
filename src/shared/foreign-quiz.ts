/**
 * Quiz files of other tools that teachers may try to open. Their questions are multiple choice
 * with no article behind them, and an item of this app points at a passage of its article, so
 * no faithful conversion exists: such a file is named for what it is instead of "not JSON".
 */
export function foreignQuizFormat(text: string): 'Moodle XML' | 'QTI' | 'GIFT' | null {
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

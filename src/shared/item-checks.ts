import {
  anchorNear,
  anchorQuote,
  describeAnchorFailure,
  type TextQuote,
  type TextRange
} from './anchoring'
import { cueWordIndexes } from './clue-words'
import type { QuizItem } from './quiz-format'
import type { ValidationIssue } from './quiz-validation'

/** One item's references: its answer among its choices, and every quote found in the article. */
export function checkItem(
  text: string,
  item: QuizItem,
  at: string,
  labelIds: ReadonlySet<string>
): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const name = `Item "${item.id}"`
  const place = (quote: TextQuote, path: string, what: string): TextRange | null => {
    const found = anchorQuote(text, quote)
    if (found.ok) return { start: found.start, end: found.end }
    issues.push({ path, message: `${name}${what}: ${describeAnchorFailure(found, quote.exact)}` })
    return null
  }
  const near = (quote: TextQuote, range: TextRange, path: string, what: string): void => {
    const found = anchorNear(text, quote, range)
    if (!found.ok)
      issues.push({
        path,
        message: `${name}, ${what}: ${describeAnchorFailure(found, quote.exact)}`
      })
  }
  const uniqueIds = (ids: readonly string[], path: string, what: string): void => {
    const seen = new Set<string>()
    ids.forEach((id, i) => {
      if (seen.has(id))
        issues.push({
          path: `${at}.${path}[${i}].id`,
          message: `${name}: the ${what} id "${id}" is used twice.`
        })
      seen.add(id)
    })
  }
  const answerAmong = (answer: string, ids: readonly string[]): void => {
    if (!ids.includes(answer))
      issues.push({
        path: `${at}.answer`,
        message: `${name}: the answer "${answer}" is not one of its choices (${ids.join(', ')}).`
      })
  }

  if (item.type === 'timeline') {
    uniqueIds(
      item.events.map((event) => event.id),
      'events',
      'event'
    )
    const ranges = item.events.map((event, e) =>
      place(event.target, `${at}.events[${e}].target`, `, event ${e + 1}`)
    )
    const starts = new Set(ranges.flatMap((range) => (range ? [range.start] : [])))
    if (starts.size < ranges.filter(Boolean).length)
      issues.push({ path: `${at}.events`, message: `${name}: two events quote the same passage.` })
    return issues
  }

  if (item.type === 'classify' && !labelIds.has(item.answer)) {
    issues.push({
      path: `${at}.answer`,
      message: `${name}: the answer "${item.answer}" is not one of the labels (${[...labelIds].join(', ')}).`
    })
  }
  if (item.type === 'who-says' || item.type === 'when') {
    const ids = item.choices.map((choice) => choice.id)
    uniqueIds(ids, 'choices', 'choice')
    answerAmong(item.answer, ids)
  }
  const target = place(item.target, `${at}.target`, '')
  if (!target) return issues

  if (item.type === 'classify' || item.type === 'who-says') {
    item.cues?.forEach((cue, c) => near(cue, target, `${at}.cues[${c}]`, 'cue'))
  }
  if (item.type === 'classify' && item.speaker?.quote)
    near(item.speaker.quote, target, `${at}.speaker.quote`, 'speaker')
  if (item.type === 'frame') {
    near(item.verb, target, `${at}.verb`, 'verb')
    if (item.speaker?.quote) near(item.speaker.quote, target, `${at}.speaker.quote`, 'speaker')
  }
  if (item.type === 'who-says') {
    item.choices.forEach((choice, c) => {
      if (choice.quote)
        near(choice.quote, target, `${at}.choices[${c}].quote`, `choice "${choice.name}"`)
    })
  }
  if (item.type === 'find-clue') {
    cueWordIndexes(item).forEach((words, c) => {
      if (words === null)
        issues.push({
          path: `${at}.cues[${c}]`,
          message: `${name}: the clue "${item.cues[c]?.exact ?? ''}" is not inside the sentence the student marks.`
        })
    })
  }
  return issues
}

import { anchorQuote, type TextRange } from './anchoring'
import { UNNAMED_SOURCE } from './item-kinds'
import type { Quiz, QuizItem, WhoSaysItem } from './quiz-format'
import type { ValidationIssue } from './quiz-validation'

/** Two targets are the same passage when their overlap covers half of the longer one. */
function samePassage(a: TextRange, b: TextRange): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  const longer = Math.max(a.end - a.start, b.end - b.start)
  return overlap > 0 && overlap * 2 >= longer
}

/**
 * What makes a valid quiz weak to teach from. These never stop a file loading; the validate
 * command and the editor show them so the teacher can decide.
 */
export function quizWarnings(quiz: Quiz): ValidationIssue[] {
  const warnings: ValidationIssue[] = []
  const placed: { index: number; range: TextRange }[] = []
  quiz.items.forEach((item, i) => {
    const at = `items[${i}]`
    if (!item.explanation) {
      warnings.push({
        path: `${at}.explanation`,
        message: `Item "${item.id}" has no explanation: students see only the right label, not why.`
      })
    }
    if (item.type === 'classify' && item.answer === 'allegation' && !item.speaker) {
      warnings.push({
        path: `${at}.speaker`,
        message: `Item "${item.id}" is an allegation without a speaker: say who makes the claim.`
      })
    }
    if (item.type === 'who-says')
      warnings.push(...sourceChoiceWarnings(quiz.article.text, item, at))
    if (item.type === 'timeline') return
    const range = anchorQuote(quiz.article.text, item.target)
    if (!range.ok) return
    // Two kinds of question on one claim (its label, then its source) are a design; two of one kind are a slip.
    const twin = placed.find(
      (p) => kindOf(quiz.items[p.index]) === kindOf(item) && samePassage(p.range, range)
    )
    if (twin) {
      const other = quiz.items[twin.index]
      warnings.push({
        path: `${at}.target`,
        message: `Item "${item.id}" is on the same passage as item "${other?.id ?? twin.index}".`
      })
    }
    placed.push({ index: i, range })
  })
  const used = new Set(
    quiz.items.flatMap((item) => (item.type === 'classify' ? [item.answer] : []))
  )
  quiz.labels.forEach((label, i) => {
    if (!used.has(label.id)) {
      warnings.push({
        path: `labels[${i}]`,
        message: `No item has the label "${label.name}" (${label.id}) as its answer.`
      })
    }
  })
  return warnings
}

/** What an item asks: one sentence can have a clue to who says it and another to when. */
function kindOf(item: QuizItem | undefined): string {
  return item?.type === 'find-clue' ? `find-clue:${item.clue}` : (item?.type ?? '')
}

/** A "Who says it?" choice should be someone the article names, or the unnamed source. */
function sourceChoiceWarnings(text: string, item: WhoSaysItem, at: string): ValidationIssue[] {
  const lower = text.toLowerCase()
  return item.choices.flatMap((choice, c) => {
    if (choice.quote || choice.id === UNNAMED_SOURCE.id || /^not named/i.test(choice.name))
      return []
    // The name before any comma ("Sohail Shaheen, the Taliban's spokesman") is what the article says.
    const name = choice.name.split(',')[0]?.trim().toLowerCase() ?? ''
    if (name !== '' && lower.includes(name)) return []
    return [
      {
        path: `${at}.choices[${c}]`,
        message: `Item "${item.id}": the choice "${choice.name}" is not named in the article; a source students cannot find there is too easy to rule out.`
      }
    ]
  })
}

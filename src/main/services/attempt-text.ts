import type { Answer, Attempt } from '../../shared/attempt-format'

/**
 * The text of an attempt file (JSON.stringify(attempt, null, 2), byte for byte), built from pieces
 * kept between answers: an answer adds its own piece and reuses the others, so the cost of
 * serialising does not grow with the answers already given (writing the bytes still does).
 */
export class AttemptText {
  private constructor(
    private readonly attempt: Attempt,
    /** The file's text before and after the answers array. */
    private readonly frame: readonly [string, string],
    /** The answers' text so far, joined: appending to it does not copy what it holds. */
    private readonly answers: string
  ) {}

  /** `previous` is the text of an earlier version of this attempt; whatever still fits is reused. */
  static of(attempt: Attempt, previous?: AttemptText): AttemptText {
    const frame =
      previous && sameFrame(previous.attempt, attempt) ? previous.frame : frameOf(attempt)
    const reused = previous ? sharedPrefix(previous.attempt.answers, attempt.answers) : 0
    let answers = reused > 0 && previous ? previous.answers : ''
    for (const answer of attempt.answers.slice(reused))
      answers = answers === '' ? answerText(answer) : `${answers},\n${answerText(answer)}`
    return new AttemptText(attempt, frame, answers)
  }

  get text(): string {
    const answers = this.answers === '' ? '[]' : `[\n${this.answers}\n  ]`
    return `${this.frame[0]}${answers}${this.frame[1]}`
  }
}

const ANSWERS_KEY = '\n  "answers": '

function frameOf(attempt: Attempt): [string, string] {
  // A string value cannot hold this: inside one, the quotes would be escaped.
  const text = JSON.stringify({ ...attempt, answers: [] }, null, 2)
  const at = text.indexOf(`${ANSWERS_KEY}[]`) + ANSWERS_KEY.length
  return [text.slice(0, at), text.slice(at + 2)]
}

function answerText(answer: Answer): string {
  return `    ${JSON.stringify(answer, null, 2).replace(/\n/g, '\n    ')}`
}

/** Everything but the answers unchanged (attempts are replaced, never changed in place). */
function sameFrame(before: Attempt, after: Attempt): boolean {
  const keys = Object.keys(after) as (keyof Attempt)[]
  const earlier = Object.keys(before)
  if (keys.length !== earlier.length) return false
  return keys.every(
    (key, i) => earlier[i] === key && (key === 'answers' || before[key] === after[key])
  )
}

function sharedPrefix(before: readonly Answer[], after: readonly Answer[]): number {
  // Answers are only ever added at the end: the same last answer object means the same list so far.
  const shared = before.length
  return shared > 0 && shared <= after.length && before[shared - 1] === after[shared - 1]
    ? shared
    : 0
}

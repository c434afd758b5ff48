import type { Attempt, QuizResponse } from './attempt-format'
import { isClueFound } from './clue-words'
import { responseKey } from './response-text'
import { SKILLS, SKILL_NAMES, skillOf, type Skill } from './item-kinds'
import type { Quiz, QuizItem } from './quiz-format'

export function isCorrect(item: QuizItem, response: QuizResponse): boolean {
  switch (item.type) {
    case 'classify':
      return response.type === 'classify' && response.label === item.answer
    case 'who-says':
      return response.type === 'who-says' && response.choice === item.answer
    case 'find-clue':
      return response.type === 'find-clue' && isClueFound(item, response.words)
    case 'frame':
      return response.type === 'frame' && response.stance === item.answer
    case 'when':
      return response.type === 'when' && response.choice === item.answer
    case 'timeline':
      return (
        response.type === 'timeline' &&
        response.order.length === item.events.length &&
        item.events.every((event, i) => response.order[i] === event.id)
      )
  }
}

export interface SkillScore {
  skill: Skill
  name: string
  correct: number
  answered: number
  total: number
}

export interface LabelScore {
  labelId: string
  name: string
  correct: number
  /** Items of this label that were answered: an unfinished attempt's rows read "1 of 1 answered". */
  answered: number
  total: number
}

export interface AttemptScore {
  correct: number
  /** Answers given to the scored items. */
  answered: number
  /** The scored items: those of the attempt that the quiz has (and, if given, that are in `only`). */
  total: number
  /** Whole percent of the scored items, unanswered ones counting as wrong. */
  percent: number
  /** "Which label?" items only, by their right label. */
  byLabel: LabelScore[]
  /** Every item, by what it teaches (item-kinds.ts); skills with no item are left out. */
  bySkill: SkillScore[]
  /** Answered wrongly, in the order asked. */
  missedItemIds: string[]
  /** What was chosen for each scored item that was answered (first answer only), as responseKey. */
  chosen: Map<string, string>
  /** The scored items answered right. */
  right: Set<string>
}

/** An attempt as stored or as handed in: the correctness stored with an answer is never read. */
export interface ScorableAttempt {
  itemIds: readonly string[]
  answers: readonly { itemId: string; response: QuizResponse }[]
}

/**
 * The one scorer: an attempt against the quiz's key. Main, the summary, History, the result file
 * and the class report all count with it, so they cannot disagree on a score or a total. `only`
 * limits scoring to some items (those whose key is unchanged in a corrected quiz).
 */
export function scoreAttempt(
  quiz: Quiz,
  attempt: ScorableAttempt | Pick<Attempt, 'itemIds' | 'answers'>,
  only?: ReadonlySet<string>
): AttemptScore {
  return scorerFor(quiz)(attempt, only)
}

export type Scorer = (attempt: ScorableAttempt, only?: ReadonlySet<string>) => AttemptScore

/** `scoreAttempt` for one quiz, its items looked up once: the class report scores thousands. */
export function scorerFor(quiz: Quiz): Scorer {
  const items = new Map(quiz.items.map((item) => [item.id, item]))
  return (attempt, only) => score(quiz, items, attempt, only)
}

function score(
  quiz: Quiz,
  items: ReadonlyMap<string, QuizItem>,
  attempt: ScorableAttempt,
  only?: ReadonlySet<string>
): AttemptScore {
  const responses = new Map<string, QuizResponse>()
  for (const answer of attempt.answers) {
    if (!responses.has(answer.itemId)) responses.set(answer.itemId, answer.response)
  }
  const byLabel = new Map<string, LabelScore>(
    quiz.labels.map((label) => [
      label.id,
      { labelId: label.id, name: label.name, correct: 0, answered: 0, total: 0 }
    ])
  )
  const bySkill = new Map<Skill, SkillScore>(
    SKILLS.map((skill) => [
      skill,
      { skill, name: SKILL_NAMES[skill], correct: 0, answered: 0, total: 0 }
    ])
  )
  let correct = 0
  let total = 0
  let answered = 0
  const missedItemIds: string[] = []
  const chosen = new Map<string, string>()
  const right = new Set<string>()
  const asked = new Set<string>()
  for (const itemId of attempt.itemIds) {
    const item = items.get(itemId)
    if (!item || asked.has(itemId) || (only && !only.has(itemId))) continue
    asked.add(itemId)
    total++
    const labelScore = item.type === 'classify' ? byLabel.get(item.answer) : undefined
    const skillScore = bySkill.get(skillOf(item)) as SkillScore
    if (labelScore) labelScore.total++
    skillScore.total++
    const response = responses.get(itemId)
    if (!response) continue
    answered++
    if (labelScore) labelScore.answered++
    skillScore.answered++
    chosen.set(itemId, responseKey(response))
    if (isCorrect(item, response)) {
      right.add(itemId)
      correct++
      if (labelScore) labelScore.correct++
      skillScore.correct++
    } else {
      missedItemIds.push(itemId)
    }
  }
  return {
    correct,
    answered,
    total,
    percent: total === 0 ? 0 : Math.round((100 * correct) / total),
    byLabel: [...byLabel.values()].filter((score) => score.total > 0),
    bySkill: [...bySkill.values()].filter((score) => score.total > 0),
    missedItemIds,
    chosen,
    right
  }
}

/** The confusion the app exists to fix: an allegation taken for a fact. */
export function isAllegationTakenForFact(expected: string, chosen: string): boolean {
  return expected === 'allegation' && chosen === 'fact'
}

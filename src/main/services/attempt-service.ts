import { ATTEMPT_FORMAT, type Answer, type Attempt } from '../../shared/attempt-format'
import { attemptStatus, nextItemId } from '../../shared/attempt-progress'
import { attemptKeys } from '../../shared/answer-key'
import type { AnswerOutcome, ChannelInput } from '../../shared/contract'
import type { Quiz, QuizItem } from '../../shared/quiz-format'
import { isCorrect } from '../../shared/scoring'
import type { AttemptStore } from './attempt-store'
import type { ProfileStore } from './profile-store'
import type { QuizLibrary } from './quiz-library'
import { SerialQueue } from './serial-queue'
import { unfitResponse } from '../../shared/response-checks'
import { mainText } from './main-text'
import { UserFacingError } from './user-facing-error'

/** A subset to practise (all items when absent); whether to abandon the unfinished full attempt. */
export type StartOptions = Omit<ChannelInput<'startAttempt'>, 'profileId' | 'quizKey'>

export type AnswerRequest = ChannelInput<'answerItem'>

/** The rules of taking a quiz; main is the authority on what is right, never the renderer. */
export class AttemptService {
  /** Every change is a read-modify-write of an attempt file; two at once could lose an answer. */
  private readonly queue = new SerialQueue()

  constructor(
    private readonly profiles: ProfileStore,
    private readonly library: QuizLibrary,
    private readonly store: AttemptStore,
    private readonly newId: () => string,
    private readonly now: () => Date = () => new Date()
  ) {}

  start(profileId: string, quizKey: string, options: StartOptions = {}): Promise<Attempt> {
    return this.queue.run(() => this.startNow(profileId, quizKey, options))
  }

  /** Saves one answer; the promise settles only once it is safely on disk. Returns what changed. */
  answer(request: AnswerRequest): Promise<AnswerOutcome> {
    return this.queue.run(() => this.answerNow(request))
  }

  finish(profileId: string, attemptId: string): Promise<Attempt> {
    return this.queue.run(() => this.finishNow(profileId, attemptId))
  }

  abandon(profileId: string, attemptId: string): Promise<Attempt> {
    return this.queue.run(() => this.abandonNow(profileId, attemptId))
  }

  private async startNow(
    profileId: string,
    quizKey: string,
    { itemIds, replaceUnfinished }: StartOptions
  ): Promise<Attempt> {
    await this.profiles.get(profileId)
    const { quiz, hash } = await this.library.load(quizKey)
    const known = new Set(quiz.items.map((item) => item.id))
    const chosen = itemIds ?? quiz.items.map((item) => item.id)
    const unknown = chosen.find((id) => !known.has(id))
    if (unknown !== undefined)
      throw new UserFacingError(mainText('attempts.noItem', { item: unknown }))
    if (new Set(chosen).size !== chosen.length)
      throw new UserFacingError(mainText('attempts.twice'))
    // Practice rounds stand apart: starting one never touches a full attempt, in progress or not.
    if (!itemIds) await this.replaceUnfinishedFull(profileId, quizKey, replaceUnfinished === true)
    const attempt: Attempt = {
      format: ATTEMPT_FORMAT,
      id: this.newId(),
      profileId,
      quizKey,
      quizId: quiz.id,
      quizHash: hash,
      quizTitle: quiz.title,
      mode: itemIds ? 'practice' : 'full',
      itemIds: chosen,
      answers: [],
      startedAt: this.now().toISOString(),
      // The key as it was, so a later corrected quiz can still score this attempt item by item.
      ...attemptKeys(quiz, chosen)
    }
    await this.store.save(attempt)
    return attempt
  }

  private async answerNow({
    profileId,
    attemptId,
    itemId,
    response
  }: AnswerRequest): Promise<AnswerOutcome> {
    // Held in memory since it was last read or written, unless the file changed on disk since.
    const attempt = await this.store.get(profileId, attemptId)
    const earlier = attempt.answers.find((answer) => answer.itemId === itemId)
    if (earlier) {
      // A repeated click or a retried message: the first answer stands.
      if (JSON.stringify(earlier.response) === JSON.stringify(response))
        return outcome(earlier, attempt.finishedAt)
      throw new UserFacingError(mainText('attempts.answered'))
    }
    this.assertInProgress(attempt)
    if (nextItemId(attempt) !== itemId) throw new UserFacingError(mainText('attempts.order'))
    // The library re-validates a quiz file only when it changed on disk since it was last read.
    const { quiz, hash } = await this.library.load(attempt.quizKey)
    if (hash !== attempt.quizHash) {
      throw new UserFacingError(mainText('attempts.quizChanged'))
    }
    const { items } = lookup(quiz)
    const item = items.get(itemId)
    if (!item) throw new UserFacingError(mainText('attempts.noItem', { item: itemId }))
    const unfit = unfitResponse(quiz, item, response)
    if (unfit) throw new UserFacingError(unfit)
    const answeredAt = this.now().toISOString()
    const answer: Answer = { itemId, response, correct: isCorrect(item, response), answeredAt }
    const updated: Attempt = { ...attempt, answers: [...attempt.answers, answer] }
    // The last answer finishes the attempt in the same write, so closing the app before
    // "See my results" cannot leave an answered attempt looking unfinished.
    if (nextItemId(updated) === null) updated.finishedAt = answeredAt
    await this.store.save(updated)
    return outcome(answer, updated.finishedAt)
  }

  private async finishNow(profileId: string, attemptId: string): Promise<Attempt> {
    const attempt = await this.store.get(profileId, attemptId)
    if (attempt.finishedAt) return attempt
    this.assertInProgress(attempt)
    if (nextItemId(attempt) !== null) throw new UserFacingError(mainText('attempts.unfinished'))
    const finished = { ...attempt, finishedAt: this.now().toISOString() }
    await this.store.save(finished)
    return finished
  }

  private async abandonNow(profileId: string, attemptId: string): Promise<Attempt> {
    const attempt = await this.store.get(profileId, attemptId)
    if (attemptStatus(attempt) !== 'in-progress') return attempt
    const abandoned = { ...attempt, abandonedAt: this.now().toISOString() }
    await this.store.save(abandoned)
    return abandoned
  }

  /** An unfinished full attempt is abandoned only when the learner said so. */
  private async replaceUnfinishedFull(
    profileId: string,
    quizKey: string,
    replace: boolean
  ): Promise<void> {
    const { attempts } = await this.store.list(profileId)
    const unfinished = attempts.filter(
      (attempt) =>
        attempt.quizKey === quizKey &&
        attempt.mode === 'full' &&
        attemptStatus(attempt) === 'in-progress'
    )
    const first = unfinished[0]
    if (first && !replace) {
      throw new UserFacingError(
        mainText('attempts.inProgress', {
          item: first.answers.length + 1,
          total: first.itemIds.length
        })
      )
    }
    for (const attempt of unfinished) await this.abandonNow(profileId, attempt.id)
  }

  private assertInProgress(attempt: Attempt): void {
    const status = attemptStatus(attempt)
    if (status !== 'in-progress')
      throw new UserFacingError(mainText('attempts.notInProgress', { status }))
  }
}

function outcome(answer: Answer, finishedAt: string | undefined): AnswerOutcome {
  return finishedAt ? { answer, finishedAt } : { answer }
}

/** A quiz's items by id and its label ids, built once per quiz the library loads. */
const lookups = new WeakMap<Quiz, { items: Map<string, QuizItem>; labels: Set<string> }>()

function lookup(quiz: Quiz): { items: Map<string, QuizItem>; labels: Set<string> } {
  let found = lookups.get(quiz)
  if (!found) {
    found = {
      items: new Map(quiz.items.map((item) => [item.id, item])),
      labels: new Set(quiz.labels.map((label) => label.id))
    }
    lookups.set(quiz, found)
  }
  return found
}

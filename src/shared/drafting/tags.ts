import nlp from 'compromise'
import { isCapitalized, type Token } from './tokens'

/**
 * Part-of-speech tags from compromise, keyed by where each word starts in the article. The rules
 * ask them whether a word is used as a verb ("reports" in "the agency reports" but not in "the
 * reports"), where a speaker's noun phrase ends, and who is a person.
 */
export type Tags = Map<number, Set<string>>

interface Term {
  tags: string[]
  offset: { start: number }
}

export function tagSentence(text: string, offset: number): Tags {
  const tags: Tags = new Map()
  const json = nlp(text).json({ offset: true }) as { terms: Term[] }[]
  for (const sentence of json) {
    for (const term of sentence.terms) tags.set(offset + term.offset.start, new Set(term.tags))
  }
  return tags
}

export const has = (tags: Tags, token: Token | undefined, tag: string): boolean =>
  token !== undefined && (tags.get(token.start)?.has(tag) ?? false)

/** A word that ends the speaker's noun phrase: a finite verb, an auxiliary, a relative pronoun. */
export function endsNounPhrase(tags: Tags, token: Token): boolean {
  if (/^(who|whom|whose|which|that|where|when)$/i.test(token.text)) return true
  if (isCapitalized(token.text) || !token.word) return false
  if (has(tags, token, 'Auxiliary') || has(tags, token, 'Modal') || has(tags, token, 'Copula'))
    return true
  return has(tags, token, 'Verb') && !has(tags, token, 'Noun') && !has(tags, token, 'Adjective')
}

const HONORIFIC =
  /^(Mr|Mrs|Ms|Dr|Prof|President|Prime|Minister|Ambassador|General|Gen|Senator|Sen|Rep|Governor|Gov|Mayor|Judge|Chief|Secretary|Chancellor|King|Queen|Pope|Sheikh|Colonel|Col|Captain|Capt|Professor|Commissioner|Director|Chairman|Chair)\.?$/

/** People named in a sentence: runs of capitalised words with a person's name or a title in them. */
export function personRuns(tags: Tags, tokens: Token[]): Token[][] {
  const runs: Token[][] = []
  let run: Token[] = []
  const flush = (): void => {
    const named = run.filter((t) => !HONORIFIC.test(t.text))
    if (
      named.length >= 1 &&
      (run.some((t) => has(tags, t, 'Person') || has(tags, t, 'FirstName')) ||
        (named.length >= 2 &&
          named.every((t) => has(tags, t, 'ProperNoun') && !/\./.test(t.text)) &&
          !run.some((t) => ['Place', 'Country', 'Organization'].some((x) => has(tags, t, x)))) ||
        (run.length >= 2 && HONORIFIC.test(run[0]?.text ?? '')))
    )
      runs.push(run)
    run = []
  }
  for (const token of tokens) {
    if (token.word && (isCapitalized(token.text) || /^(al|bin|van|von|de|da)$/.test(token.text)))
      run.push(token)
    else flush()
  }
  flush()
  return runs
}

import { endsNounPhrase, has, type Tags } from './tags'
import { isCapitalized, type Token } from './tokens'

/** Where a source's noun phrase is cut: the PARC "source" span without what surrounds it. */

export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i'])

/** Adverbials and connectives that open a clause before its subject. */
export const INTRO = new Set([
  'in',
  'on',
  'at',
  'previously',
  'meanwhile',
  'also',
  'but',
  'however',
  'and',
  'so',
  'yet',
  'now',
  'then',
  'after',
  'before',
  'during',
  'since',
  'for',
  'with',
  'later',
  'earlier',
  'until',
  'under',
  'as',
  'while',
  'when',
  'although',
  'though',
  'regarding',
  'asked',
  'speaking',
  'commenting',
  'responding',
  'writing'
])
const LEADING_FILLER =
  /^(but|and|also|however|meanwhile|yet|so|then|now|this|that|there|there's|there’s|here|where|when|after|because|while|if|is|are|was|were)$/i
const TRAILING_FILLER =
  /^(also|again|repeatedly|strongly|did|does|do|has|have|had|will|would|is|are|was|were|be|been|not|later|still|then|once|first|previously|\p{Ll}+ly)$/u

export function isPersonName(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.word)
  if (/^(the|a|an)$/i.test(words[0]?.text ?? '')) return false
  return words.length >= 2 && words.length <= 6 && words.every((t) => isCapitalized(t.text))
}

/** "Colonel Ann Park of the army's press office" is named as "Colonel Ann Park". */
function trimAfterName(tokens: Token[]): Token[] {
  const cut = tokens.findIndex((t, i) => i >= 2 && /^(of|for|in|from|at)$/.test(t.text))
  if (cut !== -1 && isPersonName(tokens.slice(0, cut))) return tokens.slice(0, cut)
  return tokens
}

/** The noun phrase that speaks, from the words between the clause start and the verb. */
export function subjectBefore(tokens: Token[], tags: Tags): Token[] {
  const segments: Token[][] = [[]]
  let depth = 0
  for (const token of tokens) {
    if (token.text === '(') depth++
    if (token.text === ')') depth = Math.max(0, depth - 1)
    if (token.text === ',' && depth === 0) segments.push([])
    else segments[segments.length - 1]?.push(token)
  }
  // "The audit, released that week, found": a participle phrase is not the speaker.
  let kept = segments.filter(
    (segment, i) =>
      segment.some((t) => t.word) &&
      !(i > 0 && /^(\p{Ll}+(ed|ing)|who|which|whose)$/u.test(segment[0]?.text ?? ''))
  )
  while (kept.length > 1 && INTRO.has((kept[0]?.[0]?.text ?? '').toLowerCase()))
    kept = kept.slice(1)
  // "A spokesman for the ministry, Omar Haddad,": the appositive name is the speaker.
  const chosen = kept.find(isPersonName) ?? kept[kept.length - 1] ?? []
  let start = 0
  while (start < chosen.length - 1 && LEADING_FILLER.test(chosen[start]?.text ?? '')) start++
  // "She went on to", "The minister ended the call by": the subject ends at its verb.
  let end = chosen.length
  // "When asked about the vote she replied": a pronoun just before the verb is the subject.
  const last = chosen[chosen.length - 1]
  if (last && PRONOUNS.has(last.text.toLowerCase()) && chosen.length > 1) return [last]
  for (let i = start + 1; i < chosen.length; i++) {
    if (endsNounPhrase(tags, chosen[i] as Token)) {
      end = i
      break
    }
  }
  while (
    end > start + 1 &&
    (TRAILING_FILLER.test(chosen[end - 1]?.text ?? '') ||
      (!chosen[end - 1]?.word && chosen[end - 1]?.text !== ')'))
  )
    end--
  const phrase = chosen.slice(start, end)
  // "A spokesman (Jane Doe)": keep the bracket closed.
  const opened = phrase.filter((t) => t.text === '(').length
  const closed = phrase.filter((t) => t.text === ')').length
  if (opened > closed) {
    const close = chosen.findIndex((t, i) => i >= end && t.text === ')')
    if (close !== -1) return chosen.slice(start, close + 1)
  }
  if (phrase.length === 1 && !phrase[0]?.word) return []
  return trimAfterName(phrase)
}

/** "..., said Ana Ruiz, who chairs ...": the speaker named after the verb. */
export function subjectAfter(tokens: Token[]): Token[] {
  const out: Token[] = []
  for (const [k, token] of tokens.entries()) {
    if (!token.word) break
    if (out.length === 0 && /^(the|a|an)$/i.test(token.text)) {
      out.push(token)
      continue
    }
    // "the independent Bureau of Audits": a modifier after the article, or "of", inside a name.
    const nextNamed = isCapitalized(tokens[k + 1]?.text ?? '')
    const modifier = out.length === 1 && /^(the|a|an)$/i.test(out[0]?.text ?? '')
    const inner = token.text === 'of' && out.some((t) => isCapitalized(t.text))
    if (!isCapitalized(token.text) && nextNamed && (modifier || inner)) {
      out.push(token)
      continue
    }
    if (PRONOUNS.has(token.text.toLowerCase()) && out.length === 0) return [token]
    if (
      !isCapitalized(token.text) &&
      !/^(officials|spokesman|spokeswoman|spokesperson|police|experts|analysts|sources)$/.test(
        token.text
      )
    )
      break
    out.push(token)
  }
  if (out.length === 1 && /^(the|a|an|his|her|its|their)$/i.test(out[0]?.text ?? ''))
    return commonNounPhrase(tokens)
  return out.some((t) => t.word && !/^(the|a|an)$/i.test(t.text)) ? out : []
}

/** '"...," said the head coach.': a described source after the verb, up to its end. */
function commonNounPhrase(tokens: Token[]): Token[] {
  const out: Token[] = []
  for (const token of tokens.slice(0, 6)) {
    if (
      !token.word ||
      /^(who|which|that|in|on|at|after|before|during|on|when|as|to)$/i.test(token.text)
    )
      break
    out.push(token)
  }
  return out.length >= 2 ? out : []
}

/** "Voters elected a new mayor, who promised": the noun phrase a relative pronoun stands for. */
export function trailingNounPhrase(tokens: Token[], tags: Tags): Token[] {
  let end = tokens.length
  while (end > 0 && !tokens[end - 1]?.word) end--
  // The word before the pronoun is the head noun, whatever its tag says.
  let start = end > 0 ? end - 1 : 0
  while (start > 0) {
    const token = tokens[start - 1] as Token
    if (!token.word) break
    const lower = !isCapitalized(token.text)
    if (lower && (endsNounPhrase(tags, token) || has(tags, token, 'Preposition'))) break
    start--
  }
  return tokens.slice(start, end)
}

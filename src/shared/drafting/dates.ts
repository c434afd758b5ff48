import * as chrono from 'chrono-node'
import { EXTRAS, MONTH, MONTH_NAMES, YEAR, type DateKind } from './date-patterns'

export type { DateKind }

export interface DateMention {
  start: number
  end: number
  text: string
  kind: DateKind
  /** ISO 8601 (possibly partial: "2015", "2021-08", "1990/1993"), when the article pins it down. */
  value?: string
}

/** chrono-node's English parser, taught what news prose uses and it misses (STACK-NOTES). */
function newsChrono(): chrono.Chrono {
  const parser = chrono.casual.clone()
  parser.parsers.push(
    {
      // "in 1990", "by 2040", "since 1960": a year with its preposition.
      pattern: () =>
        new RegExp(
          `\\b(?:in|by|since|until|till|before|after|from|during|around|through|of|between)\\s+(${YEAR})(?![\\d,.]\\d)\\b`,
          'i'
        ),
      extract: (_context, match) => ({ year: Number(match[1]) })
    },
    {
      // "July 1" without a year, which chrono's own month parsers let pass only in some contexts.
      pattern: () => new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?!\\d)(?!,?\\s*\\d{4})`, ''),
      extract: (_context, match) => ({
        month: MONTH_NAMES.indexOf(match[1] ?? '') + 1,
        day: Number(match[2])
      })
    }
  )
  parser.refiners.push({
    // "300 to 400 workers" is not a clock time: keep times only with a clock word.
    refine: (_context, results) =>
      results.filter((result) => {
        const known = result.start.isCertain.bind(result.start)
        const onlyClock =
          known('hour') && !known('day') && !known('weekday') && !known('month') && !known('year')
        return !onlyClock || /:\d\d|\b(a\.?m|p\.?m|o'clock|noon|midnight)\b/i.test(result.text)
      })
  })
  return parser
}

let shared: chrono.Chrono | undefined

const pad = (n: number): string => String(n).padStart(2, '0')

function chronoValue(
  component: chrono.ParsedComponents,
  dateline: Date | undefined
): string | undefined {
  const year = component.isCertain('year') ? component.get('year') : undefined
  const month = component.isCertain('month') ? component.get('month') : undefined
  const day = component.isCertain('day') ? component.get('day') : undefined
  if (year !== undefined && year !== null) {
    if (month == null) return String(year)
    if (day == null) return `${year}-${pad(month)}`
    return `${year}-${pad(month)}-${pad(day)}`
  }
  if (!dateline) return undefined
  if (component.isCertain('weekday') && !component.isCertain('day')) {
    // A news story's "on Friday" is the Friday before the dateline, not after it.
    const weekday = component.get('weekday') ?? 0
    const back = (dateline.getUTCDay() - weekday + 7) % 7
    const date = new Date(dateline.getTime() - back * 86_400_000)
    return date.toISOString().slice(0, 10)
  }
  if (month != null && day != null) return `${dateline.getUTCFullYear()}-${pad(month)}-${pad(day)}`
  return component
    .date()
    .toISOString()
    .slice(0, component.isCertain('day') ? 10 : 7)
}

function kindOf(text: string): DateKind {
  if (/\b(since|until|till|from|between|through)\b/i.test(text)) return 'range'
  if (
    /\b(last|this|next|ago|later|earlier|after|before|yesterday|today|tomorrow|now)\b/i.test(text)
  )
    return 'relative'
  return 'date'
}

/**
 * Every date or time expression of an article, longest first where they overlap, joined into one
 * range where the article writes "from 1980 until May 1992" or "between 2003 and 2005".
 */
export function findDates(text: string, dateline?: string): DateMention[] {
  shared ??= newsChrono()
  const reference = dateline ? new Date(`${dateline}T12:00:00Z`) : undefined
  const found: DateMention[] = []
  // Ours first: where one of them and chrono's reading are the same length, ours wins.
  for (const extra of EXTRAS) {
    for (const match of text.matchAll(extra.pattern)) {
      const value = extra.value?.(match as RegExpExecArray)
      const start = match.index ?? 0
      found.push({
        start,
        end: start + match[0].length,
        text: '',
        kind: extra.kind,
        ...(value ? { value } : {})
      })
    }
  }
  for (const result of chronoResults(shared, text, reference)) {
    const kind = result.end ? 'range' : kindOf(result.text)
    let value =
      kind === 'relative' && !/\b(this|last|next)\b/i.test(result.text)
        ? undefined
        : chronoValue(result.start, reference)
    if (result.end && value) value = `${value}/${chronoValue(result.end, reference) ?? ''}`
    const before = text.slice(Math.max(0, result.index - 40), result.index)
    const widened = WIDENERS.map((w) => w.exec(before)).find((m) => m !== null)
    const start = widened ? result.index - widened[0].length : result.index
    found.push({
      start,
      end: result.index + result.text.length,
      text: '',
      kind,
      ...(value ? { value } : {})
    })
  }
  const merged = joinRanges(text, dropOverlaps(found))
  return resolveAnaphora(merged.map((m) => ({ ...m, text: text.slice(m.start, m.end) })))
}

/** Words before a match that belong to the expression: "late last month", "by the end of 2040". */
const WIDENERS = [
  /\b(?:after|before|since|until) (?=that\s+$)/i,
  /\b(?:by |before |until |after )?the (?:end|start|beginning|middle)(?: of)?\s+$/i,
  /\b(?:late|early)\s+$/i,
  /\b(?:in|over|during|at|for) the\s+$/i,
  /\b(?:in|on|by|since|until|during|before|after)\s+$/i
]

interface ChronoHit {
  index: number
  text: string
  start: chrono.ParsedComponents
  end?: chrono.ParsedComponents | undefined
}

function chronoResults(
  parser: chrono.Chrono,
  text: string,
  reference: Date | undefined
): ChronoHit[] {
  const hits: ChronoHit[] = []
  const options = { forwardDate: false }
  for (const result of parser.parse(
    text,
    reference ? { instant: reference } : new Date(0),
    options
  )) {
    const index = result.index
    let matched = result.text
    // "won 5 to 3 on Sunday": the score is not a clock range.
    const score = /^\d+(?:,\d{3})? to \d+(?:,\d{3})?\s+/.exec(matched)
    if (score) {
      const rest = parser.parse(
        matched.slice(score[0].length),
        reference ?? new Date(0),
        options
      )[0]
      if (!rest) continue
      hits.push({
        index: index + score[0].length + rest.index,
        text: rest.text,
        start: rest.start,
        end: rest.end
      })
      continue
    }
    if (/^now$/i.test(matched)) continue
    const trailing = /[\s,.;:]+$/.exec(matched)
    if (trailing) matched = matched.slice(0, -trailing[0].length)
    hits.push({ index, text: matched, start: result.start, end: result.end })
  }
  return hits
}

function dropOverlaps(mentions: DateMention[]): DateMention[] {
  const byLength = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start))
  const kept: DateMention[] = []
  for (const mention of byLength) {
    if (!kept.some((k) => k.start < mention.end && mention.start < k.end)) kept.push(mention)
  }
  return kept.sort((a, b) => a.start - b.start)
}

function joinRanges(text: string, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = []
  for (const mention of mentions) {
    const previous = out[out.length - 1]
    const between = previous ? text.slice(previous.end, mention.start) : ''
    if (
      previous &&
      /^\s+(?:until|till|to|through|and)\s+$/i.test(between) &&
      /^(from|between|in|since)\b/i.test(text.slice(previous.start, previous.end))
    ) {
      const value =
        previous.value && mention.value ? `${previous.value}/${mention.value}` : undefined
      out[out.length - 1] = {
        start: previous.start,
        end: mention.end,
        text: '',
        kind: 'range',
        ...(value ? { value } : {})
      }
    } else out.push(mention)
  }
  return out
}

/** "that year" is the year the article last named. */
function resolveAnaphora(mentions: DateMention[]): DateMention[] {
  let lastYear: string | undefined
  return mentions.map((mention) => {
    if (/^(that|the same) year$/i.test(mention.text) && lastYear) {
      return { ...mention, value: lastYear }
    }
    const year = /(\d{4})(?!.*\d{4})/.exec(mention.value ?? '')?.[1]
    if (year) lastYear = year
    return mention
  })
}

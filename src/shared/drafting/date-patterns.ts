// Regular expressions for the TIMEX3 forms chrono-node does not read in news prose: bare years,
// decades and centuries, quarters, anchored durations and deictic words such as "recently".

export type DateKind = 'date' | 'range' | 'duration' | 'relative'

export const CENTURY = '(?:1[6-9]|20|21)'
export const YEAR = `${CENTURY}\\d{2}`
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]
// Capitalised only: "may" is a verb far more often than a month.
export const MONTH = `(?:${MONTH_NAMES.join('|')})`
const NUMBER_WORD =
  '(?:a few|a couple of|several|many|another|an?|a thousand|thousands of|hundreds of|\\d{1,3}(?:,\\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred)'
const UNIT =
  '(?:years?|months?|weeks?|days?|hours?|decades?|centuries|century|minutes?|generations?)'
const ORDINAL =
  '(?:first|second|third|fourth|fifth|last|final|past|\\d{1,2}(?:st|nd|rd|th)|nineteenth|twentieth|twenty-first|eighteenth)'

export interface Extra {
  pattern: RegExp
  kind: DateKind
  value?: (match: RegExpExecArray) => string | undefined
}

export const EXTRAS: Extra[] = [
  {
    pattern: new RegExp(
      `\\b(?:between (${YEAR}) and|from (${YEAR}) (?:to|until|till|through)) (${YEAR})\\b`,
      'gi'
    ),
    kind: 'range',
    value: (m) => `${m[1] ?? m[2]}/${m[3]}`
  },
  {
    pattern: new RegExp(`\\b(?:in |during )?the (early|mid|late)[- ](${CENTURY}\\d)0s\\b`, 'gi'),
    kind: 'range',
    value: (m) => decade(Number(m[2]) * 10, m[1]?.toLowerCase())
  },
  {
    pattern: new RegExp(`\\b(?:in |during )?the (${CENTURY}\\d)0s\\b`, 'gi'),
    kind: 'range',
    value: (m) => decade(Number(m[1]) * 10)
  },
  {
    pattern: new RegExp(`\\b${NUMBER_WORD} ${UNIT} (?:after|later|earlier|before|ago)\\b`, 'gi'),
    kind: 'relative'
  },
  {
    pattern: new RegExp(`\\bfor (?:the (?:past|last|next) )?(?:${NUMBER_WORD} )?${UNIT}\\b`, 'gi'),
    kind: 'duration'
  },
  {
    pattern:
      /\b(?:that|the same|the following|the next|the previous) (?:year|month|week|day|morning|evening|night|spring|summer|autumn|fall|winter)\b/gi,
    kind: 'relative'
  },
  { pattern: /\b(?:since then|until now|so far|to date)\b/gi, kind: 'relative' },
  {
    // TIMEX3 DATE with a bare year: "2019 was the wettest year", "the 1988 Games".
    pattern: new RegExp(
      `(?<![\\d,.$€£-])\\b(?:(?:in|by) the year )?${YEAR}\\b(?![\\d,.]\\d|%|-\\d)(?!\\s+(?!was\\b|is\\b|has\\b|had\\b|were\\b|and\\b|or\\b|to\\b)\\p{Ll}+s\\b)`,
      'gu'
    ),
    kind: 'date',
    value: (m) => /\d{4}/.exec(m[0])?.[0]
  },
  {
    pattern: new RegExp(`\\b\\d{1,3}-(?:year|decade|century)\\b`, 'gi'),
    kind: 'duration'
  },
  {
    pattern: new RegExp(
      `\\b(?:in |during |over |for )?the (?:(?:past|last|next|previous|coming|${ORDINAL}) )?(?:${NUMBER_WORD} )?(?:decades?|centuries|century)\\b`,
      'gi'
    ),
    kind: 'range'
  },
  {
    pattern: new RegExp(
      `\\b(?:in |during |over )?the ${ORDINAL} (?:(?:${NUMBER_WORD}) )?(?:quarter|half|months?|weeks?|days?)(?: of (?:the year|${YEAR}|${MONTH}))?\\b`,
      'g'
    ),
    kind: 'range'
  },
  {
    pattern: new RegExp(
      `\\b(?:for |over )?(?:${NUMBER_WORD} )?(?:generations|centuries|decades|(?:thousand|hundred|million) years)\\b`,
      'gi'
    ),
    kind: 'duration'
  },
  {
    pattern:
      /\b(?:in|over|during) the (?:days|weeks|months|years|hours) (?:after|before|following|since|that followed|to come|ahead)\b/gi,
    kind: 'relative'
  },
  {
    pattern:
      /\b(?:in recent (?:years|months|weeks|days|decades)|recently|anytime soon|soon|nowadays|(?:in )?the (?:immediate|near|distant) future|(?:in )?(?:a|an) (?:very )?(?:long )?(?:while|long time)(?: now)?|in more than a (?:year|month|week|decade)|(?:just )?(?:hours|days|minutes|weeks) (?:before|after|later|earlier)|into the (?:summer|winter|spring|autumn|fall) months)\b/gi,
    kind: 'relative'
  },
  { pattern: /(?<=^|\n|[.!?]\s)Earlier(?=,|\s)/g, kind: 'relative' },
  {
    pattern:
      /\b(?:in the coming (?:days|weeks|months|years|decades)|overnight|at (?:the|that) time|by then|back then|these days|at the moment)\b/gi,
    kind: 'relative'
  },
  {
    pattern: new RegExp(`\\b(?:in |by |since |until )?(?:early|mid|late)[- ]${YEAR}\\b`, 'gi'),
    kind: 'range'
  },
  {
    pattern:
      /\b(?:by |before |until |at |towards? )?the (?:end|start|beginning|middle) of the (?:year|month|week|decade|century|day)\b/gi,
    kind: 'relative'
  },
  {
    pattern: new RegExp(
      `\\b(?:in |from |between )?(${YEAR})\\s?[-–]\\s?((?:${CENTURY})?\\d{2})\\b`,
      'g'
    ),
    kind: 'range',
    value: (m) => `${m[1]}/${(m[2] ?? '').length === 2 ? (m[1] ?? '').slice(0, 2) + m[2] : m[2]}`
  },
  {
    pattern: /\b(?:now )?in its \d{1,3}(?:st|nd|rd|th) (?:year|decade|season|week|month)\b/gi,
    kind: 'duration'
  },
  {
    pattern: /\b(?:earlier|later) (?:this (?:week|month|year)|today|tonight)\b/gi,
    kind: 'relative'
  },
  {
    pattern: /\b(?:last|this|next|early|late) (?:spring|summer|autumn|fall|winter)\b/gi,
    kind: 'relative'
  },
  {
    pattern: /(?<=\b(?:said|announced|added|reported|confirmed)\s)(?:later|earlier)\b/gi,
    kind: 'relative'
  }
]

function decade(start: number, part?: string): string {
  if (part === 'early') return `${start}/${start + 3}`
  if (part === 'mid') return `${start + 3}/${start + 6}`
  if (part === 'late') return `${start + 6}/${start + 9}`
  return `${start}/${start + 9}`
}

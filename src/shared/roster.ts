import Papa from 'papaparse'

/** A class list as read from a file or pasted: its columns (for a CSV) and the names in one. */
export interface ParsedRoster {
  kind: 'lines' | 'csv'
  /** The CSV's header cells (or "Column 1", ... without a header); one entry for plain lines. */
  columns: string[]
  /** The column the names are taken from. */
  column: number
  names: string[]
  /** Repeated or over-long names left out, so the teacher sees why the count is lower. */
  skipped: number
}

const NAME_HEADERS = ['name', 'names', 'student', 'students', 'learner', 'learners', 'pupil']
const MAX_NAME = 60

/**
 * When two names are one learner: stray spaces, Unicode forms ("Zoë" typed two ways) and case do
 * not make a new name. Upper then lower folds more than lower alone ("Straße", "STRASSE").
 */
export function learnerNameKey(name: string): string {
  return name.trim().normalize('NFC').toUpperCase().toLowerCase()
}

/** A file is a CSV when it says so, or when pasted text has commas, semicolons or tabs on every line. */
export function looksLikeCsv(text: string, fileName = ''): boolean {
  if (/\.csv$/i.test(fileName)) return true
  if (/\.txt$/i.test(fileName)) return false
  const lines = stripBom(text)
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
  return lines.length > 0 && lines.every((line) => /[,;\t]/.test(line))
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/**
 * Reads a roster: one name per line, or a CSV column (by default a header called name, student
 * or learner, else the first column). Names are trimmed; blanks and repeats are skipped.
 */
export function parseRoster(
  text: string,
  options: { fileName?: string; column?: number } = {}
): ParsedRoster {
  const body = stripBom(text)
  if (!looksLikeCsv(body, options.fileName)) {
    const { names, skipped } = unique(body.split(/\r\n|\r|\n/))
    return { kind: 'lines', columns: ['Names'], column: 0, names, skipped }
  }
  const rows = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy' }).data
  const first = rows[0] ?? []
  const headerAt = first.findIndex((cell) => NAME_HEADERS.includes(cell.trim().toLowerCase()))
  const hasHeader = headerAt >= 0
  const width = Math.max(0, ...rows.map((row) => row.length))
  const columns = hasHeader
    ? Array.from({ length: width }, (_, i) => first[i]?.trim() || `Column ${i + 1}`)
    : Array.from({ length: width }, (_, i) => `Column ${i + 1}`)
  const wanted = options.column ?? (hasHeader ? headerAt : 0)
  const column = wanted >= 0 && wanted < width ? wanted : 0
  const cells = (hasHeader ? rows.slice(1) : rows).map((row) => row[column] ?? '')
  const { names, skipped } = unique(cells)
  return { kind: 'csv', columns, column, names, skipped }
}

function unique(cells: readonly string[]): { names: string[]; skipped: number } {
  const seen = new Set<string>()
  const names: string[] = []
  let skipped = 0
  for (const cell of cells) {
    const name = cell.trim().normalize('NFC')
    if (name === '') continue
    if (name.length > MAX_NAME || seen.has(learnerNameKey(name))) {
      skipped++
      continue
    }
    seen.add(learnerNameKey(name))
    names.push(name)
  }
  return { names, skipped }
}

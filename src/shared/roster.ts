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
  /** The column of student ids (a CSV header such as "Student id"), or null: no ids. */
  idColumn: number | null
  /** One id per name ('' where the row has none); empty when there is no id column. */
  ids: string[]
}

const NAME_HEADERS = ['name', 'names', 'student', 'students', 'learner', 'learners', 'pupil']
/** Headers of a student id column, compared without case, spaces, dots, dashes or underscores. */
const ID_HEADERS = new Set([
  'id',
  'studentid',
  'studentnumber',
  'studentno',
  'number',
  'no',
  'idnumber',
  'learnerid',
  'pupilid',
  'pupilnumber',
  'username',
  'userid'
])
const MAX_ID = 40

function isIdHeader(cell: string): boolean {
  return ID_HEADERS.has(cell.toLowerCase().replace(/[\s._#-]+/g, ''))
}
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
  options: { fileName?: string; column?: number; idColumn?: number | null } = {}
): ParsedRoster {
  const body = stripBom(text)
  if (!looksLikeCsv(body, options.fileName)) {
    const { names, skipped } = unique(body.split(/\r\n|\r|\n/))
    return { kind: 'lines', columns: ['Names'], column: 0, names, skipped, idColumn: null, ids: [] }
  }
  const rows = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy' }).data
  const first = rows[0] ?? []
  const headerAt = first.findIndex((cell) => NAME_HEADERS.includes(cell.trim().toLowerCase()))
  const hasHeader = headerAt >= 0 || first.some((cell) => isIdHeader(cell.trim()))
  const nameAt =
    headerAt >= 0
      ? headerAt
      : Math.max(
          0,
          first.findIndex((c) => !isIdHeader(c.trim()))
        )
  const width = Math.max(0, ...rows.map((row) => row.length))
  const columns = hasHeader
    ? Array.from({ length: width }, (_, i) => first[i]?.trim() || `Column ${i + 1}`)
    : Array.from({ length: width }, (_, i) => `Column ${i + 1}`)
  const wanted = options.column ?? (hasHeader ? nameAt : 0)
  const column = wanted >= 0 && wanted < width ? wanted : 0
  // Ids are read only under a header that says so: a first column of numbers may be anything.
  const foundId = hasHeader
    ? first.findIndex((cell, i) => i !== column && isIdHeader(cell.trim()))
    : -1
  const wantedId = options.idColumn === undefined ? foundId : options.idColumn
  const idColumn =
    wantedId !== null && wantedId >= 0 && wantedId < width && wantedId !== column ? wantedId : null
  const bodyRows = hasHeader ? rows.slice(1) : rows
  const { names, skipped, kept } = unique(bodyRows.map((row) => row[column] ?? ''))
  const ids = idColumn === null ? [] : kept.map((i) => cleanId(bodyRows[i]?.[idColumn] ?? ''))
  return { kind: 'csv', columns, column, names, skipped, idColumn, ids }
}

/** An id as a school's system prints it, control characters dropped, cut to a sane length. */
function cleanId(cell: string): string {
  return cell
    .replace(/\p{Cc}/gu, '')
    .trim()
    .normalize('NFC')
    .slice(0, MAX_ID)
}

function unique(cells: readonly string[]): { names: string[]; skipped: number; kept: number[] } {
  const seen = new Set<string>()
  const names: string[] = []
  const kept: number[] = []
  let skipped = 0
  cells.forEach((cell, i) => {
    const name = cell.trim().normalize('NFC')
    if (name === '') return
    if (name.length > MAX_NAME || seen.has(learnerNameKey(name))) {
      skipped++
      return
    }
    seen.add(learnerNameKey(name))
    names.push(name)
    kept.push(i)
  })
  return { names, skipped, kept }
}

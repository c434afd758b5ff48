// Choices for "When?" items: the date a relative expression resolves to, and near misses a
// careless reader would pick (a week off, the dateline itself, a year off).

import { MONTH_NAMES } from './date-patterns'

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** "2024-03-22" → "Friday 22 March 2024"; "2021-08" → "August 2021"; "2015" → "2015". */
export function formatDateValue(value: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])))
    return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value)
  if (month) return `${MONTH_NAMES[Number(month[2]) - 1]} ${month[1]}`
  const range = /^(\d{4})\/(\d{4})$/.exec(value)
  if (range) return `${range[1]} to ${range[2]}`
  return value
}

/** A key that sorts partial dates in time order ("2015" before "2015-03" before "2016"). */
export function sortableValue(value: string): string {
  return value.replace('/', '-')
}

function shiftDays(value: string, days: number): string {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** The right answer first, then 2 or 3 distinct near misses; null when the value is not a date. */
export function dateChoices(value: string, dateline?: string): string[] | null {
  let options: string[]
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    options = [value, shiftDays(value, -7), shiftDays(value, 7)]
    if (dateline && dateline !== value) options.push(dateline)
  } else if (/^\d{4}-\d{2}$/.test(value)) {
    const [y, m] = value.split('-').map(Number) as [number, number]
    const month = (year: number, mon: number) =>
      `${year + Math.floor((mon - 1) / 12)}-${String(((((mon - 1) % 12) + 12) % 12) + 1).padStart(2, '0')}`
    options = [value, month(y - 1, m), month(y, m + 1), month(y + 1, m)]
  } else if (/^\d{4}$/.test(value)) {
    const y = Number(value)
    options = [value, String(y - 1), String(y + 1)]
  } else return null
  const texts = [...new Set(options.map(formatDateValue))]
  return texts.length >= 3 ? texts.slice(0, 4) : null
}

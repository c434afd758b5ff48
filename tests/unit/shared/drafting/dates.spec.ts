import { describe, expect, it } from 'vitest'
import { findDates } from '../../../../src/shared/drafting/dates'

// Constructed sentences, one per TIMEX3 form the drafting must find in news prose.

function only(sentence: string, dateline?: string): { text: string; kind: string; value?: string } {
  const found = findDates(sentence, dateline)
  expect(found, `one date expression in "${sentence}"`).toHaveLength(1)
  const { text, kind, value } = found[0] as (typeof found)[number]
  return { text, kind, ...(value ? { value } : {}) }
}

describe('findDates', () => {
  it.each([
    ['The museum was built in 1931 by the city.', 'in 1931', 'date', '1931'],
    ['Prices had doubled by 2040 in the model.', 'by 2040', 'date', '2040'],
    ['A style born in the early 1960s that spread.', 'in the early 1960s', 'range', '1960/1963'],
    ['The line ran from 1980 until May 1992.', 'from 1980 until May 1992', 'range', '1980/1992-05'],
    ['The vote on Friday was close.', 'on Friday', 'date', '2024-03-22'],
    ['A strike in June 2019 that closed ports.', 'in June 2019', 'date', '2019-06'],
    ['They came back ten years after the war.', 'ten years after', 'relative', undefined],
    ['A few days later, the board met.', 'A few days later', 'relative', undefined],
    ['The road was shut for three weeks.', 'for three weeks', 'duration', undefined],
    ['They met late last week.', 'late last week', 'relative', '2024-03-18']
  ])('reads "%s" as %s (%s)', (sentence, text, kind, value) => {
    expect(only(sentence, '2024-03-25')).toEqual({ text, kind, ...(value ? { value } : {}) })
  })

  it.each([
    ['2019 was the wettest year on record.', '2019'],
    ['The bridge dates from the 19th century.', 'the 19th century'],
    ['The tower fell five centuries earlier.', 'five centuries earlier'],
    ['Rents rose over the past three decades.', 'over the past three decades'],
    ['Sea levels may rise a metre by the year 2100.', 'by the year 2100'],
    ['The plant closed earlier this month.', 'earlier this month'],
    ['Crowds gathered in the days after the vote.', 'in the days after'],
    ['Output fell in the first three months of the year.', 'in the first three months of the year'],
    ['Sales rose in the first quarter.', 'in the first quarter'],
    ['Prices have risen in recent years.', 'in recent years'],
    ['The rules will change soon.', 'soon'],
    ['It was a 20-year high.', '20-year'],
    ['The fair, now in its 40th year, draws crowds.', 'now in its 40th year'],
    ['Talks will resume in the coming weeks.', 'in the coming weeks'],
    ['Fighting continued over the weekend.', 'over the weekend'],
    ['The law changed in mid-2020.', 'in mid-2020'],
    ['The shop will close by the end of the year.', 'by the end of the year'],
    ['The dam was built a decade ago.', 'a decade ago'],
    ['The storm hit overnight.', 'overnight'],
    ['The war in 1914-1918 changed Europe.', 'in 1914-1918'],
    ['At the time, few noticed.', 'At the time'],
    ['In the months that followed, prices rose.', 'In the months that followed']
  ])('finds the date expression in "%s"', (sentence, text) => {
    expect(findDates(sentence).map((d) => d.text)).toEqual([text])
  })

  it('resolves "that year" to the year the article named last', () => {
    const found = findDates('Sales fell by 2012. The firm recovered that year.')
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ['by 2012', '2012'],
      ['that year', '2012']
    ])
  })

  it('reads a weekday without a dateline as a date with no value', () => {
    expect(only('The agency said on Tuesday that it regrets it.')).toEqual({
      text: 'on Tuesday',
      kind: 'date'
    })
  })

  it('does not read counts, scores, money or plural counts of things as dates', () => {
    expect(findDates('About 300 to 400 workers remain.')).toEqual([])
    expect(only('The club won 5 to 3 on Sunday.', '2023-05-10').text).toBe('on Sunday')
    expect(findDates('The fund paid $2019 to each of 1500 families.')).toEqual([])
    expect(findDates('Police counted 1800 protesters.')).toEqual([])
  })
})

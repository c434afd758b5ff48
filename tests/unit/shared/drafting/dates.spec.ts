import { describe, expect, it } from 'vitest'
import { findDates } from '../../../../src/shared/drafting/dates'

function only(sentence: string, dateline?: string): { text: string; kind: string; value?: string } {
  const found = findDates(sentence, dateline)
  expect(found, `one date expression in "${sentence}"`).toHaveLength(1)
  const { text, kind, value } = found[0] as (typeof found)[number]
  return { text, kind, ...(value ? { value } : {}) }
}

describe('findDates', () => {
  it.each([
    ['ISIS-K was founded in 2015 by members.', 'in 2015', 'date', '2015'],
    ['Ranks were cut by 2021 from airstrikes.', 'by 2021', 'date', '2021'],
    [
      'A movement founded in the early 1990s that ruled.',
      'in the early 1990s',
      'range',
      '1990/1993'
    ],
    [
      'It ruled from 1996 until October 2001.',
      'from 1996 until October 2001',
      'range',
      '1996/2001-10'
    ],
    ['The attack in Moscow on Friday is the one.', 'on Friday', 'date', '2024-03-22'],
    ['A bombing in August 2021 that killed 13.', 'in August 2021', 'date', '2021-08'],
    ['They returned twenty years after their ouster.', 'twenty years after', 'relative', undefined],
    ['A few days later, the council met.', 'A few days later', 'relative', undefined],
    ['The pipe burst for two weeks.', 'for two weeks', 'duration', undefined],
    ['They met late last week.', 'late last week', 'relative', '2024-03-18']
  ])('reads "%s" as %s (%s)', (sentence, text, kind, value) => {
    expect(only(sentence, '2024-03-25')).toEqual({ text, kind, ...(value ? { value } : {}) })
  })

  it('resolves "that year" to the year the article named last', () => {
    const found = findDates('Cut back by 2021. The group got a second wind that year.')
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ['by 2021', '2021'],
      ['that year', '2021']
    ])
  })

  it('reads a weekday without a dateline as a date with no value', () => {
    expect(only('NATO said on Tuesday that it regrets it.')).toEqual({
      text: 'on Tuesday',
      kind: 'date'
    })
  })

  it('does not read numbers of fighters or a vote as clock times', () => {
    expect(findDates('About 1,500 to 2,000 fighters remain.')).toEqual([])
    expect(only('The council voted 7 to 2 on Tuesday.', '2023-05-10').text).toBe('on Tuesday')
  })
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dateChoices, formatDateValue } from '../../../../src/shared/drafting/date-choices'
import { analyseArticle } from '../../../../src/shared/drafting/draft-suggestions'
import { draftTypeItems, isUnnamedSource } from '../../../../src/shared/drafting/type-drafts'
import type { QuizItem } from '../../../../src/shared/quiz-format'
import { validateQuizValue } from '../../../../src/shared/quiz-validation'

const ARTICLES = join(import.meta.dirname, '../../../fixtures/articles')

function drafted(text: string, dateline?: string) {
  return draftTypeItems(text, analyseArticle(text, { dateline, headline: false }), dateline)
}

const of = <T extends QuizItem['type']>(items: { item: QuizItem }[], type: T) =>
  items.map((d) => d.item).filter((i): i is Extract<QuizItem, { type: T }> => i.type === type)

describe('drafting the later item types', () => {
  const text =
    'The mayor, Tom Hale, claimed that the new bridge will open next spring. Engineers from the council denied that the budget had been cut. On Friday, the transport minister, Ana Ruiz, admitted that the works were late.\n' +
    'Officials said the contract would be signed on Monday.'
  const drafts = drafted(text, '2024-03-25')

  it('asks who says each claim, with the other named speakers and the unnamed source as choices', () => {
    const who = of(drafts, 'who-says')
    const bridge = who.find((i) => i.target.exact === 'the new bridge will open next spring')
    expect(bridge).toBeDefined()
    const answer = bridge!.choices.find((c) => c.id === bridge!.answer)
    expect(answer?.name).toMatch(/Tom Hale/)
    expect(bridge!.choices.map((c) => c.name)).toContain('Not named (an unnamed source)')
    expect(bridge!.choices.some((c) => /Ana Ruiz/.test(c.name))).toBe(true)
    // "Officials said" names nobody: the unnamed source is the right answer, and they are no distractor.
    const contract = who.find((i) => i.target.exact.startsWith('the contract would be signed'))
    expect(contract?.answer).toBe('unnamed')
    expect(who.flatMap((i) => i.choices.map((c) => c.name))).not.toContain('Officials')
  })

  it("reads each reporting verb's framing", () => {
    const frames = new Map(of(drafts, 'frame').map((i) => [i.verb.exact, i.answer]))
    expect(frames.get('claimed')).toBe('distancing')
    expect(frames.get('denied')).toBe('denial')
    expect(frames.get('admitted')).toBe('against-interest')
    expect(frames.get('said')).toBe('neutral')
  })

  it('marks the clue words of attributions and dates inside their sentence', () => {
    const clues = of(drafts, 'find-clue')
    expect(
      clues.find((i) => i.clue === 'attribution' && i.cues[0]?.exact === 'claimed')?.target.exact
    ).toMatch(/^The mayor, Tom Hale, claimed/)
    expect(
      clues.find((i) => i.clue === 'date' && i.cues[0]?.exact.includes('Friday'))
    ).toBeDefined()
  })

  it('works out "on Friday" from the dateline, with near misses as the other choices', () => {
    const friday = of(drafts, 'when').find((i) => i.target.exact.includes('Friday'))
    expect(friday?.choices.find((c) => c.id === friday.answer)?.text).toBe('Friday 22 March 2024')
    expect(friday?.choices.map((c) => c.text)).toEqual(
      expect.arrayContaining(['Friday 15 March 2024', 'Friday 29 March 2024'])
    )
  })

  it('drafts only valid items from the shipped articles', () => {
    for (const [file, dateline] of [
      ['taliban-isis-k.txt', '2024-03-25'],
      ['voa-pentagon-gunship-2002.txt', '2002-07-15']
    ] as const) {
      const raw = readFileSync(join(ARTICLES, file), 'utf8')
      const [headline, ...rest] = raw.split('\n')
      const body = rest.join('\n')
      const items = drafted(body, dateline)
      for (const type of ['who-says', 'find-clue', 'frame', 'when'] as const)
        expect(of(items, type).length, `${file} ${type}`).toBeGreaterThanOrEqual(2)
      const checked = validateQuizValue({
        format: 'says-who/quiz@2',
        id: 'drafted',
        title: 'Drafted',
        language: 'en',
        article: { headline, source: 'test', text: body },
        items: items.map((d) => d.item)
      })
      expect(checked.ok ? [] : checked.issues, file).toEqual([])
    }
  })

  it('orders a timeline of dated events from the article', () => {
    const raw = readFileSync(join(ARTICLES, 'taliban-isis-k.txt'), 'utf8')
    const body = raw.split('\n').slice(1).join('\n')
    const [timeline] = of(drafted(body, '2024-03-25'), 'timeline')
    expect(timeline).toBeDefined()
    const whens = timeline!.events.map((e) => e.when)
    expect(whens[0]).toMatch(/^1990/)
    expect(whens).toContain('2015')
  })
})

describe('date choices', () => {
  it('formats partial dates as people write them', () => {
    expect(formatDateValue('2024-03-22')).toBe('Friday 22 March 2024')
    expect(formatDateValue('2021-08')).toBe('August 2021')
    expect(formatDateValue('2015')).toBe('2015')
  })

  it('offers the right date first and distinct near misses, or nothing for a non-date', () => {
    expect(dateChoices('2021-12')).toEqual([
      'December 2021',
      'December 2020',
      'January 2022',
      'December 2022'
    ])
    expect(dateChoices('2015')).toEqual(['2015', '2014', '2016'])
    expect(dateChoices('P3D')).toBeNull()
  })

  it('tells groups that name nobody from named ones', () => {
    expect(isUnnamedSource('other officials')).toBe(true)
    expect(isUnnamedSource('Officials')).toBe(true)
    expect(isUnnamedSource('Afghan officials')).toBe(false)
    expect(isUnnamedSource('Sohail Shaheen')).toBe(false)
  })
})

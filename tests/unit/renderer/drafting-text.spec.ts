import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { draftEverySuggestion } from '../../../src/shared/drafting/every-suggestion'
import {
  knownReason,
  reasonText,
  reasonWords,
  speakerNoteText
} from '../../../src/renderer/src/drafting-text'
import { useLocale } from '../../../src/renderer/src/i18n'

const ARTICLES = join(import.meta.dirname, '../../fixtures/articles')
/** Short articles of several kinds (claims, denials, dates, headlines), drafted in a few seconds. */
const articles = [
  'heatwave-hospital-admissions.txt',
  'riverside-water-plant.txt',
  'voa-afghans-deny-intel-agent.txt',
  'voa-moscow-opposition-rally-2006.txt',
  'voa-pentagon-gunship-2002.txt',
  'dev/voa-2014-elephant-numbers-declining-again.txt',
  'dev/voa-2009-iran-jams-satellites.txt',
  'dev/voa-2014-us-measles-20-year-high.txt'
].map((name) => join(ARTICLES, name))

describe('drafting says why in the interface language', () => {
  afterAll(() => useLocale('en'))

  it('every reason drafting gives is recognised, and the English catalog says it word for word', () => {
    const reasons = new Set<string>()
    for (const file of articles)
      for (const suggestion of draftEverySuggestion(readFileSync(file, 'utf8'), {
        dateline: '2010-03-25',
        headline: true
      }))
        reasons.add(suggestion.reason)
    expect(reasons.size).toBeGreaterThan(40)
    const unknown = [...reasons].filter((reason) => knownReason(reason) === null)
    expect(unknown).toEqual([])
    const reworded = [...reasons].flatMap((reason) => {
      const words = reasonWords(knownReason(reason)!)
      return words === reason ? [] : [`${reason} ≠ ${words}`]
    })
    expect(reworded).toEqual([])
    expect(new Set([...reasons].map((reason) => knownReason(reason)!.key)).size).toBeGreaterThan(12)
  }, 120_000)

  it('in Spanish, with plurals; the article’s own words stay as written', async () => {
    await useLocale('es')
    expect(reasonText('"said" with the speaker named: Ana Ruiz.')).toBe(
      '«said» con el hablante nombrado: Ana Ruiz.'
    )
    expect(reasonText('3 dated events in different sentences.')).toBe(
      '3 hechos fechados en frases distintas.'
    )
    expect(reasonText('"On Friday": a date (2024-03-22)')).toBe(
      '«On Friday»: una fecha (2024-03-22)'
    )
    expect(reasonText('A reason nobody wrote a message for.')).toBe(
      'A reason nobody wrote a message for.'
    )
    expect(speakerNoteText('unnamed')).toBe('sin nombre')
    expect(speakerNoteText('Ana Ruiz')).toBe('Ana Ruiz')
  })
})

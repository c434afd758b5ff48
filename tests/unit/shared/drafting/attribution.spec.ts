import { describe, expect, it } from 'vitest'
import { findAttributions } from '../../../../src/shared/drafting/attribution'
import { splitSentences } from '../../../../src/shared/drafting/sentences'

function attribute(
  text: string
): { speaker: string; cue: string; stance?: string; from?: string }[] {
  return findAttributions(text, splitSentences(text)).map((a) => ({
    speaker: a.speaker.unnamed ? 'unnamed' : a.speaker.name,
    cue: a.cues.map((c) => c.text).join(' '),
    ...(a.verb ? { stance: a.verb.stance } : {}),
    ...(a.speaker.resolvedFrom ? { from: a.speaker.resolvedFrom.text } : {})
  }))
}

describe('findAttributions', () => {
  it('takes the appositive name as the speaker and resolves "He" to them', () => {
    const text =
      'Headline\nTaliban spokesman in Qatar, Sohail Shaheen, said that the bases are abroad.\nHe also noted that the Americans are shielding others.'
    expect(attribute(text)).toEqual([
      { speaker: 'Sohail Shaheen', cue: 'said', stance: 'neutral' },
      { speaker: 'Sohail Shaheen', cue: 'noted', stance: 'neutral', from: 'He' }
    ])
  })

  it('tells a neutral verb from a loaded one and a denial', () => {
    const text =
      'Headline\nAfghan officials claim the plane shot up a wedding party.\nThe Taliban has repeatedly accused the United States of ties with ISIS.\nPriya Raman denied that claim.'
    expect(attribute(text).map((a) => [a.speaker, a.cue, a.stance])).toEqual([
      ['Afghan officials', 'claim', 'loaded'],
      ['The Taliban', 'accused', 'loaded'],
      ['Priya Raman', 'denied', 'denial']
    ])
  })

  it('finds "according to", a speaker named after the verb, and one named after the claim', () => {
    const text =
      'Headline\nAccording to the state Department of Health, the plant failed three tests.\n"Nobody asked us," said Tom Okafor, who leads the residents.\nThe plant will open in 2026, city officials said.'
    expect(attribute(text).map((a) => [a.speaker, a.cue])).toEqual([
      ['the state Department of Health', 'According to'],
      ['Tom Okafor', 'said'],
      ['city officials', 'said']
    ])
  })

  it('marks unnamed attribution and leaves a refusal to comment, and nouns like "reports", alone', () => {
    const text =
      'Headline\nThe group that has been linked to the attack is ISIS-K.\nThe operation reportedly was against insurgents.\nThe department did not say whether residents were at risk.\nIt called reports of a deal baseless.'
    expect(attribute(text)).toEqual([
      { speaker: 'unnamed', cue: 'has been linked to' },
      { speaker: 'unnamed', cue: 'reportedly' }
    ])
  })

  it('resolves "It" to the organisation that opened the previous sentence, and "the agency" by name', () => {
    const text =
      'Headline\nGeneral John Rosa told reporters it was not clear.\nBut hours later, the Pentagon issued a statement.\nIt said again that the plane was fired on.\nThe regional health agency said 600 people were admitted.\nThe agency claimed its warnings saved lives.'
    expect(attribute(text).map((a) => [a.speaker, a.from])).toEqual([
      ['General John Rosa', undefined],
      ['the Pentagon', 'It'],
      ['The regional health agency', undefined],
      ['The regional health agency', 'The agency']
    ])
  })

  it('carries the speaker into first-person lines and a quotation that runs across paragraphs', () => {
    const text =
      'Headline\nSohail Shaheen said the attack was condemned.\nWe eliminated the threat.\nNow the centres are abroad. Graham is distracting the investigation.”'
    const found = attribute(text)
    expect(found.map((a) => a.speaker)).toEqual([
      'Sohail Shaheen',
      'Sohail Shaheen',
      'Sohail Shaheen',
      'Sohail Shaheen'
    ])
  })
})

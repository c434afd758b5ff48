import { describe, expect, it } from 'vitest'
import { findAttributions } from '../../../../src/shared/drafting/attribution'
import { splitSentences } from '../../../../src/shared/drafting/sentences'

// Every text here is constructed for the rule it tests (PARC: source, cue, content), not taken
// from an article the drafting is measured on.

interface Seen {
  sentence: string
  speaker: string
  cue: string
  kind: string
  stance?: string
  from?: string
}

function attribute(text: string): Seen[] {
  return findAttributions(text, splitSentences(text)).map((a) => ({
    sentence: a.sentence.text,
    speaker: a.speaker.unnamed ? 'unnamed' : a.speaker.name,
    cue: a.cues.map((c) => c.text).join(' '),
    kind: a.kind,
    ...(a.verb ? { stance: a.verb.stance } : {}),
    ...(a.speaker.resolvedFrom ? { from: a.speaker.resolvedFrom.text } : {})
  }))
}

const speakers = (text: string): string[] => attribute(text).map((a) => a.speaker)

describe('findAttributions: the source and its cue', () => {
  it('takes the appositive name as the speaker and resolves "He" to them', () => {
    const text =
      'Headline\nA spokesman for the ministry, Omar Haddad, said that the talks had stalled.\nHe also noted that the budget is late.'
    expect(attribute(text).map((a) => [a.speaker, a.cue, a.stance, a.from])).toEqual([
      ['Omar Haddad', 'said', 'neutral', undefined],
      ['Omar Haddad', 'noted', 'neutral', 'He']
    ])
  })

  it('tells a neutral verb from a loaded one and a denial', () => {
    const text =
      'Headline\nLocal farmers claim the dam flooded their fields.\nThe union has repeatedly accused the company of cutting corners.\nMaria Costa denied that claim.'
    expect(attribute(text).map((a) => [a.speaker, a.cue, a.stance])).toEqual([
      ['Local farmers', 'claim', 'loaded'],
      ['The union', 'accused', 'loaded'],
      ['Maria Costa', 'denied', 'denial']
    ])
  })

  it('finds "according to", a speaker named after the verb, and one named after the claim', () => {
    const text =
      'Headline\nAccording to the national weather service, the storm will weaken.\n"We were never consulted," said Ana Ruiz, who chairs the tenants\' group.\nThe bridge will reopen in May, county officials said.'
    expect(attribute(text).map((a) => [a.speaker, a.cue])).toEqual([
      ['the national weather service', 'According to'],
      ['Ana Ruiz', 'said'],
      ['county officials', 'said']
    ])
  })

  it('knows reporting verbs of stance and speech acts: urged, praised, labeled, dismissed, thanked, called on, told X to', () => {
    const text = [
      'Headline',
      'The mayor urged residents to stay indoors.',
      'The coach praised the young team for its discipline.',
      'The senator labeled the proposal a giveaway.',
      'The minister dismissed the report as speculation.',
      'The director thanked the volunteers for their work.',
      'Several charities have called on the government to act.',
      'The regulator told banks to raise their reserves.',
      'The governor expressed concern about the drought.'
    ].join('\n')
    expect(attribute(text).map((a) => [a.speaker, a.cue])).toEqual([
      ['The mayor', 'urged'],
      ['The coach', 'praised'],
      ['The senator', 'labeled'],
      ['The minister', 'dismissed'],
      ['The director', 'thanked'],
      ['Several charities', 'called'],
      ['The regulator', 'told'],
      ['The governor', 'expressed']
    ])
  })

  it('lets an organisation speak ("A statement said") and calls a quotation by "called X \'…\'"', () => {
    const text =
      'Headline\nA company statement said the recall covers two models.\nThe union called the offer "an insult to every worker here."'
    expect(speakers(text)).toEqual(['A company statement', 'The union'])
  })

  it('takes a described source named after the verb: \'"…," said the head coach\'', () => {
    const text =
      'Headline\n"It is over for this season and we all know it," said the head coach.\nThe plan, critics say, will cost jobs.'
    expect(speakers(text)).toEqual(['the head coach', 'critics'])
  })

  it('cuts leading words and keeps an appositive bracket closed', () => {
    const text =
      'Headline\nThe law passed in March, after experts said it was overdue.\nA spokesman (Jane Doe) said the plant is safe.\nThe town where officials say the water is clean has no lab.'
    expect(speakers(text)).toEqual(['experts', 'A spokesman (Jane Doe)', 'officials'])
  })

  it('ends the speaker at its verb: "She went on to say", "The minister ended the call by saying"', () => {
    const text =
      'Headline\nMinister Lara Kent spoke first.\nShe went on to say that taxes will fall.\nThe minister ended the call by saying the plan is fair.'
    expect(speakers(text)).toEqual(['Minister Lara Kent', 'Minister Lara Kent'])
  })
})

describe('findAttributions: unnamed and passive sources', () => {
  it('marks passive and unnamed attribution as unnamed, not as the grammatical subject', () => {
    const text = [
      'Headline',
      'It is believed the fire started in the kitchen.',
      'The suspect is said to have fled north.',
      'The plan is seen by many as a gamble.',
      'The shop reportedly closed early.'
    ].join('\n')
    expect(attribute(text).map((a) => [a.speaker, a.kind])).toEqual([
      ['unnamed', 'unnamed'],
      ['unnamed', 'unnamed'],
      ['unnamed', 'unnamed'],
      ['unnamed', 'unnamed']
    ])
  })

  it('leaves a passive event ("No charges were filed", "cases were reported in") and a refusal to comment alone', () => {
    const text =
      'Headline\nNo charges were filed after the raid.\nMost cases were reported in the north.\nThe ministry did not say if any guards were injured.'
    expect(attribute(text)).toEqual([])
  })

  it('reads "was found to be" as an unnamed source', () => {
    expect(attribute('Headline\nThe vaccine was found to be safe in trials.')).toEqual([
      expect.objectContaining({ speaker: 'unnamed', kind: 'unnamed' })
    ])
  })

  it('does not read reporting verbs used for other things as attribution', () => {
    const text = [
      'Headline',
      'The company added 200 jobs last year.',
      'The museum displays a letter the king wrote in 1820.',
      'He said nothing and left the room.',
      'The law requires companies to report their emissions.',
      'The team called a timeout in the final minute.'
    ].join('\n')
    expect(attribute(text)).toEqual([])
  })

  it('gives a relative clause\'s verb to the noun before "who"', () => {
    expect(
      speakers(
        'Headline\nVoters elected a new mayor, who promised to cut taxes.\nResearchers who study the coast say erosion is speeding up.'
      )
    ).toEqual(['a new mayor', 'Researchers'])
  })

  it('takes the agent of "was reported by" as the speaker', () => {
    expect(speakers('Headline\nThe leak was reported by The Daily Ledger on Monday.')).toEqual([
      'The Daily Ledger'
    ])
  })
})

describe('findAttributions: quotations and their speakers', () => {
  it('gives a quotation in the next paragraph the speaker named before it', () => {
    const text =
      'Headline\nThe repairs are nearly done, the mayor says.\n"The bridge will reopen in May."'
    const found = attribute(text)
    expect(found.map((a) => [a.speaker, a.kind])).toEqual([
      ['the mayor', 'verb'],
      ['the mayor', 'quotation']
    ])
  })

  it('finds the speaker of a quotation whose "said X" comes at its end', () => {
    const text =
      'Headline\nThe festival drew record crowds.\n"People came from everywhere to hear the bands.\n"The music was wonderful," said Priya Nair.'
    expect(attribute(text).map((a) => [a.speaker, a.kind])).toEqual([
      ['Priya Nair', 'quotation'],
      ['Priya Nair', 'verb']
    ])
  })

  it('carries a quotation over paragraphs that reopen it', () => {
    const text =
      'Headline\nChef Paolo Reni said: "We buy everything from local farms.\n"It costs more, but our guests taste the difference."'
    expect(attribute(text).map((a) => a.speaker)).toEqual(['Chef Paolo Reni', 'Chef Paolo Reni'])
  })

  it('does not take a short quoted title or a scare quote for speech', () => {
    const text = 'Headline\nThe museum opened a show called "Modern Light" last week.'
    expect(attribute(text)).toEqual([])
  })

  it('reads a transcript speaker tag as the speaker of what follows', () => {
    const text =
      'Headline\nFlight director Karen Vogel led the launch.\nVOGEL: "All systems are go for launch now."'
    expect(attribute(text).map((a) => a.speaker)).toEqual(['Karen Vogel'])
  })
})

describe('findAttributions: resolving pronouns and descriptions', () => {
  it('resolves "She" to a person introduced without speaking, not to the previous speaker', () => {
    const text =
      'Headline\nThe bank raised rates, its governor said.\nDr. Helen Marsh is an economist at the state university.\nShe says the rise came too late.'
    expect(attribute(text).map((a) => [a.speaker, a.from])).toEqual([
      ['its governor', undefined],
      ['Dr. Helen Marsh', 'She']
    ])
  })

  it('resolves "It" to the organisation that opened the previous sentence, and "the agency" by name', () => {
    const text =
      'Headline\nColonel Ann Park told reporters it was unclear.\nBut hours later, the Defence Ministry issued a statement.\nIt said again that the drone was lost.\nThe regional transport agency said 80 trains were late.\nThe agency claimed its staff did well.'
    expect(attribute(text).map((a) => [a.speaker, a.from])).toEqual([
      ['Colonel Ann Park', undefined],
      ['the Defence Ministry', 'It'],
      ['The regional transport agency', undefined],
      ['The regional transport agency', 'The agency']
    ])
  })

  it('gives a person the full name the article used first', () => {
    const text =
      'Headline\nSenator Luis Ortiz Mendez chaired the hearing.\nSenator Mendez said the budget is short.'
    expect(speakers(text)).toEqual(['Senator Luis Ortiz Mendez'])
  })

  it('names the source of a headline from the body when the headline only describes it', () => {
    const text =
      'Rebel Group Accuses Army of Shelling Villages\n\nThe rebel group Free Hills Front has accused the army of shelling three villages.'
    expect(speakers(text)).toEqual([
      'The rebel group Free Hills Front',
      'The rebel group Free Hills Front'
    ])
  })
})

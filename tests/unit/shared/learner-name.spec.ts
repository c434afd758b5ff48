import { describe, expect, it } from 'vitest'
import { learnerNameSchema, safeFileBase } from '../../../src/shared/learner-name'
import { resultFileName } from '../../../src/shared/result-format'

describe('learner names', () => {
  it('keep any script, spaces and punctuation a real name has', () => {
    for (const name of [
      'Amira Okafor',
      'Nguyễn Thị Hà',
      'Ίκαρος',
      'O’Brien-Smith, Jr.',
      'زينب',
      'Zoë 2'
    ])
      expect(learnerNameSchema.parse(name)).toBe(name.normalize('NFC'))
  })

  it('refuse controls, text-direction overrides and names with nothing visible, saying why', () => {
    const refused = (name: string) => learnerNameSchema.safeParse(name).error?.issues[0]?.message
    expect(refused('Ben\u202eSmith')).toMatch(/reverse the text direction/)
    expect(refused('Ben\u2066')).toMatch(/reverse the text direction/)
    expect(refused('Ben\u001b[31m')).toMatch(/control characters/)
    expect(refused('\u200b\u200b')).toMatch(/letter or digit you can see/)
    expect(refused('\u00a0\u2003')).toBe('Type a name.')
    expect(refused('\u0301\u0301')).toMatch(/you can see/)
    // Punctuation alone is no name either: the class list would show a lone dot.
    expect(refused('   .   ')).toMatch(/letter or digit/)
    expect(refused('-- !')).toMatch(/letter or digit/)
    expect(learnerNameSchema.parse('李 .')).toBe('李 .')
  })
})

describe('file names', () => {
  it('are never a Windows device name', () => {
    expect(safeFileBase('CON.result.json')).toBe('_CON.result.json')
    expect(safeFileBase('lpt1')).toBe('_lpt1')
    expect(safeFileBase('Connor.result.json')).toBe('Connor.result.json')
    expect(resultFileName('NUL', 'quiz')).toBe('NUL-quiz.result.json')
  })
})

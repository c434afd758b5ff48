import { describe, expect, it } from 'vitest'
import { learnerNameKey, parseRoster } from '../../../src/shared/roster'

describe('parseRoster', () => {
  it('reads one name per line, trimming, skipping blanks and repeats', () => {
    const parsed = parseRoster('\uFEFFAmira\r\n  Bea  \n\nbea\nZoe\u0308\nZoë\n', {
      fileName: 'class.txt'
    })
    expect(parsed).toEqual({
      kind: 'lines',
      columns: ['Names'],
      column: 0,
      names: ['Amira', 'Bea', 'Zoë'],
      skipped: 2,
      idColumn: null,
      ids: []
    })
  })

  it('takes the column headed name, student or learner from a CSV, with quotes and commas', () => {
    const text =
      '\uFEFFClass,Student,Email\r\n7B,"O\'Brien, Siobhán",s@x\r\n7B,"Li ""Lee"" Wei",l@x\r\n'
    const parsed = parseRoster(text, { fileName: 'export.csv' })
    expect(parsed.kind).toBe('csv')
    expect(parsed.columns).toEqual(['Class', 'Student', 'Email'])
    expect(parsed.column).toBe(1)
    expect(parsed.names).toEqual(["O'Brien, Siobhán", 'Li "Lee" Wei'])
    expect(parseRoster(text, { fileName: 'export.csv', column: 2 }).names).toEqual(['s@x', 'l@x'])
  })

  it('reads a student id column when a header says so, one id per name kept', () => {
    const text =
      'Student number,Name,Class\r\nS-01,Amira,7B\r\nS-02,Bea,7B\r\nS-03,bea,7B\r\n,Chen,7B\r\n'
    const parsed = parseRoster(text, { fileName: 'export.csv' })
    expect(parsed.column).toBe(1)
    expect(parsed.idColumn).toBe(0)
    expect(parsed.names).toEqual(['Amira', 'Bea', 'Chen'])
    expect(parsed.ids).toEqual(['S-01', 'S-02', ''])
    expect(parseRoster(text, { fileName: 'export.csv', idColumn: null }).ids).toEqual([])
    // Without a name header, the first column that is not an id holds the names.
    const byId = parseRoster('ID;Full name\n17;Amira\n18;Bea\n')
    expect(byId.names).toEqual(['Amira', 'Bea'])
    expect(byId.ids).toEqual(['17', '18'])
  })

  it('reads no ids from a CSV without an id header, nor from plain lines', () => {
    expect(parseRoster('Amira;7B\nBea;7B\n').idColumn).toBeNull()
    expect(parseRoster('Name,Email\nAmira,a@x\n', { fileName: 'a.csv' }).ids).toEqual([])
  })

  it('takes the first column of a CSV with no recognised header', () => {
    const parsed = parseRoster('Amira;7B\nBea;7B\n')
    expect(parsed.kind).toBe('csv')
    expect(parsed.columns).toEqual(['Column 1', 'Column 2'])
    expect(parsed.names).toEqual(['Amira', 'Bea'])
  })

  it('treats pasted names without separators as lines', () => {
    expect(parseRoster('Amira\nBea').names).toEqual(['Amira', 'Bea'])
  })

  it('folds case and Unicode forms when comparing names', () => {
    expect(learnerNameKey(' STRASSE ')).toBe(learnerNameKey('Straße'))
    expect(learnerNameKey('Zoe\u0308')).toBe(learnerNameKey('zoë'))
  })
})

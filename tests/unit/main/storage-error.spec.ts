import { constants } from 'node:os'
import { describe, expect, it } from 'vitest'
import { fileSystemError } from '../../../src/main/services/storage-error'

describe('file-system errors, as people read them', () => {
  it('are a sentence naming the file, never its path or Node’s raw message, for every code', () => {
    const codes = [...Object.keys(constants.errno), 'UNKNOWN']
    expect(codes.length).toBeGreaterThan(50)
    for (const code of codes) {
      const raw = Object.assign(
        new Error(`${code}: something, open '/home/amira/.config/Says Who?/profiles.json'`),
        { code }
      )
      const error = fileSystemError('save', '/home/amira/.config/Says Who?/profiles.json', raw)
      expect(error.message, code).toMatch(/^Could not save profiles\.json: [a-z].*\.$/)
      expect(error.message, code).not.toContain('/')
      expect(error.message, code).not.toContain("open '")
      expect(error.file).toBe('profiles.json')
    }
  })

  it('say what to do for the common ones', () => {
    const of = (code: string) =>
      fileSystemError('read', 'C:\\Users\\ben\\profiles.json', Object.assign(new Error(), { code }))
        .message
    expect(of('ENOTDIR')).toBe(
      'Could not read profiles.json: a part of its path is a file, not a folder.'
    )
    expect(of('EROFS')).toBe('Could not read profiles.json: the disk is read-only.')
    expect(of('ENOSPC')).toBe('Could not read profiles.json: the disk is full.')
    expect(of('EBUSY')).toBe('Could not read profiles.json: the file is in use by another program.')
  })
})

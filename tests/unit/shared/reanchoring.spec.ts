import { describe, expect, it } from 'vitest'
import { reanchor, rememberPassage } from '../../../src/shared/reanchoring'

const ARTICLE =
  'Taliban spokesman Sohail Shaheen said that the main bases of ISIS are outside the country.\nHe also noted that the Americans are trying to shield the true customers.\nThe Taliban returned to power in 2021.'

function memoryOf(passage: string, text = ARTICLE): ReturnType<typeof rememberPassage> {
  const start = text.indexOf(passage)
  return rememberPassage(text, { start, end: start + passage.length })
}

const placed = (text: string, result: ReturnType<typeof reanchor>): string | null =>
  result.status === 'lost' ? null : text.slice(result.start, result.end)

describe('reanchor', () => {
  it('follows a passage that moved when text was added before it', () => {
    const memory = memoryOf('the Americans are trying to shield')
    const edited = `A new first line.\n${ARTICLE}`
    const result = reanchor(edited, memory)
    expect(result.status).toBe('exact')
    expect(placed(edited, result)).toBe('the Americans are trying to shield')
  })

  it('places a passage whose words were edited, and says it is a fuzzy placement', () => {
    const memory = memoryOf('the main bases of ISIS are outside the country')
    const edited = ARTICLE.replace('main bases', 'principal bases')
    const result = reanchor(edited, memory)
    expect(result.status).toBe('fuzzy')
    expect(placed(edited, result)).toContain('principal bases of ISIS are outside the country')
  })

  it('uses the context to choose between two copies of the same words', () => {
    const text = 'Officials said it was safe. Later, engineers said it was safe.'
    const memory = memoryOf('said it was safe', text.replace('Officials said', 'Officials say'))
    const second = rememberPassage(text, {
      start: text.lastIndexOf('said it was safe'),
      end: text.length - 1
    })
    expect(placed(text, reanchor(text, second))).toBe('said it was safe')
    expect(reanchor(text, second)).toMatchObject({ start: text.lastIndexOf('said it was safe') })
    void memory
  })

  it('flags a passage that was deleted instead of moving it somewhere else', () => {
    const memory = memoryOf('The Taliban returned to power in 2021.')
    const edited = ARTICLE.replace(
      'The Taliban returned to power in 2021.',
      'Nothing else happened.'
    )
    expect(reanchor(edited, memory)).toEqual({ status: 'lost' })
  })

  it('flags two equally good places rather than guessing', () => {
    const text = 'It was safe, he said. It was safe, he said.'
    const memory = { exact: 'It was sfe', prefix: '', suffix: '', start: 0 }
    expect(reanchor(`${text}`, { ...memory, start: 10 })).toEqual({ status: 'lost' })
  })
})

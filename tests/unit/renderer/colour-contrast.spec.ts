import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/** The colour tokens of both schemes, read from the stylesheet the app ships. */
const css = readFileSync(
  join(import.meta.dirname, '../../../src/renderer/src/styles/base.css'),
  'utf8'
)

function tokens(block: string): Map<string, string> {
  return new Map(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!])
  )
}

const lightBlock = css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)'))
const darkBlock = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))
const light = tokens(lightBlock)
const dark = new Map([...light, ...tokens(darkBlock.slice(0, darkBlock.indexOf('\n}\n')))])

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

describe.each([
  ['light', light],
  ['dark', dark]
])('the %s colour scheme', (_name, scheme) => {
  const get = (name: string): string => {
    const value = scheme.get(name)
    if (!value) throw new Error(`--${name} is not defined`)
    return value
  }

  it('has a focus ring of at least 3:1 against every background it is drawn on', () => {
    for (const background of ['paper', 'card', 'warn-bg', 'accent-bg', 'target-soft', 'kbd-bg'])
      expect(contrast(get('focus'), get(background)), background).toBeGreaterThanOrEqual(3)
    expect(contrast(get('header-accent'), get('header-bg'))).toBeGreaterThanOrEqual(3)
  })

  it('keeps each label underline at 3:1 against its own highlight and the card, text at 4.5:1', () => {
    for (const n of [0, 1, 2, 3]) {
      const line = get(`label-${n}-line`)
      const background = get(`label-${n}-bg`)
      expect(contrast(line, background), `label ${n} line on its highlight`).toBeGreaterThanOrEqual(
        3
      )
      expect(contrast(line, get('card')), `label ${n} line on the card`).toBeGreaterThanOrEqual(3)
      expect(contrast(get('ink'), background), `text on label ${n}`).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('keeps body text, muted text and the state colours readable on the paper and the cards', () => {
    for (const text of ['ink', 'muted', 'accent', 'right', 'wrong', 'warn', 'cue', 'speaker'])
      for (const background of ['paper', 'card'])
        expect(
          contrast(get(text), get(background)),
          `${text} on ${background}`
        ).toBeGreaterThanOrEqual(4.5)
    expect(contrast(get('accent-ink'), get('accent'))).toBeGreaterThanOrEqual(4.5)
    expect(contrast(get('ink'), get('target'))).toBeGreaterThanOrEqual(4.5)
    expect(contrast(get('muted'), get('target'))).toBeGreaterThanOrEqual(4.5)
  })
})

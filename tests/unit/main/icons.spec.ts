import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ICNS_TYPES,
  ICO_SIZES,
  PNG_SIZES,
  packIcns,
  packIco
} from '../../../scripts/make-icons.mjs'

const resources = join(import.meta.dirname, '../../../resources')

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  return [png.readUInt32BE(16), png.readUInt32BE(20)]
}

describe('the app icon', () => {
  it('has every PNG size, generated from the SVG source', () => {
    expect(readFileSync(join(resources, 'icon.svg'), 'utf8')).toContain('<svg')
    for (const size of PNG_SIZES)
      expect(pngSize(readFileSync(join(resources, 'icons', `${size}x${size}.png`)))).toEqual([
        size,
        size
      ])
    expect(pngSize(readFileSync(join(resources, 'icon.png')))).toEqual([1024, 1024])
  })

  it('packs an ICO whose directory points at each PNG', () => {
    const ico = readFileSync(join(resources, 'icon.ico'))
    expect(ico.readUInt16LE(2)).toBe(1)
    expect(ico.readUInt16LE(4)).toBe(ICO_SIZES.length)
    ICO_SIZES.forEach((size, index) => {
      const entry = 6 + 16 * index
      expect(ico.readUInt8(entry)).toBe(size === 256 ? 0 : size)
      const length = ico.readUInt32LE(entry + 8)
      const offset = ico.readUInt32LE(entry + 12)
      expect(pngSize(ico.subarray(offset, offset + length))).toEqual([size, size])
    })
  })

  it('packs an ICNS of typed PNG elements whose lengths add up', () => {
    const icns = readFileSync(join(resources, 'icon.icns'))
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const found = new Map<string, [number, number]>()
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4))
      found.set(
        icns.subarray(at, at + 4).toString('latin1'),
        pngSize(icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)))
      )
    expect(found).toEqual(new Map([...ICNS_TYPES].map(([size, type]) => [type, [size, size]])))
  })

  it('packs containers byte for byte from given images', () => {
    const png = readFileSync(join(resources, 'icons', '16x16.png'))
    expect(packIco(new Map([[16, png]])).length).toBe(6 + 16 + png.length)
    expect(packIcns(new Map([[16, png]])).readUInt32BE(4)).toBe(16 + png.length)
  })
})

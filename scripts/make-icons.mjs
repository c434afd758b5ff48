// Makes the app's icons from resources/icon.svg: `node scripts/make-icons.mjs`.
// Rasterising SVG needs rsvg-convert (librsvg) or ImageMagick's convert; the ICO and ICNS
// containers are written here, since both simply hold PNG images. The outputs are committed,
// so packaging needs none of these tools.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const resources = join(dirname(fileURLToPath(import.meta.url)), '../resources')

/** The Linux icon sizes (resources/icons/NxN.png), which include every size ICO and ICNS use. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
/** ICNS element types that hold a PNG of each size. */
export const ICNS_TYPES = new Map([
  [16, 'icp4'],
  [32, 'icp5'],
  [64, 'icp6'],
  [128, 'ic07'],
  [256, 'ic08'],
  [512, 'ic09'],
  [1024, 'ic10']
])

/** A Windows .ico of PNG images (supported since Windows Vista); `pngs` maps size to PNG bytes. */
export function packIco(pngs) {
  const sizes = [...pngs.keys()]
  const header = Buffer.alloc(6 + 16 * sizes.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(sizes.length, 4)
  let offset = header.length
  sizes.forEach((size, index) => {
    const png = pngs.get(size)
    const entry = 6 + 16 * index
    // A width or height of 256 is written as 0.
    header.writeUInt8(size >= 256 ? 0 : size, entry)
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1)
    header.writeUInt16LE(1, entry + 4)
    header.writeUInt16LE(32, entry + 6)
    header.writeUInt32LE(png.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += png.length
  })
  return Buffer.concat([header, ...sizes.map((size) => pngs.get(size))])
}

/** A macOS .icns of PNG images; `pngs` maps size to PNG bytes. */
export function packIcns(pngs) {
  const elements = [...pngs].map(([size, png]) => {
    const head = Buffer.alloc(8)
    head.write(ICNS_TYPES.get(size), 0, 'latin1')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'latin1')
  head.writeUInt32BE(8 + elements.reduce((sum, element) => sum + element.length, 0), 4)
  return Buffer.concat([head, ...elements])
}

function rasterise(svg, size, out) {
  try {
    execFileSync('rsvg-convert', ['-w', String(size), '-h', String(size), '-o', out, svg])
  } catch {
    execFileSync('convert', [
      '-background',
      'none',
      '-density',
      '384',
      svg,
      '-resize',
      `${size}x${size}`,
      `PNG32:${out}`
    ])
  }
}

function main() {
  const svg = join(resources, 'icon.svg')
  mkdirSync(join(resources, 'icons'), { recursive: true })
  const pngs = new Map()
  for (const size of PNG_SIZES) {
    const file = join(resources, 'icons', `${size}x${size}.png`)
    rasterise(svg, size, file)
    pngs.set(size, readFileSync(file))
  }
  const pick = (sizes) => new Map(sizes.map((size) => [size, pngs.get(size)]))
  writeFileSync(join(resources, 'icon.png'), pngs.get(1024))
  writeFileSync(join(resources, 'icon.ico'), packIco(pick(ICO_SIZES)))
  writeFileSync(join(resources, 'icon.icns'), packIcns(pick([...ICNS_TYPES.keys()])))
  console.log(
    `Wrote resources/icon.png, icon.ico, icon.icns and icons/ (${PNG_SIZES.join(', ')} px).`
  )
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()

import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_FOLDER_DEPTH } from '../../../src/main/services/report-files'
import { ZIP_LIMITS, readResultZip } from '../../../src/main/services/result-zip'
import { tempApp, type TempApp } from '../../fixtures/temp-data'

/** A file main did not read: its message now, and the same message made in every language. */
function said(fileName: string, message: string): object {
  return {
    fileName,
    message,
    texts: { en: message, es: expect.any(String) as string, fr: expect.any(String) as string }
  }
}

let app: TempApp
beforeEach(async () => {
  app = await tempApp()
})
afterEach(() => app.cleanup())

const RESULT = '{"format":"says-who/result@1"}'

/** A zip whose central directory claims a size other than the entry's real one. */
function withDeclaredSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const out = zip.slice()
  const view = new DataView(out.buffer)
  const name = strToU8(entryName)
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue
    const length = view.getUint16(i + 28, true)
    const here = out.subarray(i + 46, i + 46 + length)
    if (length === name.length && here.every((b, j) => b === name[j]))
      view.setUint32(i + 24, size, true)
  }
  return out
}

describe('a zip of result files', () => {
  it('reads every *.result.json in it, in folders too, and nothing else', () => {
    const zip = zipSync({
      'amira.result.json': strToU8(RESULT),
      'class 7b/week 3/ben.result.json': strToU8(RESULT),
      'notes.txt': strToU8('not a result'),
      'empty/': new Uint8Array(0)
    })
    const read = readResultZip(zip, 'week3.zip')
    expect(read.files.map((f) => f.fileName)).toEqual([
      'week3.zip › amira.result.json',
      'week3.zip › class 7b/week 3/ben.result.json'
    ])
    expect(read.files[0]?.text).toBe(RESULT)
    expect(read.unreadable).toEqual([])
  })

  it('reports a name that climbs out as skipped, naming the zip and the entry', () => {
    const zip = zipSync({
      '../../evil.result.json': strToU8(RESULT),
      '/etc/abs.result.json': strToU8(RESULT),
      'C:\\win.result.json': strToU8(RESULT),
      'ok.result.json': strToU8(RESULT)
    })
    const read = readResultZip(zip, 'hostile.zip')
    expect(read.files.map((f) => f.fileName)).toEqual(['hostile.zip › ok.result.json'])
    expect(read.unreadable.map((u) => u.fileName)).toEqual([
      'hostile.zip › ../../evil.result.json',
      'hostile.zip › /etc/abs.result.json',
      'hostile.zip › C:\\win.result.json'
    ])
    expect(read.unreadable[0]?.message).toMatch(/points outside the zip.*did no harm/)
  })

  it('refuses a bomb by its declared sizes before inflating anything', () => {
    // Sizes as a bomb declares them honestly; the bytes behind them are never inflated.
    const small = zipSync({ 'bomb.result.json': strToU8(RESULT) })
    const bomb = withDeclaredSize(small, 'bomb.result.json', ZIP_LIMITS.entryBytes + 1)
    const read = readResultZip(bomb, 'bomb.zip')
    expect(read.files).toEqual([])
    expect(read.unreadable).toEqual([
      said(
        'bomb.zip › bomb.result.json',
        'Skipped: it is larger than 5 MB, too large to be a result file.'
      )
    ])
    const names = Array.from({ length: 41 }, (_, i) => `${i}.result.json`)
    let many: Uint8Array = zipSync(Object.fromEntries(names.map((name) => [name, strToU8(RESULT)])))
    for (const name of names) many = withDeclaredSize(many, name, ZIP_LIMITS.entryBytes)
    const total = readResultZip(many, 'many.zip')
    expect(total.files).toEqual([])
    expect(total.unreadable).toEqual([
      said(
        'many.zip',
        'many.zip would unpack to more than 200 MB: it is not a zip of result files.'
      )
    ])
  })

  it('stops inflating an entry that outgrows its declared size (a lying bomb)', () => {
    const honest = zipSync({ 'liar.result.json': new Uint8Array(3_000_000).fill(0x20) })
    const lying = withDeclaredSize(honest, 'liar.result.json', 100)
    const read = readResultZip(lying, 'liar.zip')
    expect(read.files).toEqual([])
    expect(read.unreadable[0]).toEqual({
      fileName: 'liar.zip › liar.result.json',
      message: expect.stringMatching(/unpacks to more than liar\.zip says/) as unknown as string,
      texts: expect.objectContaining({ fr: expect.stringMatching(/liar\.zip annonce/) })
    })
  })

  it('names a torn zip, a damaged entry and too many entries', () => {
    const zip = zipSync({ 'a.result.json': strToU8(RESULT) })
    expect(readResultZip(zip.subarray(0, zip.length - 10), 'torn.zip').unreadable).toEqual([
      said('torn.zip', 'torn.zip is not a complete zip file (it may have been cut short).')
    ])
    const damaged = zip.slice()
    damaged[40] = (damaged[40] ?? 0) ^ 0xff
    const read = readResultZip(damaged, 'bad.zip')
    expect(read.files.length + read.unreadable.length).toBe(1)
    const crowd = Object.fromEntries(
      Array.from({ length: ZIP_LIMITS.entries + 1 }, (_, i) => [`${i}.result.json`, strToU8('{}')])
    )
    expect(readResultZip(zipSync(crowd), 'crowd.zip').unreadable[0]?.message).toBe(
      `crowd.zip holds ${ZIP_LIMITS.entries + 1} result files; at most ${ZIP_LIMITS.entries} can be imported at once.`
    )
  })

  it('is imported through the report channel without writing anything', async () => {
    const zipPath = join(app.root, 'class.zip')
    await writeFile(
      zipPath,
      zipSync({
        'x/../../../escape.result.json': strToU8(RESULT),
        'a.result.json': strToU8(RESULT)
      })
    )
    const before = await readdir(app.root, { recursive: true })
    app.chooseNext(zipPath)
    const read = await app.handlers.openResultFiles({ from: 'zip' })
    expect(read).toMatchObject({
      status: 'opened',
      files: [{ fileName: 'class.zip › a.result.json', text: RESULT }],
      unreadable: [{ fileName: 'class.zip › x/../../../escape.result.json' }]
    })
    expect(await readdir(app.root, { recursive: true })).toEqual(before)
    app.chooseNext(join(app.root, 'missing.zip'))
    expect(await app.handlers.openResultFiles({ from: 'zip' })).toEqual({
      status: 'opened',
      files: [],
      unreadable: [said('missing.zip', 'Could not read missing.zip: the file does not exist.')],
      source: 'missing.zip'
    })
  })
})

describe('a folder of result files', () => {
  it('is read with its subfolders, files named by their path, link loops not followed', async () => {
    const folder = join(app.root, 'hand-ins')
    await mkdir(join(folder, '7B', 'week 3'), { recursive: true })
    await writeFile(join(folder, 'amira.result.json'), RESULT)
    await writeFile(join(folder, '7B', 'week 3', 'amira.result.json'), RESULT)
    await writeFile(join(folder, '7B', 'notes.txt'), 'x')
    await symlink(folder, join(folder, '7B', 'loop'))
    let deep = folder
    for (let i = 0; i <= MAX_FOLDER_DEPTH; i++) deep = join(deep, `d${i}`)
    await mkdir(deep, { recursive: true })
    await writeFile(join(deep, 'deep.result.json'), RESULT)
    app.chooseNext(folder)
    const read = await app.handlers.openResultFiles({ from: 'folder' })
    if (read.status !== 'opened') throw new Error('cancelled')
    expect(read.files.map((f) => f.fileName)).toEqual([
      '7B/week 3/amira.result.json',
      'amira.result.json'
    ])
    expect(read.unreadable).toEqual([
      said('7B/loop', 'Not followed: it is a link to another folder.'),
      said(
        `${Array.from({ length: MAX_FOLDER_DEPTH + 1 }, (_, i) => `d${i}`).join('/')}`,
        `Not read: it is more than ${MAX_FOLDER_DEPTH} folders deep.`
      )
    ])
  })
})

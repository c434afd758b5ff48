import { strFromU8 } from 'fflate'

/** One entry of a zip's central directory, as the zip declares it (it may lie: check while reading). */
export interface ZipDirectoryEntry {
  name: string
  /** General-purpose flags: bit 0 says the entry is encrypted. */
  flags: number
  /** 0 stored, 8 deflated. */
  method: number
  compressedSize: number
  size: number
  localOffset: number
  /** A Unix symbolic link (made on Unix, link file type): fflate does not expose the mode. */
  isLink: boolean
}

/**
 * The central directory of a zip, read before anything is inflated, or null when the zip is torn
 * (no end record, or a directory that runs past it). fflate's own reader inflates as it lists;
 * the backups and the report's zip import need the declared sizes and modes first.
 */
export function readCentralDirectory(bytes: Uint8Array): ZipDirectoryEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) return null
  const count = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  const entries: ZipDirectoryEntry[] = []
  for (let i = 0; i < count; i++) {
    if (offset + 46 > end || view.getUint32(offset, true) !== 0x02014b50) return null
    const madeBy = view.getUint16(offset + 4, true) >> 8
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const commentLength = view.getUint16(offset + 32, true)
    const mode = view.getUint32(offset + 38, true) >>> 16
    if (offset + 46 + nameLength > end) return null
    entries.push({
      name: strFromU8(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
      // 3 is Unix; 0o120000 in the file-type bits is a symbolic link.
      isLink: madeBy === 3 && (mode & 0o170000) === 0o120000
    })
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

import { createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { signedContent, validateResultText, type ResultFile } from '../../shared/result-format'
import { writeFileDurably } from './durable-file'
import { readRecordFile } from './json-record-file'

/** Whether a result file was collected by the teacher on this computer and is unchanged since. */
export type Provenance = 'unchanged' | 'altered'

const SIGNING_FORMAT = 'says-who/result-signing@1'
const signingFileSchema = z.strictObject({
  format: z.literal(SIGNING_FORMAT),
  salt: z.string().regex(/^[0-9a-f]{32}$/)
})

/**
 * Signs the result files the teacher collects on the classroom computer, with an HMAC-SHA256 key
 * derived from the teacher PIN (scrypt, with a salt of its own beside teacher.json, so the key is
 * not the stored PIN hash). The key lives in main's memory only while teacher mode is unlocked;
 * it never reaches the renderer, and a learner without the PIN cannot make a valid signature.
 */
export class ResultSigner {
  private key: Buffer | null = null

  constructor(
    private readonly dataDir: string,
    private readonly cost: { N: number; r: number; p: number } = { N: 2 ** 15, r: 8, p: 1 }
  ) {}

  get unlocked(): boolean {
    return this.key !== null
  }

  async unlock(pin: string): Promise<void> {
    const salt = Buffer.from(await this.salt(), 'hex')
    const { N, r, p } = this.cost
    this.key = await new Promise<Buffer>((resolve, reject) =>
      scrypt(
        `says-who result signing\u0000${pin.normalize('NFKC')}`,
        salt,
        32,
        { N, r, p, maxmem: 256 * N * r + 1024 * 1024 },
        (error, key) => (error ? reject(error) : resolve(key))
      )
    )
  }

  lock(): void {
    this.key = null
  }

  sign(file: ResultFile): ResultFile {
    if (!this.key) throw new Error('Unlock teacher mode to collect results.')
    return { ...file, signature: `hmac-sha256:${this.mac(file)}` }
  }

  /** null: not signed, or no key to check it with (teacher mode locked). */
  verify(text: string): Provenance | null {
    if (!this.key || !text.includes('"signature"')) return null
    const checked = validateResultText(text)
    if (!checked.ok || !checked.result.signature) return null
    const given = Buffer.from(checked.result.signature.slice('hmac-sha256:'.length), 'hex')
    const expected = Buffer.from(this.mac(checked.result), 'hex')
    return given.length === expected.length && timingSafeEqual(given, expected)
      ? 'unchanged'
      : 'altered'
  }

  private mac(file: ResultFile): string {
    return createHmac('sha256', this.key as Buffer)
      .update(signedContent(file))
      .digest('hex')
  }

  private async salt(): Promise<string> {
    const file = join(this.dataDir, 'result-signing.json')
    const record = await readRecordFile(file, signingFileSchema)
    if (record.status === 'ok') return record.value.salt
    const salt = randomBytes(16).toString('hex')
    await mkdir(this.dataDir, { recursive: true })
    await writeFileDurably(file, `${JSON.stringify({ format: SIGNING_FORMAT, salt }, null, 2)}\n`)
    return salt
  }
}

import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { learnerNameKey } from '../../shared/roster'
import { writeFileDurably } from './durable-file'
import { readRecordFile } from './json-record-file'
import { SerialQueue } from './serial-queue'

const ROSTER_FORMAT = 'says-who/roster@1'
const rosterFileSchema = z.strictObject({
  format: z.literal(ROSTER_FORMAT),
  names: z.array(z.string().trim().min(1).max(60)).max(1000)
})

/** The class list the teacher imported, kept so the report can say who has not handed in. */
export class RosterStore {
  private readonly queue = new SerialQueue()
  private readonly file: string

  constructor(private readonly dataDir: string) {
    this.file = join(dataDir, 'roster.json')
  }

  names(): Promise<string[]> {
    return this.queue.run(() => this.read())
  }

  /** The latest import is the class: it replaces the roster before it. */
  replace(names: readonly string[]): Promise<void> {
    return this.queue.run(() => this.write(names))
  }

  /** A renamed learner keeps their place on the roster under the new name. */
  rename(before: string, after: string): Promise<void> {
    return this.queue.run(async () => {
      const names = await this.read()
      const key = learnerNameKey(before)
      if (names.some((name) => learnerNameKey(name) === key))
        await this.write(names.map((name) => (learnerNameKey(name) === key ? after : name)))
    })
  }

  private async read(): Promise<string[]> {
    const record = await readRecordFile(this.file, rosterFileSchema)
    return record.status === 'ok' ? record.value.names : []
  }

  private async write(names: readonly string[]): Promise<void> {
    await mkdir(this.dataDir, { recursive: true })
    await writeFileDurably(
      this.file,
      `${JSON.stringify({ format: ROSTER_FORMAT, names }, null, 2)}\n`
    )
  }
}

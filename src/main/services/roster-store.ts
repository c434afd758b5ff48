import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { learnerNameKey } from '../../shared/roster'
import { writeFileDurably } from './durable-file'
import { readRecordFile } from './json-record-file'
import { SerialQueue } from './serial-queue'

const ROSTER_FORMAT = 'says-who/roster@1'
const rosterFileSchema = z
  .strictObject({
    format: z.literal(ROSTER_FORMAT),
    names: z.array(z.string().trim().min(1).max(60)).max(1000),
    /** One per name ('' for none); absent when the class list had no id column. */
    studentIds: z.array(z.string().max(40)).max(1000).optional()
  })
  .refine((file) => !file.studentIds || file.studentIds.length === file.names.length)

export interface Roster {
  names: string[]
  studentIds?: string[]
}

/** The class list the teacher imported, kept so the report can say who has not handed in. */
export class RosterStore {
  private readonly queue = new SerialQueue()
  private readonly file: string

  constructor(private readonly dataDir: string) {
    this.file = join(dataDir, 'roster.json')
  }

  async names(): Promise<string[]> {
    return (await this.roster()).names
  }

  /** The names and, when the class list had them, their student ids (same order). */
  roster(): Promise<Roster> {
    return this.queue.run(() => this.read())
  }

  /** The latest import is the class: it replaces the roster before it. */
  replace(names: readonly string[], studentIds?: readonly string[]): Promise<void> {
    const ids = studentIds && studentIds.some((id) => id !== '') ? [...studentIds] : undefined
    return this.queue.run(() =>
      this.write({ names: [...names], ...(ids ? { studentIds: ids } : {}) })
    )
  }

  /** A renamed learner keeps their place (and student id) on the roster under the new name. */
  rename(before: string, after: string): Promise<void> {
    return this.queue.run(async () => {
      const roster = await this.read()
      const key = learnerNameKey(before)
      if (roster.names.some((name) => learnerNameKey(name) === key))
        await this.write({
          ...roster,
          names: roster.names.map((name) => (learnerNameKey(name) === key ? after : name))
        })
    })
  }

  private async read(): Promise<Roster> {
    const record = await readRecordFile(this.file, rosterFileSchema)
    if (record.status !== 'ok') return { names: [] }
    const { names, studentIds } = record.value
    return studentIds ? { names, studentIds } : { names }
  }

  private async write(roster: Roster): Promise<void> {
    await mkdir(this.dataDir, { recursive: true })
    await writeFileDurably(
      this.file,
      `${JSON.stringify({ format: ROSTER_FORMAT, ...roster }, null, 2)}\n`
    )
  }
}

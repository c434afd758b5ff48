import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { profileSchema, type Profile } from '../../shared/attempt-format'
import type { StorageNotice } from '../../shared/contract'
import { writeFileDurably } from './durable-file'
import { readRecordFile } from './json-record-file'
import { SerialQueue } from './serial-queue'
import { UserFacingError } from './storage-error'

const PROFILES_FORMAT = 'says-who/profiles@1'
const profilesFileSchema = z.strictObject({
  format: z.literal(PROFILES_FORMAT),
  profiles: z.array(profileSchema).max(1000)
})

/** The learners of a shared classroom computer: names only, no passwords. */
export class ProfileStore {
  private readonly queue = new SerialQueue()
  private readonly file: string

  constructor(
    private readonly dataDir: string,
    private readonly newId: () => string,
    private readonly now: () => Date = () => new Date()
  ) {
    this.file = join(dataDir, 'profiles.json')
  }

  list(): Promise<{ profiles: Profile[]; notices: StorageNotice[] }> {
    return this.queue.run(() => this.read())
  }

  async get(profileId: string): Promise<Profile> {
    const { profiles } = await this.list()
    const profile = profiles.find((candidate) => candidate.id === profileId)
    if (!profile) throw new UserFacingError('That learner is not on this computer any more.')
    return profile
  }

  create(name: string): Promise<Profile> {
    return this.queue.run(async () => {
      const { profiles } = await this.read()
      const wanted = name.trim()
      if (profiles.some((p) => p.name.toLocaleLowerCase() === wanted.toLocaleLowerCase())) {
        throw new UserFacingError(
          `There is already a learner called "${wanted}". Pick that name, or add a surname or an initial.`
        )
      }
      const profile: Profile = {
        id: this.newId(),
        name: wanted,
        createdAt: this.now().toISOString()
      }
      await mkdir(this.dataDir, { recursive: true })
      const next = [...profiles, profile].sort((a, b) => a.name.localeCompare(b.name))
      await writeFileDurably(
        this.file,
        JSON.stringify({ format: PROFILES_FORMAT, profiles: next }, null, 2)
      )
      return profile
    })
  }

  private async read(): Promise<{ profiles: Profile[]; notices: StorageNotice[] }> {
    const record = await readRecordFile(this.file, profilesFileSchema)
    switch (record.status) {
      case 'ok':
        return { profiles: record.value.profiles, notices: [] }
      case 'missing':
        return { profiles: [], notices: [] }
      case 'damaged':
        return { profiles: [], notices: [record.notice] }
    }
  }
}

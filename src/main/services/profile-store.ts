import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { profileSchema, type Profile } from '../../shared/attempt-format'
import { learnerNameKey as nameKey } from '../../shared/roster'
import type { StorageNotice } from '../../shared/contract'
import type { Locale } from '../../shared/locales'
import { writeFileDurably } from './durable-file'
import { readRecordFile } from './json-record-file'
import { SerialQueue } from './serial-queue'
import { mainText } from './main-text'
import { UserFacingError } from './user-facing-error'

const PROFILES_FORMAT = 'says-who/profiles@1'
/** The file's frame; each entry is checked on its own, so one bad entry costs only itself. */
const profilesFileSchema = z.strictObject({
  format: z.literal(PROFILES_FORMAT),
  profiles: z.array(z.unknown()).max(1000)
})

function refuseTaken(profiles: readonly Profile[], wanted: string): void {
  if (profiles.some((p) => nameKey(p.name) === nameKey(wanted)))
    throw new UserFacingError(mainText('learners.taken', { name: wanted }))
}

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

  /** What was set aside since the learners were last listed: told to a person once. */
  private pending: StorageNotice[] = []

  /** The learners, and anything set aside since the last time they were listed. */
  list(): Promise<{ profiles: Profile[]; notices: StorageNotice[] }> {
    return this.queue.run(async () => {
      const { profiles } = await this.read()
      return { profiles, notices: this.takeNotices() }
    })
  }

  /** Hands over what was set aside and not told yet. */
  takeNotices(): StorageNotice[] {
    const notices = this.pending
    this.pending = []
    return notices
  }

  async get(profileId: string): Promise<Profile> {
    const { profiles } = await this.queue.run(() => this.read())
    const profile = profiles.find((candidate) => candidate.id === profileId)
    if (!profile) throw new UserFacingError(mainText('learners.gone'))
    return profile
  }

  create(name: string): Promise<Profile> {
    return this.queue.run(async () => {
      const { profiles } = await this.read()
      const wanted = name.trim().normalize('NFC')
      refuseTaken(profiles, wanted)
      const profile: Profile = {
        id: this.newId(),
        name: wanted,
        createdAt: this.now().toISOString()
      }
      await this.write([...profiles, profile])
      return profile
    })
  }

  /** Adds a learner for each name not on this computer yet; returns the new ones. */
  createMissing(names: readonly string[]): Promise<{ added: Profile[]; alreadyThere: number }> {
    return this.queue.run(async () => {
      const { profiles } = await this.read()
      const known = new Set(profiles.map((p) => nameKey(p.name)))
      const added: Profile[] = []
      for (const raw of names) {
        const name = raw.trim().normalize('NFC')
        if (name === '' || known.has(nameKey(name))) continue
        known.add(nameKey(name))
        added.push({ id: this.newId(), name, createdAt: this.now().toISOString() })
      }
      if (added.length > 0) await this.write([...profiles, ...added])
      return { added, alreadyThere: names.length - added.length }
    })
  }

  rename(profileId: string, name: string): Promise<{ before: Profile; after: Profile }> {
    return this.queue.run(async () => {
      const { profiles } = await this.read()
      const before = profiles.find((p) => p.id === profileId)
      if (!before) throw new UserFacingError(mainText('learners.gone'))
      const wanted = name.trim().normalize('NFC')
      refuseTaken(
        profiles.filter((p) => p.id !== profileId),
        wanted
      )
      const after = { ...before, name: wanted }
      await this.write(profiles.map((p) => (p.id === profileId ? after : p)))
      return { before, after }
    })
  }

  /** Remembers that the learner has seen the primer; the first time counts. */
  markPrimerSeen(profileId: string): Promise<Profile> {
    return this.queue.run(async () => {
      const { profiles } = await this.read()
      const before = profiles.find((p) => p.id === profileId)
      if (!before) throw new UserFacingError(mainText('learners.gone'))
      if (before.primerSeenAt) return before
      const after = { ...before, primerSeenAt: this.now().toISOString() }
      await this.write(profiles.map((p) => (p.id === profileId ? after : p)))
      return after
    })
  }

  /** Remembers the interface language the learner chose. */
  setLanguage(profileId: string, language: Locale): Promise<Profile> {
    return this.queue.run(async () => {
      const { profiles } = await this.read()
      const before = profiles.find((p) => p.id === profileId)
      if (!before) throw new UserFacingError(mainText('learners.gone'))
      if (before.language === language) return before
      const after = { ...before, language }
      await this.write(profiles.map((p) => (p.id === profileId ? after : p)))
      return after
    })
  }

  /** Takes a learner off the list (their attempts are archived by the caller first). */
  remove(profileId: string): Promise<void> {
    return this.queue.run(async () => {
      const { profiles } = await this.read()
      await this.write(profiles.filter((p) => p.id !== profileId))
    })
  }

  /** Puts an archived learner back, refusing if their id or name is in use again. */
  restore(profile: Profile): Promise<void> {
    return this.queue.run(async () => {
      const { profiles } = await this.read()
      if (profiles.some((p) => p.id === profile.id))
        throw new UserFacingError(mainText('learners.alreadyListed', { name: profile.name }))
      refuseTaken(profiles, profile.name)
      await this.write([...profiles, profile])
    })
  }

  private async write(profiles: Profile[]): Promise<void> {
    await mkdir(this.dataDir, { recursive: true })
    const sorted = [...profiles].sort((a, b) => a.name.localeCompare(b.name))
    await writeFileDurably(
      this.file,
      JSON.stringify({ format: PROFILES_FORMAT, profiles: sorted }, null, 2)
    )
  }

  private async read(): Promise<{ profiles: Profile[] }> {
    const record = await readRecordFile(this.file, profilesFileSchema)
    switch (record.status) {
      case 'ok':
        return { profiles: await this.keepGoodEntries(record.value.profiles) }
      case 'missing':
        return { profiles: [] }
      case 'damaged': {
        // A torn file still holds whole entries: keep those, so that nobody comes back to find
        // their name gone and makes a second learner beside their own attempts.
        const salvaged = salvageProfiles(record.text)
        if (salvaged.length > 0) await this.write(salvaged)
        this.pending.push(
          salvaged.length === 0
            ? record.notice
            : {
                ...record.notice,
                message: `${record.notice.message} ${mainText('notices.recovered', {
                  count: salvaged.length,
                  names: salvaged.map((p) => p.name).join(', ')
                })}`
              }
        )
        return { profiles: salvaged }
      }
    }
  }

  /**
   * Keeps every valid learner of the file. Bad entries go to a file beside it (never deleted),
   * the list is written again without them, and a person is told.
   */
  private async keepGoodEntries(entries: unknown[]): Promise<Profile[]> {
    const good: Profile[] = []
    const bad: unknown[] = []
    const ids = new Set<string>()
    for (const entry of entries) {
      const checked = profileSchema.safeParse(entry)
      if (checked.success && !ids.has(checked.data.id)) {
        ids.add(checked.data.id)
        good.push(checked.data)
      } else bad.push(entry)
    }
    if (bad.length === 0) return good
    const stamp = this.now().toISOString().replace(/[:.]/g, '-')
    const aside = `profiles.json.bad-entries-${stamp}`
    await writeFileDurably(join(this.dataDir, aside), JSON.stringify(bad, null, 2))
    await this.write(good)
    this.pending.push({
      file: 'profiles.json',
      message: mainText('notices.badEntries', { bad: bad.length, aside, good: good.length })
    })
    return good
  }
}

/** Every whole, valid learner entry found in the text of a damaged list, in any order of keys. */
function salvageProfiles(text: string): Profile[] {
  const found = new Map<string, Profile>()
  for (const match of text.matchAll(/\{[^{}]*\}/g)) {
    let entry: unknown
    try {
      entry = JSON.parse(match[0])
    } catch {
      continue
    }
    const checked = profileSchema.safeParse(entry)
    if (checked.success && !found.has(checked.data.id)) found.set(checked.data.id, checked.data)
  }
  return [...found.values()]
}

import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { SUPPORTED_LOCALES, type Locale } from '../../shared/locales'
import { writeFileDurably } from './durable-file'
import { readRecordFile } from './json-record-file'
import { SerialQueue } from './serial-queue'

const SETTINGS_FORMAT = 'says-who/settings@1'
const settingsFileSchema = z.strictObject({
  format: z.literal(SETTINGS_FORMAT),
  language: z.enum(SUPPORTED_LOCALES)
})

/**
 * The computer's settings, shared by every learner on it: the interface language. Until someone
 * picks one, there is none, and the app follows the system's language.
 */
export class SettingsStore {
  private readonly queue = new SerialQueue()
  private readonly file: string

  constructor(private readonly dataDir: string) {
    this.file = join(dataDir, 'settings.json')
  }

  language(): Promise<Locale | null> {
    return this.queue.run(async () => {
      const read = await readRecordFile(this.file, settingsFileSchema)
      return read.status === 'ok' ? read.value.language : null
    })
  }

  setLanguage(language: Locale): Promise<void> {
    return this.queue.run(async () => {
      await mkdir(this.dataDir, { recursive: true })
      const record = { format: SETTINGS_FORMAT, language }
      await writeFileDurably(this.file, `${JSON.stringify(record, null, 2)}\n`)
    })
  }
}

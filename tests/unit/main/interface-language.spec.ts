import { readdir, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { pickLocale } from '../../../src/shared/locales'
import { mainLanguage, setMainLanguage } from '../../../src/main/services/main-text'
import { SettingsStore } from '../../../src/main/services/settings-store'
import { tempApp, type TempApp } from '../../fixtures/temp-data'

describe('the language a first start follows', () => {
  it.each([
    [['es-MX', 'en-US'], 'es'],
    [['fr_CA'], 'fr'],
    [['de-DE', 'fr-FR'], 'fr'],
    [['de-DE', 'ja'], 'en'],
    [[], 'en']
  ])('%j gives %s', (preferred, expected) => {
    expect(pickLocale(preferred)).toBe(expected)
  })
})

describe('the interface language chosen on this computer', () => {
  let app: TempApp | undefined
  afterEach(async () => {
    setMainLanguage('en')
    await app?.cleanup()
  })

  it('is none until chosen, then kept for every learner, and main speaks it at once', async () => {
    app = await tempApp()
    expect(await app.handlers.getLanguage()).toEqual({ language: null })
    await app.handlers.setLanguage({ language: 'fr' })
    expect(mainLanguage()).toBe('fr')
    expect(await new SettingsStore(app.dataDir).language()).toBe('fr')
    expect(await app.handlers.getLanguage()).toEqual({ language: 'fr' })
  })

  it('refuses a language the app does not ship, over IPC, as a readable error', async () => {
    app = await tempApp()
    const result = await app.dispatch('setLanguage', { language: 'xx' })
    expect(result).toMatchObject({ ok: false })
    expect(await app.handlers.getLanguage()).toEqual({ language: null })
  })

  it('is kept for the learner who chose it as well, and for nobody else; a learner no longer there is refused', async () => {
    app = await tempApp()
    const amira = await app.handlers.createProfile({ name: 'Amira' })
    const bo = await app.handlers.createProfile({ name: 'Bo' })
    await app.dispatch('setLanguage', { language: 'es', profileId: amira.id })
    await app.dispatch('setLanguage', { language: 'fr' })
    const { profiles } = await app.handlers.listProfiles()
    expect(profiles.find((p) => p.id === amira.id)?.language).toBe('es')
    expect(profiles.find((p) => p.id === bo.id)?.language).toBeUndefined()
    // The computer's language is the one chosen last.
    expect(await app.handlers.getLanguage()).toEqual({ language: 'fr' })

    const gone = await app.dispatch('setLanguage', { language: 'en', profileId: 'nobody-here' })
    expect(gone).toMatchObject({ ok: false })
    const junk = await app.dispatch('setLanguage', { language: 'en', profileId: '../x' })
    expect(junk).toMatchObject({ ok: false })
    expect(await app.handlers.getLanguage()).toEqual({ language: 'fr' })
  })

  it('a damaged settings file is set aside, and the app follows the system again', async () => {
    app = await tempApp()
    await mkdir(app.dataDir, { recursive: true })
    await writeFile(
      join(app.dataDir, 'settings.json'),
      '{"format":"says-who/settings@1","language":'
    )
    expect(await new SettingsStore(app.dataDir).language()).toBeNull()
    const names = await readdir(app.dataDir)
    expect(names.some((name) => name.startsWith('settings.json') && name !== 'settings.json')).toBe(
      true
    )
  })
})

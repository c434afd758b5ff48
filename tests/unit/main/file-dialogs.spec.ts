import type { OpenDialogOptions, SaveDialogOptions } from 'electron'
import { afterEach, describe, expect, it } from 'vitest'
import { FILE_DIALOG_PURPOSES, setupFileDialogs } from '../../../src/main/file-dialogs'
import { setMainLanguage } from '../../../src/main/services/main-text'
import { SUPPORTED_LOCALES } from '../../../src/shared/locales'

/** A stand-in for Electron's dialog module: records what was asked, answers as told. */
function fakeDialog(answer: { canceled: boolean; paths: string[] }) {
  const asked: (OpenDialogOptions | SaveDialogOptions)[] = []
  const dialog = {
    showOpenDialog: async (...args: unknown[]) => {
      asked.push(args.at(-1) as OpenDialogOptions)
      return { canceled: answer.canceled, filePaths: answer.paths }
    },
    showSaveDialog: async (...args: unknown[]) => {
      asked.push(args.at(-1) as SaveDialogOptions)
      return { canceled: answer.canceled, filePath: answer.paths[0] ?? '' }
    }
  }
  return { dialog: dialog as never, asked }
}

describe('the one file-dialog port', () => {
  it('asks for several result files at once, and one file for everything else', async () => {
    const { dialog, asked } = fakeDialog({ canceled: false, paths: ['/a.json', '/b.json'] })
    const choose = setupFileDialogs(dialog, () => null)
    expect(await choose({ purpose: 'open-result-files' })).toEqual(['/a.json', '/b.json'])
    expect(asked[0]).toMatchObject({ properties: ['openFile', 'multiSelections'] })
    await choose({ purpose: 'open-quiz' })
    expect(asked[1]).toMatchObject({ title: 'Open a quiz file', properties: ['openFile'] })
  })

  it('saves under the suggested name, asking before replacing, and says null on cancel', async () => {
    const saving = fakeDialog({ canceled: false, paths: ['/home/x/Amira.result.json'] })
    const choose = setupFileDialogs(saving.dialog, () => null)
    expect(await choose({ purpose: 'save-results', suggestedName: 'Amira.result.json' })).toEqual([
      '/home/x/Amira.result.json'
    ])
    expect(saving.asked[0]).toMatchObject({
      defaultPath: 'Amira.result.json',
      properties: ['showOverwriteConfirmation', 'createDirectory']
    })
    const cancelled = fakeDialog({ canceled: true, paths: [] })
    const cancel = setupFileDialogs(cancelled.dialog, () => null)
    expect(await cancel({ purpose: 'save-csv', suggestedName: 'x.csv' })).toBeNull()
    expect(await cancel({ purpose: 'open-backup' })).toBeNull()
  })

  afterEach(() => setMainLanguage('en'))

  it('words every dialog, its title and its file types, in every language', async () => {
    const { dialog, asked } = fakeDialog({ canceled: true, paths: [] })
    const choose = setupFileDialogs(dialog, () => null)
    for (const language of SUPPORTED_LOCALES) {
      setMainLanguage(language)
      for (const purpose of FILE_DIALOG_PURPOSES)
        await choose(
          purpose.startsWith('save-')
            ? ({ purpose, suggestedName: 'x' } as never)
            : ({ purpose } as never)
        )
    }
    expect(asked).toHaveLength(SUPPORTED_LOCALES.length * FILE_DIALOG_PURPOSES.length)
    const titles = new Set<string>()
    for (const options of asked) {
      expect(options.title).toMatch(/^[^.{}]+$/)
      titles.add(options.title ?? '')
      for (const filter of options.filters ?? []) {
        expect(filter.name).not.toMatch(/^dialogs\./)
        expect(filter.extensions.length).toBeGreaterThan(0)
      }
    }
    // A title per purpose and language: none falls back to another's wording.
    expect(titles.size).toBe(asked.length)
  })
})

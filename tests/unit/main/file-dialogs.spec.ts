import type { OpenDialogOptions, SaveDialogOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { setupFileDialogs } from '../../../src/main/file-dialogs'

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
})

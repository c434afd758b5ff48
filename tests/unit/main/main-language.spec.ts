import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MenuItemConstructorOptions, OpenDialogOptions, SaveDialogOptions } from 'electron'
import { afterEach, describe, expect, it } from 'vitest'
import { setupFileDialogs } from '../../../src/main/file-dialogs'
import { setupMenu, type MenuElectron } from '../../../src/main/menu'
import { createServices } from '../../../src/main/services/handlers'
import { setMainLanguage } from '../../../src/main/services/main-text'
import { fileSystemError } from '../../../src/main/services/storage-error'
import { TEACHER_LOCKED_MESSAGES } from '../../../src/shared/teacher-mode'
import { TEST_PIN_COST, TEST_TEACHER_PIN, tempApp, type TempApp } from '../../fixtures/temp-data'

type Item = MenuItemConstructorOptions

/** Electron's menu and dialog modules as stand-ins: every menu built, every message box shown. */
function fakeElectron() {
  const built: Item[][] = []
  const boxes: { title: string; buttons: string[]; detail: string }[] = []
  const electron: MenuElectron = {
    Menu: {
      buildFromTemplate: (template) => built.push(template),
      setApplicationMenu: () => undefined
    },
    app: { isPackaged: true, getName: () => 'Says Who?', getVersion: () => '1.2.3' },
    shell: { openPath: async () => '' },
    dialog: {
      showMessageBox: async (options) => {
        boxes.push(options)
        return { response: 0 }
      }
    }
  }
  return { electron, built, boxes }
}

const labels = (items: Item[] | undefined): unknown[] =>
  (items ?? []).map((item) => item.label ?? item.role ?? item.type)
const submenuOf = (template: Item[], index: number): Item[] =>
  (template[index]?.submenu as Item[] | undefined) ?? []

let app: TempApp | undefined
let root: string | undefined
afterEach(async () => {
  // Main's language is process-wide: every test leaves it in English, as the others expect.
  setMainLanguage('en')
  await app?.cleanup()
  if (root) await rm(root, { recursive: true, force: true })
  app = undefined
  root = undefined
})

describe("main's menu and dialogs follow the interface language", () => {
  it('choosing Spanish in the app rebuilds the menu in Spanish, and the About box too', async () => {
    root = await mkdtemp(join(tmpdir(), 'says-who-test-'))
    const dataDir = join(root, 'user-data')
    const bundledQuizDir = join(root, 'quizzes')
    await mkdir(bundledQuizDir, { recursive: true })
    const { electron, built, boxes } = fakeElectron()
    const log = { error: () => undefined }
    // As index.ts does: the menu is built at start, and again whenever the language changes.
    setupMenu(electron, dataDir, log, 'linux')
    const handlers = createServices({
      dataDir,
      bundledQuizDir,
      chooseFiles: async () => null,
      printToPdf: async () => new Uint8Array(),
      teacherPinCost: TEST_PIN_COST,
      onLanguageChange: () => setupMenu(electron, dataDir, log, 'linux')
    })
    expect(labels(built[0])).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help'])

    await handlers.setLanguage({ language: 'es' })
    const spanish = built.at(-1) ?? []
    expect(built).toHaveLength(2)
    expect(labels(spanish)).toEqual(['Archivo', 'Edición', 'Ver', 'windowMenu', 'help'])
    expect(labels(submenuOf(spanish, 0))).toEqual([
      'Guardar el cuestionario',
      'Guardar el cuestionario como…',
      'separator',
      'Salir'
    ])
    expect(labels(submenuOf(spanish, 1)).slice(0, 2)).toEqual(['Deshacer', 'Rehacer'])
    const help = submenuOf(spanish, 4)
    expect(labels(help)).toEqual(['Acerca de Says Who?', 'separator', 'Abrir la carpeta de datos'])

    help[0]?.click?.({} as never, undefined, {} as never)
    await expect.poll(() => boxes.length).toBe(1)
    expect(boxes[0]).toMatchObject({ title: 'Acerca de Says Who?', buttons: ['Aceptar'] })
    expect(boxes[0]?.detail).toContain('Funciona sin conexión')

    await handlers.setLanguage({ language: 'fr' })
    expect(labels(built.at(-1))).toEqual(['Fichier', 'Édition', 'Affichage', 'windowMenu', 'help'])
  })

  it('words the file dialogs in the chosen language when they open', async () => {
    const asked: (OpenDialogOptions | SaveDialogOptions)[] = []
    const dialog = {
      showOpenDialog: async (options: OpenDialogOptions) => {
        asked.push(options)
        return { canceled: true, filePaths: [] }
      },
      showSaveDialog: async (options: SaveDialogOptions) => {
        asked.push(options)
        return { canceled: true, filePath: '' }
      }
    }
    const choose = setupFileDialogs(dialog as never, () => null)
    setMainLanguage('es')
    await choose({ purpose: 'open-roster' })
    await choose({ purpose: 'save-csv', suggestedName: 'clase.csv' })
    expect(asked[0]).toMatchObject({
      title: 'Abrir una lista de clase',
      filters: [{ name: 'Lista de clase (un nombre por línea, o CSV)', extensions: ['txt', 'csv'] }]
    })
    expect(asked[1]).toMatchObject({
      title: 'Guardar para una hoja de cálculo',
      defaultPath: 'clase.csv',
      filters: [{ name: 'CSV (hoja de cálculo)', extensions: ['csv'] }]
    })
  })
})

describe("main's errors reach the renderer in the chosen language", () => {
  it('a refusal from the services arrives in Spanish after choosing Spanish, and in English again after', async () => {
    app = await tempApp()
    await app.dispatch('createProfile', { name: 'Ana' })
    await app.dispatch('setLanguage', { language: 'es' })

    expect(await app.dispatch('createProfile', { name: 'ana' })).toEqual({
      ok: false,
      error: {
        message:
          'Ya hay un alumno llamado «ana». Elige ese nombre o añade un apellido o una inicial.'
      }
    })
    expect(await app.dispatch('restoreLearner', { archiveId: 'nobody' })).toMatchObject({
      ok: false,
      error: { message: 'No se encontró a ese alumno en el archivo.' }
    })
    const wrong = await app.dispatch('unlockTeacher', { pin: '0000' })
    expect(wrong).toMatchObject({ ok: true })
    // A wrong PIN while unlocked still answers with the sentence, in Spanish.
    if (wrong.ok)
      expect((wrong.value as { message?: string }).message).toMatch(
        /^Ese PIN no es correcto\. Quedan? \d+ intentos? antes de tener que esperar\.$/
      )

    await app.dispatch('lockTeacher', undefined)
    expect(await app.dispatch('getRoster', undefined)).toEqual({
      ok: false,
      error: { message: TEACHER_LOCKED_MESSAGES.es }
    })

    await app.dispatch('setLanguage', { language: 'en' })
    expect(await app.dispatch('getRoster', undefined)).toEqual({
      ok: false,
      error: { message: TEACHER_LOCKED_MESSAGES.en }
    })
    await app.dispatch('unlockTeacher', { pin: TEST_TEACHER_PIN })
    expect(await app.dispatch('createProfile', { name: 'ANA' })).toMatchObject({
      error: { message: expect.stringMatching(/^There is already a learner called "ANA"/) }
    })
  })

  it('a file that cannot be read is said in Spanish, with the reason in Spanish', async () => {
    setMainLanguage('es')
    const full = Object.assign(new Error('ENOSPC: /home/x/profiles.json'), { code: 'ENOSPC' })
    expect(fileSystemError('save', '/home/x/profiles.json', full).message).toBe(
      'No se pudo guardar profiles.json: el disco está lleno.'
    )
    const odd = Object.assign(new Error('x'), { code: 'EWEIRD' })
    expect(fileSystemError('read', 'the attempts folder', odd).message).toBe(
      'No se pudo leer la carpeta de intentos: el sistema lo rechazó (EWEIRD).'
    )
  })
})

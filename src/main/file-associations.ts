import type { App } from 'electron'
import { filesToOpen } from './open-file-args'
import type { OpenedFiles } from './services/opened-files'

export interface FileAssociationOptions {
  app: Pick<App, 'on'>
  opened: OpenedFiles
  /** This launch's arguments and folder (process.argv, process.cwd()). */
  argv: readonly string[]
  workingDirectory: string
  /** True when Electron runs the app's folder (`electron .`): argv then starts with two entries. */
  defaultApp: boolean
  /** Shows and focuses the window (creating it if none): the window asks for the files on focus. */
  bringForward: () => void
}

/**
 * `.quiz.json` and `.result.json` open in Says Who?: from the first launch's arguments, from a
 * second launch (handed over through the single-instance lock) and from macOS's open-file event.
 * Returns what the single-instance lock calls with a second launch's arguments.
 */
export function setupFileAssociations(
  options: FileAssociationOptions
): (argv: string[], workingDirectory: string) => void {
  const skip = options.defaultApp ? 2 : 1
  options.opened.add(
    filesToOpen(options.argv, { skip, workingDirectory: options.workingDirectory })
  )
  // macOS sends a double-clicked file here, not in argv, possibly before the app is ready.
  options.app.on('open-file', (event, path) => {
    event.preventDefault()
    options.opened.add([path])
    options.bringForward()
  })
  return (argv, workingDirectory) => {
    options.opened.add(filesToOpen(argv, { skip, workingDirectory }))
    options.bringForward()
  }
}

import { join } from 'node:path'
import type { App } from 'electron'

/**
 * The data folder's name. Electron would name it after productName, "Says Who?", and Windows
 * refuses "?" in a folder name; a fixed name is also what the README can tell a teacher to back up.
 */
export const DATA_FOLDER_NAME = 'says-who'

/**
 * Points userData at the app's folder. Must run before `app.whenReady` and before the
 * single-instance lock, which Electron keys on this folder. `SAYS_WHO_DATA_DIR` gives development
 * and the end-to-end test a throw-away folder; an installed app ignores it, so no environment
 * variable can point it at other files.
 */
export function setupDataFolder(
  app: Pick<App, 'isPackaged' | 'getPath' | 'setPath'>,
  env: Record<string, string | undefined> = process.env
): string {
  const override = env['SAYS_WHO_DATA_DIR']
  const folder =
    override && !app.isPackaged ? override : join(app.getPath('appData'), DATA_FOLDER_NAME)
  app.setPath('userData', folder)
  return folder
}

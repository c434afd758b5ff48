import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { CHANNEL_NAMES, ipcChannel } from '../shared/channels'
import type { Dispatch } from './dispatch'

/** One handler per contract channel; messages from any frame but the app's own page are dropped. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean
): void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(ipcChannel(name), (event, argument: unknown) =>
      isTrustedSender(event)
        ? dispatch(name, argument)
        : {
            ok: false,
            error: { message: 'Request refused: it did not come from the Says Who? window.' }
          }
    )
  }
}

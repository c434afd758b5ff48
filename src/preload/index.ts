import { contextBridge, ipcRenderer } from 'electron'
import { API_GLOBAL, CHANNEL_NAMES, ipcChannel } from '../shared/channels'
import type { SaysWhoApi } from '../shared/contract'

/** One invoke-only method per contract channel; the page never sees ipcRenderer itself. */
const api = Object.fromEntries(
  CHANNEL_NAMES.map((name) => [
    name,
    (argument?: unknown) => ipcRenderer.invoke(ipcChannel(name), argument)
  ])
) as SaysWhoApi

contextBridge.exposeInMainWorld(API_GLOBAL, api)

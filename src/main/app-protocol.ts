import { extname, join, normalize, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Net, Protocol } from 'electron'

/**
 * The renderer is served from app://bundle/ rather than file://: a file: page may load any file
 * on the disk as a script under `script-src 'self'`, and every file: URL shares one origin, so
 * main could not tell the app's page from another local file (Electron's security checklist, 18).
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`

/** Registered before the app is ready: standard (real origins, relative URLs) and secure. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true }
}

const CONTENT_TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.woff2', 'font/woff2'],
  ['.json', 'application/json']
])

/** The file an app:// URL names inside `root`, or null for another host or a way out of it. */
export function fileForAppUrl(root: string, url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null
  let path: string
  try {
    path = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (path.includes('\0') || path.includes('\\')) return null
  const file = normalize(join(root, path === '/' ? '/index.html' : path))
  const inside = normalize(root.endsWith(sep) ? root : `${root}${sep}`)
  return file.startsWith(inside) ? file : null
}

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES.get(extname(file).toLowerCase()) ?? 'application/octet-stream'
}

/** Serves the built renderer's files, and nothing else, under app://bundle/. */
export function serveAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  net: Pick<Net, 'fetch'>,
  root: string
): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = fileForAppUrl(root, request.url)
    if (file === null) return new Response('Not found', { status: 404 })
    const response = await net.fetch(pathToFileURL(file).href)
    if (!response.ok) return new Response('Not found', { status: 404 })
    return new Response(response.body, {
      headers: { 'content-type': contentTypeOf(file), 'x-content-type-options': 'nosniff' }
    })
  })
}

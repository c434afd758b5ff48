import { readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * The JavaScript a built page loads before its first screen: the module scripts index.html names
 * and, transitively, what they import statically. Dynamic `import()`s load on demand and are left
 * out. Read from the built files themselves, so it is what a browser would fetch.
 */
export interface StartupScripts {
  /** Paths relative to the folder holding index.html. */
  files: string[]
  /** Their contents, in the same order. */
  texts: string[]
  rawBytes: number
  gzipBytes: number
}

const SCRIPT_SRC = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g
const MODULE_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g
// `import x from "./a.js"`, `import{a as b}from"./a.js"`, `import "./a.js"`, `export{a}from"./a.js"`:
// a static specifier always follows `from` or a bare `import`, never `import(`.
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)(["'])(\.{1,2}\/[^"']+\.js)\1/g

export function startupScripts(indexHtml: string): StartupScripts {
  const root = dirname(indexHtml)
  const html = readFileSync(indexHtml, 'utf8')
  const pending = [...html.matchAll(SCRIPT_SRC), ...html.matchAll(MODULE_PRELOAD)].map((match) =>
    resolve(root, match[1] as string)
  )
  const seen = new Set<string>()
  const texts: string[] = []
  for (let file = pending.shift(); file !== undefined; file = pending.shift()) {
    if (seen.has(file)) continue
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    texts.push(text)
    for (const match of text.matchAll(STATIC_IMPORT))
      pending.push(resolve(dirname(file), match[2] as string))
  }
  return {
    files: [...seen].map((file) => relative(root, file)),
    texts,
    rawBytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
    // Each file gzipped alone, as a server or a cache would hold them.
    gzipBytes: texts.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0)
  }
}

/**
 * Strings that survive minification (messages, property names) and appear only in the libraries
 * that must stay off the start-up path: not in our code, nor in Vue, Pinia or vue-router.
 */
export const HEAVY_LIBRARY_MARKERS: Readonly<Record<string, readonly string[]>> = {
  zod: ['ZodError', '$ZodType', 'parseAsync'],
  compromise: ['compromise'],
  'chrono-node': ['ENTimeExpressionParser', 'forwardDate'],
  'approx-string-match': ['lastRowMask'],
  papaparse: ['BAD_DELIMITERS', 'UndetectableDelimiter'],
  'chart.js': ['Failed to create chart', 'chartjs']
}

export function markersIn(texts: readonly string[]): string[] {
  const found: string[] = []
  for (const [library, markers] of Object.entries(HEAVY_LIBRARY_MARKERS))
    for (const marker of markers)
      if (texts.some((text) => text.includes(marker))) found.push(`${library} (${marker})`)
  return found
}

export const rendererIndex = (outDir: string): string => join(outDir, 'renderer', 'index.html')

/** `electron-vite build --outDir outDir`, run from the project root with the project's own Vite. */
export async function buildApp(root: string, outDir: string): Promise<void> {
  const { execFile } = await import('node:child_process')
  const { promisify } = await import('node:util')
  await promisify(execFile)(
    process.execPath,
    [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', outDir],
    { cwd: root }
  )
}

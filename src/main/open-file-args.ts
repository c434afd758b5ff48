import { isAbsolute, resolve } from 'node:path'

/** The file types Says Who? registers with the system (electron-builder's fileAssociations). */
export const OPENABLE_SUFFIXES = { quiz: '.quiz.json', result: '.result.json' } as const

export type OpenedKind = keyof typeof OPENABLE_SUFFIXES

/** Which kind of Says Who? file a path names, by its suffix (any case: Windows ignores it). */
export function openedFileKind(path: string): OpenedKind | null {
  const lower = path.toLowerCase()
  if (lower.endsWith(OPENABLE_SUFFIXES.quiz)) return 'quiz'
  if (lower.endsWith(OPENABLE_SUFFIXES.result)) return 'result'
  return null
}

export interface ArgvShape {
  /**
   * How many leading entries are the program, not arguments: 1 for an installed app
   * (`says-who file`), 2 when Electron runs the app folder (`electron . file`).
   */
  skip: number
  /** The folder the launch happened in: relative paths are relative to it. */
  workingDirectory: string
}

/**
 * The files a launch asks Says Who? to open. The system passes the double-clicked file as an
 * argument; Chromium and the tests add switches (`--no-sandbox`, `--original-process-start-time=…`)
 * that are never files, and anything not a quiz or result file is not ours to open.
 */
export function filesToOpen(argv: readonly string[], shape: ArgvShape): string[] {
  const found: string[] = []
  for (const argument of argv.slice(shape.skip)) {
    if (argument.startsWith('-') || openedFileKind(argument) === null) continue
    const path = isAbsolute(argument) ? argument : resolve(shape.workingDirectory, argument)
    if (!found.includes(path)) found.push(path)
  }
  return found
}

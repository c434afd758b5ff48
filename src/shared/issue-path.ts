// Without zod: the library screen lists a broken quiz's issues at start, long before anything
// validates a quiz in the renderer.

/**
 * Where an issue is, numbered as the screens number items ("Item 4"), with the exact JSON path
 * kept for the teacher who fixes the file.
 */
export function describeIssuePath(path: string): string {
  if (path === '') return '(file)'
  const item = /^items\[(\d+)\]/.exec(path)
  return item ? `Item ${Number(item[1]) + 1} (${path})` : path
}

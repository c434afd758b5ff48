// The class report's fast check of a result file (src/shared/result-shape.ts) against the zod
// schema it stands in for: whenever the fast check accepts a value, the schema must accept it
// and give back the same value; on a sound file of the app's own, both must accept it.
import { isDeepStrictEqual } from 'node:util'
import { resultFileSchema } from '../../src/shared/result-format'
import { isPlainResultFile } from '../../src/shared/result-shape'

/** A sentence saying how the two checks disagree on `value`, or null when they agree. */
export function shapeDisagreement(value: unknown, sound = false): string | null {
  const fast = isPlainResultFile(value)
  const schema = resultFileSchema.safeParse(value)
  if (fast && !schema.success)
    return `the fast check accepted a file the schema refuses (${schema.error.issues[0]?.message})`
  if (fast && schema.success && !isDeepStrictEqual(schema.data, value))
    return 'the fast check accepted a file that the schema changes'
  if (sound && !fast) return 'the fast check refused a sound file of the app'
  return null
}

/** Every place in a JSON value, as the list of keys and indexes that reach it. */
export function placesIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const places = [path]
  if (Array.isArray(value)) value.forEach((v, i) => places.push(...placesIn(v, [...path, i])))
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) places.push(...placesIn(v, [...path, k]))
  return places
}

/** A copy of `value` with the place at `path` replaced by `by` (or removed when `by` is undefined). */
export function replaced(value: unknown, path: (string | number)[], by: unknown): unknown {
  if (path.length === 0) return by
  const copy = structuredClone(value) as Record<string | number, unknown>
  let into = copy
  for (const key of path.slice(0, -1)) into = into[key] as Record<string | number, unknown>
  const last = path[path.length - 1] as string | number
  if (by === undefined) {
    if (Array.isArray(into)) into.splice(last as number, 1)
    else delete into[last]
  } else into[last] = by
  return copy
}

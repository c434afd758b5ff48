import { slugify } from '../slug'

/** A new item id from some words of its passage, unique among `used` (which it extends). */
export function slugFrom(words: string, used: Set<string>): string {
  const base = slugify(words, 5, 48) || 'item'
  let id = base
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`
  used.add(id)
  return id
}

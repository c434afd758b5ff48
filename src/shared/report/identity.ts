import unhomoglyph from 'unhomoglyph'
import { canonicalJson } from '../canonical-json'
import type { ResultAttempt } from '../result-format'
import { flagOf, reason, type Reason } from './reasons'
import type { AttemptRecord } from './report-types'

/**
 * Who handed in what. A learner's name is all a result file says about them, so names are compared
 * the way a reader would see them: NFKC, no invisible (format) characters, one kind of space, and
 * Unicode's confusables skeleton (UTS #39, via `unhomoglyph`, the table Element uses for the same
 * purpose), so "Веn" in Cyrillic, "Ben\u200b" and "Ben\u00a0Smith" are all "Ben Smith".
 */
export function learnerKey(name: string): string {
  const plain = name
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[\p{Z}\s]+/gu, ' ')
    .trim()
  return unhomoglyph(unhomoglyph(plain).toLowerCase())
}

/** The name as typed (NFC, any case), for telling look-alikes apart from the same spelling. */
export function exactName(name: string): string {
  return name.normalize('NFC').trim().toLocaleLowerCase()
}

/** What makes a name look like another without being it, in words a teacher can check. */
export function oddCharacters(name: string): Reason[] {
  const found = new Map<string, Reason>()
  const add = (r: Reason): void => {
    found.set(JSON.stringify(r), r)
  }
  const code = (c: string): string =>
    `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
  for (const c of name) {
    if (/\p{Cf}/u.test(c)) add(reason('invisibleCharacter', { code: code(c) }))
    else if (c === '\u00a0') add(reason('noBreakSpace'))
    else if (/\p{Z}/u.test(c) && c !== ' ') add(reason('unusualSpace', { code: code(c) }))
  }
  const scripts = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Cherokee'].filter((script) =>
    new RegExp(`\\p{Script=${script}}`, 'u').test(name)
  )
  if (scripts.length > 1) add(reason('mixedScripts', { scripts }))
  return found.size > 0 ? [...found.values()] : [reason('lookAlikeCharacters')]
}

export interface Claim {
  record: AttemptRecord
  attempt: ResultAttempt
}

/** The attempt with its learner, to tell an identical copy from a different one. */
function contentOf(claim: Claim): string {
  return canonicalJson([claim.record.learner, claim.attempt])
}

/**
 * One attempt id claimed by several files: the same attempt copied (a duplicate, shown once), or
 * different contents or names under one id (a conflict: none of them counts, nothing is displaced).
 * Returns the claims to drop as duplicates.
 */
export function attemptIdClaims(claims: Claim[]): Set<Claim> {
  const byId = new Map<string, Claim[]>()
  for (const claim of claims) {
    const list = byId.get(claim.record.attemptId) ?? []
    list.push(claim)
    byId.set(claim.record.attemptId, list)
  }
  const drop = new Set<Claim>()
  for (const list of byId.values()) {
    if (list.length < 2) continue
    // Only attempt ids claimed twice are compared in full: the rest cost nothing.
    const content = new Map(list.map((c) => [c, contentOf(c)]))
    // The copy the teacher collected, if any, is the one kept: it carries the proof.
    const first = list.find((c) => c.record.collected) ?? (list[0] as Claim)
    if (list.every((c) => content.get(c) === content.get(first))) {
      for (const copy of list.filter((c) => c !== first)) {
        const flag = flagOf('duplicate', [reason('duplicate', { file: copy.record.fileName })])
        if (!first.record.flags.some((f) => f.kind === 'duplicate' && f.detail === flag.detail))
          first.record.flags.push(flag)
        drop.add(copy)
      }
      continue
    }
    for (const claim of list) {
      for (const other of list) {
        if (other === claim || content.get(other) === content.get(claim)) continue
        const why =
          other.record.learner === claim.record.learner
            ? reason('conflictAnswers', { file: other.record.fileName })
            : reason('conflictName', { file: other.record.fileName, name: other.record.learner })
        claim.record.flags.push(flagOf('conflict', [why]))
      }
    }
  }
  return drop
}

/**
 * The same learner in several files with attempts that are not one history: a forged file with
 * an earlier start must not quietly take the place of the real one, so neither counts until the
 * teacher sorts it out. A later export that repeats earlier attempts is one history, not a clash.
 */
export function sameNameClashes(records: AttemptRecord[]): void {
  const byLearner = new Map<string, Map<string, AttemptRecord[]>>()
  for (const record of records) {
    const files = byLearner.get(record.learnerKey) ?? new Map<string, AttemptRecord[]>()
    const list = files.get(record.fileName) ?? []
    list.push(record)
    files.set(record.fileName, list)
    byLearner.set(record.learnerKey, files)
  }
  for (const files of byLearner.values()) {
    if (files.size < 2) continue
    const names = new Map<string, string>()
    for (const list of files.values())
      for (const r of list) names.set(exactName(r.learner), r.fileName)
    if (names.size > 1) {
      for (const list of files.values()) {
        for (const record of list) {
          const other = [...names].find(([name]) => name !== exactName(record.learner))
          if (!other) continue
          record.flags.push(
            flagOf('look-alike', [
              reason('lookAlike', {
                name: other[0],
                file: other[1],
                odd: oddCharacters(record.learner)
              })
            ])
          )
        }
      }
    }
    const entries = [...files]
    for (const [fileName, list] of entries) {
      const ids = new Set(list.map((r) => r.attemptId))
      const others = entries.filter(
        ([otherName, otherList]) =>
          otherName !== fileName &&
          !otherList.every((r) => ids.has(r.attemptId)) &&
          !list.every((r) => otherList.some((o) => o.attemptId === r.attemptId))
      )
      if (others.length === 0) continue
      for (const record of list) {
        record.flags.push(
          flagOf('same-name', [
            reason('sameName', {
              files: others.map(([n]) => n),
              count: others.length,
              learner: record.learner
            })
          ])
        )
      }
    }
  }
}

import type { ClassReport } from '../../../shared/report/class-report'
import { translate } from '../i18n'

/**
 * The class report's one-line notices, kept as what happened rather than as words, so they are
 * said again in the new language when the person changes it.
 */
export type ReportNotice =
  | { kind: 'said'; key: string; values: Record<string, string | number> }
  | {
      kind: 'imported'
      /** The files this import added, by name: some may be flagged once the report reads them. */
      added: string[]
      already: number
      /** Files (or folders) that could not be read at all, flagged already. */
      unreadable: number
      /** The folder or zip chosen, by name. */
      source?: string
    }

/** How many of the files just added the report flags: unreadable, or holding a flagged attempt. */
function flaggedAmong(report: ClassReport | null, added: readonly string[]): number {
  if (!report || added.length === 0) return 0
  const names = new Set(added)
  const flagged = new Set<string>()
  for (const file of report.broken) if (names.has(file.fileName)) flagged.add(file.fileName)
  for (const record of report.records)
    if (record.flags.length > 0 && names.has(record.fileName)) flagged.add(record.fileName)
  return flagged.size
}

/**
 * The notice's sentence, and whether it needs the teacher's eye (nothing was read, or files were
 * flagged): the files flagged are counted once for both.
 */
export function showNotice(
  notice: ReportNotice,
  report: ClassReport | null
): { text: string; needsAttention: boolean } {
  if (notice.kind === 'said')
    return { text: translate(notice.key, notice.values), needsAttention: false }
  const { added, already, unreadable, source } = notice
  if (added.length === 0 && already === 0) {
    const text =
      unreadable > 0
        ? source
          ? translate('report.status.noneReadFrom', { source, count: unreadable })
          : translate('report.status.noneRead', { count: unreadable })
        : source
          ? translate('report.status.emptySource', { source })
          : translate('report.status.nothing')
    return { text, needsAttention: true }
  }
  const imported =
    already > 0
      ? translate('report.status.importedSome', { count: added.length, already })
      : translate('report.status.imported', { count: added.length })
  const flagged = unreadable + flaggedAmong(report, added)
  return flagged > 0
    ? {
        text: `${imported} ${translate('report.status.flagged', { count: flagged })}`,
        needsAttention: true
      }
    : { text: imported, needsAttention: false }
}

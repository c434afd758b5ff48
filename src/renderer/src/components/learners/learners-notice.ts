/**
 * What a section of the class list just did, kept as messages rather than words so the line is
 * said again in the new language when the teacher changes it; `from` places it under its section.
 */
export interface LearnersNotice {
  from: 'table' | 'roster' | 'export' | 'archived'
  parts: { key: string; values: Record<string, string | number> }[]
}

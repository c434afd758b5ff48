/**
 * The formats a quiz can be exported to for other tools. Alone in its file, so the library
 * screen's Export control can list them without loading the export builders.
 */
export const EXPORT_FORMATS = ['moodle-xml', 'gift', 'qti3'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

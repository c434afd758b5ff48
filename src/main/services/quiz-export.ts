import { strToU8, zipSync } from 'fflate'
import type { ServiceHandlers } from '../../shared/contract'
import {
  ENGLISH_EXPORT_TEXTS,
  type ExportFormat,
  type ExportTexts,
  type LeftOut
} from '../../shared/exports/export-items'
import { buildGift } from '../../shared/exports/gift'
import { buildMoodleXml } from '../../shared/exports/moodle-xml'
import { buildQti3Package } from '../../shared/exports/qti3'
import type { Quiz } from '../../shared/quiz-format'
import { saveWhereChosen, type ChooseFile, type SaveRequest } from './file-dialog'
import type { QuizLibrary } from './quiz-library'

interface Built {
  content: string | Uint8Array
  exported: number
  leftOut: LeftOut[]
}

/** A QTI package is a zip with the manifest first, as content-package readers look for it. */
function zipPackage(files: Map<string, string>): Uint8Array {
  const entries: Record<string, Uint8Array> = Object.create(null) as Record<string, Uint8Array>
  for (const [path, text] of files) entries[path] = strToU8(text)
  return zipSync(entries, { level: 6 })
}

export function buildExport(quiz: Quiz, format: ExportFormat, texts: ExportTexts): Built {
  switch (format) {
    case 'moodle-xml': {
      const built = buildMoodleXml(quiz, texts)
      return { ...built, content: built.text }
    }
    case 'gift': {
      const built = buildGift(quiz, texts)
      return { ...built, content: built.text }
    }
    case 'qti3': {
      const built = buildQti3Package(quiz, texts)
      return { ...built, content: zipPackage(built.files) }
    }
  }
}

const SAVE_AS: Record<ExportFormat, { purpose: SaveRequest['purpose']; suffix: string }> = {
  'moodle-xml': { purpose: 'save-moodle-xml', suffix: '.moodle.xml' },
  gift: { purpose: 'save-gift', suffix: '.gift.txt' },
  qti3: { purpose: 'save-qti', suffix: '.qti3.zip' }
}

/** Teacher mode: a library quiz written out for other tools, saying what was left out. */
export function quizExportHandlers(deps: {
  library: QuizLibrary
  chooseFile: ChooseFile
}): Pick<ServiceHandlers, 'exportQuiz'> {
  return {
    // The renderer sends the words the export adds (prompts, stance names) in its language.
    exportQuiz: async ({ key, format, texts }) => {
      const { quiz } = await deps.library.load(key)
      const built = buildExport(quiz, format, texts ?? ENGLISH_EXPORT_TEXTS)
      // No dialog for a file with nothing in it: the outcome says why instead.
      if (built.exported === 0) return { status: 'empty', format, leftOut: built.leftOut }
      const { purpose, suffix } = SAVE_AS[format]
      const saved = await saveWhereChosen(
        deps.chooseFile,
        { purpose, suggestedName: `${quiz.id}${suffix}` },
        built.content
      )
      if (saved.status === 'cancelled') return saved
      return {
        status: 'saved',
        format,
        fileName: saved.fileName,
        exported: built.exported,
        leftOut: built.leftOut
      }
    }
  }
}

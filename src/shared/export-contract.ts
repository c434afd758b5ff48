import { z } from 'zod'
import { EXPORT_FORMATS } from './exports/export-formats'

const words = z.string().trim().min(1).max(200)

/** The words the export adds, in the interface's language (the renderer's translations). */
const exportTextsArg = z.strictObject({
  prompts: z.strictObject({ classify: words, 'who-says': words, frame: words, when: words }),
  stances: z.strictObject({
    neutral: words,
    distancing: words,
    'against-interest': words,
    denial: words
  }),
  category: words.refine((text) => text.includes('{title}'), 'The category must name {title}.')
})

/** Teacher mode: a library quiz written out for Moodle (XML or GIFT) or as a QTI 3 package. */
export const exportQuizArg = z.strictObject({
  key: z.string().min(1).max(200),
  format: z.enum(EXPORT_FORMATS),
  /** English when absent. */
  texts: exportTextsArg.optional()
})

const itemType = z.enum(['classify', 'who-says', 'find-clue', 'frame', 'when', 'timeline'])
const leftOut = z.array(z.strictObject({ type: itemType, count: z.int().min(1) }))

/** What was written and what was not: a format never drops items without saying which. */
export const quizExportOutcomeSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('saved'),
    format: z.enum(EXPORT_FORMATS),
    fileName: z.string(),
    exported: z.int().min(1),
    leftOut
  }),
  /** Nothing in the quiz fits the format (GIFT of a quiz with no "Which label?" item). */
  z.strictObject({ status: z.literal('empty'), format: z.enum(EXPORT_FORMATS), leftOut }),
  z.strictObject({ status: z.literal('cancelled') })
])

export type ExportQuizArg = z.infer<typeof exportQuizArg>
export type QuizExportOutcome = z.infer<typeof quizExportOutcomeSchema>

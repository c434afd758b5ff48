import { z } from 'zod'

/** The version string every quiz file carries; a file naming another version is refused. */
export const QUIZ_FORMAT = 'says-who/quiz@1'

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Use 1 to 64 lower-case letters, digits and dashes.')

const line = (max: number): z.ZodString => z.string().trim().min(1).max(max)

/** A quote of a passage, or of a clue word or a name, which are short. */
function quoteSchema(maxExact: number) {
  return z
    .strictObject({
      exact: z
        .string()
        .min(1)
        .max(maxExact)
        .describe('The passage, copied exactly from the article.'),
      prefix: z
        .string()
        .max(200)
        .optional()
        .describe('Text just before the passage, to tell repeats apart.'),
      suffix: z.string().max(200).optional().describe('Text just after the passage.'),
      start: z
        .int()
        .min(0)
        .optional()
        .describe('Character position of the passage in the article text.')
    })
    .describe('A W3C Web Annotation TextQuoteSelector.')
}

/** Caps that bound validation: a file at every limit still validates in bounded work. */
export const QUIZ_LIMITS = { items: 500, cuesPerItem: 8, passageChars: 4000, clueChars: 200 }

export const textQuoteSchema = quoteSchema(QUIZ_LIMITS.passageChars)
const clueQuoteSchema = quoteSchema(QUIZ_LIMITS.clueChars)

export const labelSchema = z.strictObject({
  id: slug,
  name: line(60),
  description: line(240).describe('One line that students see beside the label.')
})

export const DEFAULT_LABELS: z.input<typeof labelSchema>[] = [
  {
    id: 'allegation',
    name: 'Attributed allegation',
    // For 13 to 15 year olds, and true of unnamed sources ("has been linked to") too.
    description:
      'Someone says or claims it, named or not ("has been linked to", "reportedly"). The reporter passes it on but does not say it is true.'
  },
  {
    id: 'fact',
    name: 'Reported fact',
    description:
      'The reporter tells it as true, in their own words, without saying that anyone claims it.'
  },
  {
    id: 'date',
    name: 'Date or time',
    description: 'Words that tell you when something happened or how long it lasted.'
  }
]

export const speakerSchema = z.strictObject({
  name: line(120).describe('Who makes the claim, as students should learn to name them.'),
  quote: clueQuoteSchema.optional().describe('Where the article names the speaker.')
})

export const classifyItemSchema = z.strictObject({
  type: z.literal('classify'),
  id: slug,
  target: textQuoteSchema.describe('The passage the student labels.'),
  answer: slug.describe('The id of the right label.'),
  explanation: line(600)
    .optional()
    .describe(
      'Why: name the clue (who speaks, the reporting verb, the date words). Validation warns when it is missing.'
    ),
  cues: z
    .array(clueQuoteSchema)
    .max(QUIZ_LIMITS.cuesPerItem)
    .optional()
    .describe('Clue words shown after answering; each is found nearest to the passage.'),
  speaker: speakerSchema.optional()
})

/** A union so that later item types (who says it, when, mark the cues) slot in beside classify. */
export const quizItemSchema = z.discriminatedUnion('type', [classifyItemSchema])

export const articleSchema = z.strictObject({
  headline: line(400),
  source: line(400).describe('Outlet, address or "supplied by the teacher".'),
  published: z.iso.date().optional().describe('YYYY-MM-DD, when known.'),
  text: z.string().min(1).max(200_000).describe('The article text, verbatim.')
})

export const quizSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(QUIZ_FORMAT),
  id: slug,
  title: line(200),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a language tag such as "en" or "en-GB".'),
  description: z.string().max(1000).optional(),
  article: articleSchema,
  labels: z.array(labelSchema).min(2).max(8).default(DEFAULT_LABELS),
  items: z.array(quizItemSchema).min(1).max(QUIZ_LIMITS.items)
})

export type TextQuoteInput = z.infer<typeof textQuoteSchema>
export type Label = z.infer<typeof labelSchema>
export type ClassifyItem = z.infer<typeof classifyItemSchema>
export type QuizItem = z.infer<typeof quizItemSchema>
export type Quiz = z.infer<typeof quizSchema>
export type QuizInput = z.input<typeof quizSchema>

export function quizJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(quizSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'Says Who? quiz file',
    description: `A quiz built from a news article (format ${QUIZ_FORMAT}).`
  }
}

/** The committed quizzes/quiz.schema.json, byte for byte. */
export function quizJsonSchemaText(): string {
  return `${JSON.stringify(quizJsonSchema(), null, 2)}\n`
}

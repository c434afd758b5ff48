import { z } from 'zod'

/** The version string of a quiz file that only uses what the first version had ("which label?"). */
export const QUIZ_FORMAT = 'says-who/quiz@1'
/**
 * The version a file declares when it uses the later item types, `topic` or `level`: an app that
 * reads only version 1 refuses it with a clear message instead of misreading it.
 */
export const QUIZ_FORMAT_2 = 'says-who/quiz@2'
export const QUIZ_FORMATS = [QUIZ_FORMAT, QUIZ_FORMAT_2] as const

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

const explanationSchema = line(600)
  .optional()
  .describe('Why: the clue, in words students can follow.')

export const sourceChoiceSchema = z.strictObject({
  id: slug,
  name: line(160).describe('A person or organisation, or "Not named (an unnamed source)".'),
  quote: clueQuoteSchema.optional().describe('Where the article names them.')
})

export const whoSaysItemSchema = z.strictObject({
  type: z.literal('who-says'),
  id: slug,
  target: textQuoteSchema.describe('The claim whose source the student picks.'),
  choices: z.array(sourceChoiceSchema).min(3).max(5),
  answer: slug.describe('The id of the right choice.'),
  explanation: explanationSchema,
  cues: z.array(clueQuoteSchema).max(QUIZ_LIMITS.cuesPerItem).optional()
})

export const findClueItemSchema = z.strictObject({
  type: z.literal('find-clue'),
  id: slug,
  target: textQuoteSchema.describe('The sentence in which the student marks the clue words.'),
  clue: z.enum(['attribution', 'date']).describe('What the clue shows: who says it, or when.'),
  cues: z
    .array(clueQuoteSchema)
    .min(1)
    .max(QUIZ_LIMITS.cuesPerItem)
    .describe('The clue words, each inside the target; marking all words of one of them is right.'),
  explanation: explanationSchema
})

/** How a reporting verb frames a claim (AP style's cautions about "claimed" and "admitted"). */
export const STANCES = ['neutral', 'distancing', 'against-interest', 'denial'] as const

export const frameItemSchema = z.strictObject({
  type: z.literal('frame'),
  id: slug,
  target: textQuoteSchema.describe('The claim.'),
  verb: clueQuoteSchema.describe('The reporting verb as the article writes it, near the claim.'),
  answer: z.enum(STANCES),
  explanation: explanationSchema,
  speaker: speakerSchema.optional()
})

export const dateChoiceSchema = z.strictObject({ id: slug, text: line(120) })

export const whenItemSchema = z.strictObject({
  type: z.literal('when'),
  id: slug,
  target: textQuoteSchema.describe('A relative or partial date: "on Friday", "that year".'),
  choices: z.array(dateChoiceSchema).min(3).max(5),
  answer: slug.describe('The id of the right choice.'),
  explanation: explanationSchema
})

export const timelineEventSchema = z.strictObject({
  id: slug,
  target: textQuoteSchema.describe('A short passage naming the event.'),
  when: line(120).optional().describe('When it happened, shown after answering.')
})

export const timelineItemSchema = z.strictObject({
  type: z.literal('timeline'),
  id: slug,
  events: z
    .array(timelineEventSchema)
    .min(3)
    .max(5)
    .describe('The events in the right order, earliest first; students see them shuffled.'),
  explanation: explanationSchema
})

export const quizItemSchema = z.discriminatedUnion('type', [
  classifyItemSchema,
  whoSaysItemSchema,
  findClueItemSchema,
  frameItemSchema,
  whenItemSchema,
  timelineItemSchema
])

export const articleSchema = z.strictObject({
  headline: line(400),
  source: line(400).describe('Outlet, address or "supplied by the teacher".'),
  published: z.iso.date().optional().describe('YYYY-MM-DD, when known.'),
  text: z.string().min(1).max(200_000).describe('The article text, verbatim.')
})

export const quizSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.enum(QUIZ_FORMATS),
  id: slug,
  title: line(200),
  topic: line(80).optional().describe('What the article is about, shown on the quiz card.'),
  level: z
    .enum(['introductory', 'intermediate', 'advanced'])
    .optional()
    .describe('How hard the attributions are to read, shown on the quiz card.'),
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
export type WhoSaysItem = z.infer<typeof whoSaysItemSchema>
export type FindClueItem = z.infer<typeof findClueItemSchema>
export type FrameItem = z.infer<typeof frameItemSchema>
export type WhenItem = z.infer<typeof whenItemSchema>
export type TimelineItem = z.infer<typeof timelineItemSchema>
export type ItemType = QuizItem['type']
export type Stance = (typeof STANCES)[number]
export type QuizItem = z.infer<typeof quizItemSchema>
export type Quiz = z.infer<typeof quizSchema>
export type QuizInput = z.input<typeof quizSchema>

export function quizJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(quizSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'Says Who? quiz file',
    description: `A quiz built from a news article (format ${QUIZ_FORMAT} or ${QUIZ_FORMAT_2}).`
  }
}

/** The committed quizzes/quiz.schema.json, byte for byte. */
export function quizJsonSchemaText(): string {
  return `${JSON.stringify(quizJsonSchema(), null, 2)}\n`
}

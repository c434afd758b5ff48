import { DEFAULT_LABELS, QUIZ_FORMAT, type QuizInput } from '../quiz-format'
import { slugify } from '../slug'

export interface DraftQuizOptions {
  dateline?: string | undefined
  /** Where the article comes from, for the quiz's `article.source`. */
  source?: string | undefined
  /** The article's language tag; drafting itself refuses anything but English. */
  language?: string | undefined
}

/** The id of a quiz, from its headline: lower-case words joined by dashes. */
export function slugOfHeadline(headline: string): string {
  return slugify(headline, 8, 64) || 'draft-quiz'
}

/** Splits a plain-text article into its headline (the first line) and its body. */
export function splitHeadline(article: string): { headline: string; body: string } {
  const normalised = article.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '')
  const lineEnd = normalised.indexOf('\n')
  const headline = (lineEnd === -1 ? normalised : normalised.slice(0, lineEnd)).trim()
  const body =
    lineEnd === -1
      ? ''
      : normalised
          .slice(lineEnd + 1)
          .replace(/^\s*\n/, '')
          .trimEnd()
  return { headline, body }
}

export interface NewQuizOptions extends DraftQuizOptions {
  description?: string
}

/** An empty quiz on a plain-text article: the headline from its first line, the rest as text. */
export function newQuizFromArticle(article: string, options: NewQuizOptions = {}): QuizInput {
  const { headline, body } = splitHeadline(article)
  return {
    format: QUIZ_FORMAT,
    id: slugOfHeadline(headline),
    title: `Says who? ${headline}`.slice(0, 200),
    language: options.language ?? 'en',
    ...(options.description ? { description: options.description } : {}),
    article: {
      headline: headline.slice(0, 400) || 'Untitled article',
      source: (options.source?.trim() || 'supplied by the teacher').slice(0, 400),
      ...(options.dateline ? { published: options.dateline } : {}),
      text: body
    },
    labels: structuredClone(DEFAULT_LABELS),
    items: []
  }
}

import { basename, extname } from 'node:path'
import { convert } from 'html-to-text'
import type { ArticleFileOutcome } from '../../shared/contract'
import { readTextFile } from './durable-file'
import { mainText } from './main-text'

export const ARTICLE_EXTENSIONS = ['txt', 'md', 'html', 'htm']
const MAX_ARTICLE_FILE_SIZE = 5_000_000

/**
 * Reduces an HTML page to its readable text. html-to-text parses it without running anything;
 * scripts, styles, images and link targets are dropped, so nothing from the page can execute or
 * load, and the editor only ever shows plain text.
 */
export function htmlToArticleText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'footer', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable' }
    ]
  })
}

/** Markdown to plain text: headings, emphasis and link syntax go, the words stay. */
export function markdownToArticleText(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])[*_](\S(?:.*?\S)?)[*_](?![\w*])/g, '$1')
}

/** Collapses runs of blank lines and trailing spaces, so paragraphs are single line breaks. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
}

/** The contract's outcome of openArticleFile, once a file was chosen. */
export type ArticleFile = Exclude<ArticleFileOutcome, { status: 'cancelled' }>

export async function readArticleFile(file: string): Promise<ArticleFile> {
  const fileName = basename(file)
  const extension = extname(file).slice(1).toLowerCase()
  if (!ARTICLE_EXTENSIONS.includes(extension)) {
    return {
      status: 'unreadable',
      fileName,
      message: mainText('articles.kind', { file: fileName })
    }
  }
  let raw: string
  try {
    raw = await readTextFile(file, MAX_ARTICLE_FILE_SIZE)
  } catch (error) {
    return { status: 'unreadable', fileName, message: (error as Error).message }
  }
  const text = tidy(
    extension === 'md'
      ? markdownToArticleText(raw)
      : extension === 'txt'
        ? raw
        : htmlToArticleText(raw)
  )
  if (text === '') {
    return {
      status: 'unreadable',
      fileName,
      message: mainText('articles.empty', { file: fileName })
    }
  }
  return { status: 'opened', fileName, text }
}

import { describe, expect, it } from 'vitest'
import { validateQuizValue } from '../../../../src/shared/quiz-validation'
import { draftSuggestions } from '../../../../src/shared/drafting/draft'
import { draftQuiz } from '../../../../src/shared/drafting/draft-quiz'
import {
  measureAll,
  measureArticle,
  precision,
  recall,
  type ArticleQuality,
  type Score
} from '../../../fixtures/articles/draft-quality'
import { HELD_OUT_ARTICLES, LABELLED_ARTICLES } from '../../../fixtures/articles/labels'
import { readFileSync } from 'node:fs'

const FOLDER = 'tests/fixtures/articles'

function total(qualities: ArticleQuality[], key: 'allegation' | 'fact' | 'date'): Score {
  return qualities.reduce(
    (sum, q) => ({
      truePositives: sum.truePositives + q[key].truePositives,
      labelled: sum.labelled + q[key].labelled,
      found: sum.found + q[key].found
    }),
    { truePositives: 0, labelled: 0, found: 0 }
  )
}

const pct = (x: number): string => `${(x * 100).toFixed(0)}%`

describe('draft quality against hand labels', () => {
  const qualities = [
    ...measureAll(FOLDER),
    ...HELD_OUT_ARTICLES.map((labels) => measureArticle(labels, FOLDER))
  ]
  const table = qualities.map((q) => ({
    article: q.file,
    'allegation R/P': `${pct(recall(q.allegation))} / ${pct(precision(q.allegation))}`,
    speaker: `${q.speakers.right}/${q.speakers.of}`,
    'date R/P': `${pct(recall(q.date))} / ${pct(precision(q.date))}`,
    'fact R/P': `${pct(recall(q.fact))} / ${pct(precision(q.fact))}`
  }))
  console.table(table)

  it('finds attributed sentences with at least 90% recall at 80% precision, per article', () => {
    for (const q of qualities) {
      expect(recall(q.allegation), q.file).toBeGreaterThanOrEqual(0.9)
      expect(precision(q.allegation), q.file).toBeGreaterThanOrEqual(0.8)
    }
  })

  it('names the right speaker at least 85% of the time', () => {
    const right = qualities.reduce((n, q) => n + q.speakers.right, 0)
    const of = qualities.reduce((n, q) => n + q.speakers.of, 0)
    expect(
      right / of,
      qualities.flatMap((q) => q.speakers.wrong).join('; ')
    ).toBeGreaterThanOrEqual(0.85)
  })

  it('finds date expressions with at least 90% recall at 85% precision', () => {
    const dates = total(qualities, 'date')
    expect(recall(dates)).toBeGreaterThanOrEqual(0.9)
    expect(precision(dates)).toBeGreaterThanOrEqual(0.85)
  })

  it('drafts a quiz file that validates, for every labelled article', () => {
    for (const labels of [...LABELLED_ARTICLES, ...HELD_OUT_ARTICLES]) {
      const text = readFileSync(`${FOLDER}/${labels.file}`, 'utf8')
      const quiz = draftQuiz(text, { dateline: labels.dateline, source: labels.file })
      const result = validateQuizValue(quiz)
      expect(result.ok ? [] : result.issues).toEqual([])
      const body = quiz.article.text
      expect(quiz.items.length).toBe(
        draftSuggestions(body, { dateline: labels.dateline, headline: false }).length
      )
      expect(quiz.article.headline).toBe(text.slice(0, text.indexOf('\n')))
    }
  })
})

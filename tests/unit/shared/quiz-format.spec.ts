import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { anchorQuote } from '../../../src/shared/anchoring'
import {
  DEFAULT_LABELS,
  QUIZ_FORMAT_2,
  quizJsonSchemaText,
  type ItemType,
  type QuizInput
} from '../../../src/shared/quiz-format'
import { quizWarnings } from '../../../src/shared/quiz-warnings'
import { validateQuizText, validateQuizValue } from '../../../src/shared/quiz-validation'
import {
  ARTICLE_PATH,
  articleClassicQuiz,
  articleQuizInput,
  smallQuizInput
} from '../../fixtures/quizzes'

type Mutable = Record<string, unknown> & {
  items: Record<string, unknown>[]
  article: Record<string, unknown>
}

function mutated(change: (quiz: Mutable) => void): unknown {
  const quiz = structuredClone(smallQuizInput()) as unknown as Mutable
  change(quiz)
  return quiz
}

function issuesOf(value: unknown): { path: string; message: string }[] {
  const result = validateQuizValue(value)
  if (result.ok) throw new Error('expected the quiz to be rejected')
  return result.issues
}

describe('the article quiz shipped with the app', () => {
  // Its "Which label?" items; the other item types are checked in item-types.spec.ts.
  const quiz = articleClassicQuiz()
  const raw = readFileSync(ARTICLE_PATH, 'utf8')

  it('embeds the article verbatim', () => {
    const [headline, ...rest] = raw.split('\n')
    expect(quiz.article.headline).toBe(headline)
    expect(quiz.article.text).toBe(rest.join('\n'))
  })

  it('has at least 24 items over all three labels', () => {
    expect(quiz.items.length).toBeGreaterThanOrEqual(24)
    const perLabel = new Map<string, number>()
    for (const item of quiz.items) perLabel.set(item.answer, (perLabel.get(item.answer) ?? 0) + 1)
    expect([...perLabel.keys()].sort()).toEqual(['allegation', 'date', 'fact'])
    for (const count of perLabel.values()) expect(count).toBeGreaterThanOrEqual(6)
  })

  it('spreads its items over every paragraph of the article', () => {
    const paragraphStarts = [0]
    for (let i = 0; i < quiz.article.text.length; i++)
      if (quiz.article.text[i] === '\n') paragraphStarts.push(i + 1)
    const covered = new Set<number>()
    for (const item of quiz.items) {
      const found = anchorQuote(quiz.article.text, item.target)
      if (!found.ok) throw new Error(item.id)
      covered.add(paragraphStarts.filter((start) => start <= found.start).length - 1)
    }
    expect(covered.size).toBe(paragraphStarts.length)
  })

  it('includes the hard cases a teacher would pick', () => {
    const byId = new Map(quiz.items.map((item) => [item.id, item]))
    const answerOf = (exactPart: string): string | undefined =>
      quiz.items.find((item) => item.target.exact.includes(exactPart))?.answer
    expect(answerOf('had a customer among foreign intelligence')).toBe('allegation')
    expect(answerOf('at this sensitive stage.')).toBe('allegation')
    expect(answerOf('as many as 170 civilians')).toBe('fact')
    expect(answerOf('roughly in half')).toBe('fact')
    expect(answerOf('has been linked to')).toBe('allegation')
    expect(answerOf('on Friday')).toBe('date')
    expect(answerOf('that year')).toBe('date')
    expect(answerOf('twenty years after')).toBe('date')
    expect(byId.get('graham-distract')?.speaker?.name).toContain('Sohail Shaheen')
  })

  it('gives every allegation a speaker and every item a short explanation', () => {
    for (const item of quiz.items) {
      expect(item.explanation, item.id).toBeTruthy()
      if (item.answer === 'allegation') expect(item.speaker, item.id).toBeDefined()
      const sentences = (item.explanation ?? '').split(/(?<=[.!?])\s+(?=[A-Z"“])/)
      expect(sentences.length, item.id).toBeLessThanOrEqual(2)
    }
  })
})

describe('the quizzes shipped in the library', () => {
  const folder = join(import.meta.dirname, '../../../quizzes')
  const files = readdirSync(folder).filter((name) => name.endsWith('.quiz.json'))
  const shipped = files.map((name) => {
    const result = validateQuizText(readFileSync(join(folder, name), 'utf8'))
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.issues)}`)
    return { name, quiz: result.quiz }
  })

  it('are at least four, on different articles and topics', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(4)
    expect(new Set(shipped.map(({ quiz }) => quiz.article.headline)).size).toBe(shipped.length)
    expect(new Set(shipped.map(({ quiz }) => quiz.topic)).size).toBe(shipped.length)
  })

  it.each(files)('%s has a topic, a level and at least six items of each new type', (name) => {
    const quiz = shipped.find((entry) => entry.name === name)!.quiz
    expect(quiz.format).toBe(QUIZ_FORMAT_2)
    expect(quiz.topic?.trim(), name).toBeTruthy()
    expect(quiz.level, name).toBeDefined()
    const count = (...types: ItemType[]) =>
      quiz.items.filter((item) => types.includes(item.type)).length
    expect(count('classify'), name).toBeGreaterThanOrEqual(6)
    expect(count('who-says'), name).toBeGreaterThanOrEqual(6)
    expect(count('find-clue'), name).toBeGreaterThanOrEqual(6)
    expect(count('frame'), name).toBeGreaterThanOrEqual(6)
    // "Put in order" is the second form of "When?" (issue 13): they count together.
    expect(count('when', 'timeline'), name).toBeGreaterThanOrEqual(6)
    expect(quizWarnings(quiz), name).toEqual([])
  })
})

describe('the JSON Schema file', () => {
  it('matches the schema in the code', () => {
    const committed = readFileSync(
      join(import.meta.dirname, '../../../quizzes/quiz.schema.json'),
      'utf8'
    )
    expect(committed, 'run "npm run schema" and commit quizzes/quiz.schema.json').toBe(
      quizJsonSchemaText()
    )
  })

  it('does not require fields that have defaults', () => {
    const schema = JSON.parse(quizJsonSchemaText()) as { required: string[] }
    expect(schema.required).not.toContain('labels')
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'id', 'title', 'article', 'items'])
    )
  })
})

describe('validateQuizValue', () => {
  it('accepts the small quiz and fills in the three default labels', () => {
    const result = validateQuizValue(smallQuizInput())
    expect(result.ok && result.quiz.labels.map((label) => label.name)).toEqual(
      DEFAULT_LABELS.map((label) => label.name)
    )
  })

  it('accepts a teacher-defined label set', () => {
    const input: QuizInput = {
      ...smallQuizInput(),
      labels: [
        { id: 'allegation', name: 'Claim', description: 'Someone claims it.' },
        { id: 'fact', name: 'Fact', description: 'Stated as fact.' },
        { id: 'date', name: 'When', description: 'Time words.' },
        { id: 'opinion', name: 'Opinion', description: 'A judgement.' }
      ]
    }
    expect(validateQuizValue(input).ok).toBe(true)
  })

  const invalid: [string, (quiz: Mutable) => void, string, RegExp][] = [
    ['format missing', (q) => delete q['format'], 'format', /Missing "format"/],
    [
      'a future format version',
      (q) => (q['format'] = 'says-who/quiz@3'),
      'format',
      /newer version/
    ],
    ['id with capitals', (q) => (q['id'] = 'Small Quiz'), 'id', /lower-case/],
    ['title empty', (q) => (q['title'] = '   '), 'title', /./],
    ['language not a tag', (q) => (q['language'] = 'English'), 'language', /language tag/],
    ['unknown top-level key', (q) => (q['extra'] = 1), '', /extra/],
    ['article missing', (q) => delete (q as Record<string, unknown>)['article'], 'article', /./],
    ['headline missing', (q) => delete q.article['headline'], 'article.headline', /./],
    ['text empty', (q) => (q.article['text'] = ''), 'article.text', /./],
    [
      'published not a date',
      (q) => (q.article['published'] = 'last week'),
      'article.published',
      /./
    ],
    ['no items', (q) => (q.items = []), 'items', /./],
    ['item type unknown', (q) => (q.items[1]!['type'] = 'match'), 'items[1].type', /./],
    ['item without target', (q) => delete q.items[2]!['target'], 'items[2].target', /./],
    [
      'target quote empty',
      (q) => (q.items[0]!['target'] = { exact: '' }),
      'items[0].target.exact',
      /./
    ],
    ['explanation empty', (q) => (q.items[3]!['explanation'] = '  '), 'items[3].explanation', /./],
    [
      'answer not a label',
      (q) => (q.items[1]!['answer'] = 'opinion'),
      'items[1].answer',
      /not one of the labels/
    ],
    ['duplicate item id', (q) => (q.items[2]!['id'] = 'bridge-safe'), 'items[2].id', /used twice/],
    [
      'quote not in the article',
      (q) => (q.items[1]!['target'] = { exact: 'The tunnel opened' }),
      'items[1].target',
      /not in the article/
    ],
    [
      'quote ambiguous',
      (q) => (q.items[1]!['target'] = { exact: 'the bridge' }),
      'items[1].target',
      /appears 2 times/
    ],
    [
      'context that matches nothing',
      (q) => (q.items[1]!['target'] = { exact: 'bridge', prefix: 'A ' }),
      'items[1].target',
      /prefix\/suffix/
    ],
    [
      'cue not in the article',
      (q) => (q.items[0]!['cues'] = [{ exact: 'claimed' }]),
      'items[0].cues[0]',
      /not in the article/
    ],
    [
      'speaker quote not in the article',
      (q) => (q.items[0]!['speaker'] = { name: 'X', quote: { exact: 'The mayor' } }),
      'items[0].speaker.quote',
      /not in the article/
    ],
    [
      'negative position',
      (q) => (q.items[1]!['target'] = { exact: 'The bridge opened', start: -1 }),
      'items[1].target.start',
      /./
    ],
    [
      'one label only',
      (q) => (q['labels'] = [{ id: 'fact', name: 'Fact', description: 'x' }]),
      'labels',
      /./
    ],
    [
      'duplicate label id',
      (q) =>
        (q['labels'] = [
          { id: 'fact', name: 'A', description: 'x' },
          { id: 'fact', name: 'B', description: 'y' }
        ]),
      'labels[1].id',
      /used twice/
    ],
    ['items not a list', (q) => ((q as Record<string, unknown>)['items'] = {}), 'items', /./]
  ]

  it.each(invalid)('rejects a quiz with %s at the right path', (_name, change, path, message) => {
    const issues = issuesOf(mutated(change))
    const match = issues.find((issue) => issue.path === path)
    expect(match, `issues were ${JSON.stringify(issues)}`).toBeDefined()
    expect(match?.message).toMatch(message)
  })

  it('names the item in anchoring errors', () => {
    const issues = issuesOf(
      mutated((q) => (q.items[1]!['target'] = { exact: 'The tunnel opened' }))
    )
    expect(issues[0]?.message).toContain('Item "bridge-opened"')
  })
})

describe('validateQuizText (untrusted files)', () => {
  const good = JSON.stringify(smallQuizInput())

  it('accepts a good file', () => {
    expect(validateQuizText(good).ok).toBe(true)
  })

  it('reports broken JSON', () => {
    const result = validateQuizText(good.slice(0, -5))
    expect(result.ok === false && result.issues[0]?.message).toMatch(/not valid JSON/)
  })

  it('refuses a __proto__ key with its path', () => {
    const hostile = good.replace(
      '"type":"classify","id":"bridge-opened"',
      '"type":"classify","__proto__":{"polluted":true},"id":"bridge-opened"'
    )
    const result = validateQuizText(hostile)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.issues[0]).toEqual({
      path: 'items[1].__proto__',
      message: 'The key "__proto__" is not allowed in a Says Who? file.'
    })
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('refuses a constructor key', () => {
    const result = validateQuizText(
      good.replace('"title":', '"constructor":{"prototype":{}},"title":')
    )
    expect(!result.ok && result.issues[0]?.path).toBe('constructor')
  })

  it('refuses deep nesting before parsing it', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const result = validateQuizText(deep)
    expect(!result.ok && result.issues[0]?.message).toMatch(/nested too deeply/)
  })

  it('refuses a file over the size limit', () => {
    const huge = JSON.stringify({ ...smallQuizInput(), description: 'x'.repeat(2_100_000) })
    const result = validateQuizText(huge)
    expect(!result.ok && result.issues[0]?.message).toMatch(/too large/)
  })

  it('keeps HTML in quiz text as plain text', () => {
    const input = smallQuizInput()
    input.title = '<img src=x onerror=alert(1)>'
    const result = validateQuizValue(input)
    expect(result.ok && result.quiz.title).toBe('<img src=x onerror=alert(1)>')
  })

  it('validates the shipped quiz file as text', () => {
    expect(validateQuizText(JSON.stringify(articleQuizInput())).ok).toBe(true)
  })
})

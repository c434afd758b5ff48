import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { useLocale } from '../../../src/renderer/src/i18n'
import {
  issuePathText,
  knownProblem,
  problemText,
  problemWords
} from '../../../src/renderer/src/issue-text'
import { validateQuizText, validateQuizValue } from '../../../src/shared/quiz-validation'
import { quizWarnings } from '../../../src/shared/quiz-warnings'
import { smallQuizInput } from '../../fixtures/quizzes'

type Input = Record<string, unknown> & {
  format: string
  labels?: Record<string, unknown>[]
  items: Record<string, unknown>[]
}
const MIXED = join(import.meta.dirname, '../../fixtures/quizzes/mixed-types.quiz.json')
const mixed = (): Input => JSON.parse(readFileSync(MIXED, 'utf8')) as Input
const small = (): Input => smallQuizInput() as unknown as Input

function messagesOf(input: unknown): string[] {
  const result = validateQuizValue(input)
  return result.ok
    ? quizWarnings(result.quiz).map((w) => w.message)
    : result.issues.map((i) => i.message)
}

function textMessages(text: string): string[] {
  const result = validateQuizText(text)
  return result.ok ? [] : result.issues.map((i) => i.message)
}

function edited(base: () => Input, edit: (input: Input) => void): string[] {
  const input = base()
  edit(input)
  return messagesOf(input)
}

const item = (input: Input, i: number): Record<string, unknown> => input.items[i]!
const events = (input: Input): Record<string, unknown>[] =>
  item(input, 5)['events'] as Record<string, unknown>[]

/** Every kind of problem and warning a quiz file can get, made from real validation. */
function everyMessage(): string[] {
  return [
    ...messagesOf([]),
    ...edited(small, (q) => delete (q as Record<string, unknown>)['format']),
    ...edited(small, (q) => (q.format = 'says-who/result@1')),
    ...edited(small, (q) => (q.format = 'says-who/quiz@9')),
    ...edited(small, (q) => (q.format = 'something else')),
    ...edited(small, (q) => {
      q['id'] = 'Not A Slug'
      q['title'] = ''
      q['extra'] = 1
      item(q, 0)['cues'] = 'said'
      item(q, 1)['type'] = 'nope'
    }),
    ...edited(small, (q) => {
      q['title'] = 'x'.repeat(500)
      q['extra'] = 1
      q['more'] = 2
    }),
    ...edited(mixed, (q) => {
      item(q, 1)['choices'] = []
      item(q, 3)['answer'] = 'doubtful'
    }),
    ...edited(
      mixed,
      (q) => (item(q, 4)['choices'] = [1, 2, 3, 4, 5, 6].map((n) => ({ id: `c${n}`, text: 'x' })))
    ),
    ...edited(small, (q) => {
      q.labels = [
        { id: 'allegation', name: 'A', description: 'a' },
        { id: 'allegation', name: 'B', description: 'b' }
      ]
      item(q, 1)['id'] = 'bridge-safe'
      item(q, 2)['answer'] = 'nothing'
      item(q, 0)['target'] = { exact: 'nowhere' }
      item(q, 3)['target'] = { exact: 'the bridge', prefix: 'zzz' }
    }),
    ...edited(small, (q) => (item(q, 0)['target'] = { exact: 'bridge' })),
    ...edited(mixed, (q) => {
      q.format = 'says-who/quiz@1'
    }),
    ...edited(mixed, (q) => {
      const choices = item(q, 1)['choices'] as Record<string, unknown>[]
      choices[1]!['id'] = 'engineers'
      choices[0]!['quote'] = { exact: 'nowhere at all' }
      item(q, 1)['answer'] = 'nobody'
      item(q, 0)['cues'] = [{ exact: 'no such cue' }]
      item(q, 0)['speaker'] = { name: 'X', quote: { exact: 'no such speaker' } }
      item(q, 2)['cues'] = [{ exact: 'The mayor' }]
      item(q, 3)['verb'] = { exact: 'no such verb' }
      events(q)[1]!['id'] = 'opened'
      events(q)[0]!['target'] = { exact: 'never happened' }
    }),
    ...edited(mixed, (q) => (events(q)[2]!['target'] = { exact: 'The bridge opened in 1998' })),
    ...edited(mixed, (q) => {
      for (const it of q.items) delete it['explanation']
      delete item(q, 0)['speaker']
      const choices = item(q, 1)['choices'] as Record<string, unknown>[]
      choices[0] = { id: 'queen', name: 'The Queen of Sheba' }
      item(q, 1)['answer'] = 'queen'
      q.items.push({ ...item(q, 0), id: 'twin' })
    }),
    ...textMessages('{"title": "x", "__proto__": {}}'),
    ...textMessages('{"title": ')
  ]
}

describe('quiz-file problems in the interface language', () => {
  afterAll(() => useLocale('en'))

  it('every problem validation gives is recognised, and the English message says it word for word', () => {
    const messages = [...new Set(everyMessage())]
    expect(messages.length).toBeGreaterThan(40)
    const unknown = messages.filter((message) => knownProblem(message) === null)
    expect(unknown).toEqual([])
    const reworded = messages.flatMap((message) => {
      const words = problemWords(knownProblem(message)!)
      return words === message ? [] : [`${message} ≠ ${words}`]
    })
    expect(reworded).toEqual([])
    // In English the message is shown exactly as validation gave it.
    for (const message of messages) expect(problemText(message)).toBe(message)
  })

  it('says them in Spanish and French, plurals and file words included; an unknown message stays', async () => {
    await useLocale('es')
    expect(problemText('Item "x": The quote "nowhere" is not in the article text.')).toBe(
      'Pregunta "x": La cita "nowhere" no está en el texto del artículo.'
    )
    expect(
      problemText(
        'Item "who-repairs", choice "Ana Ruiz": The quote "Ana" appears 2 times; add a prefix or suffix to say which one.'
      )
    ).toBe(
      'Pregunta "who-repairs", opción "Ana Ruiz": La cita "Ana" aparece 2 veces; añade un prefijo o un sufijo para indicar cuál.'
    )
    expect(problemText('Too small: expected array to have >=3 items')).toBe(
      'Demasiado pocos: se esperaba una lista de al menos 3 elementos'
    )
    expect(problemText('Too small: expected string to have >=1 characters')).toBe(
      'Demasiado corto: se esperaba un texto de al menos 1 carácter'
    )
    expect(problemText('No item has the label "Date or time" (date) as its answer.')).toBe(
      'Ninguna pregunta tiene la etiqueta "Date or time" (date) como respuesta.'
    )
    expect(issuePathText('items[3].target')).toBe('Pregunta 4 (items[3].target)')
    expect(problemText('Something nobody wrote a message for.')).toBe(
      'Something nobody wrote a message for.'
    )
    await useLocale('fr')
    expect(problemText('The item id "a" is used twice.')).toBe(
      'L’identifiant de question "a" est utilisé deux fois.'
    )
    expect(issuePathText('')).toBe('(fichier)')
  })

  it('reads a hostile message quickly: names full of quotes do not make the matching slow', async () => {
    await useLocale('es')
    const name = '"'.repeat(160)
    const message = `Item "a", choice "${name}": The quote "${'"'.repeat(60)}" appears x times${'"'.repeat(500)}`
    const started = performance.now()
    expect(problemText(message)).toBe(message)
    expect(performance.now() - started).toBeLessThan(200)
  })
})

describe('a Moodle file opened as a quiz', () => {
  afterAll(() => useLocale('en'))

  it('is named for what it is in the interface language', async () => {
    const moodle = '<?xml version="1.0"?>\n<quiz>\n<question type="multichoice"></question></quiz>'
    const result = validateQuizText(moodle)
    const message = result.ok ? '' : result.issues[0]!.message
    expect(problemText(message)).toBe(message)
    await useLocale('es')
    expect(problemText(message)).toMatch(
      /^Este es un archivo Moodle XML de preguntas de opción múltiple\./
    )
  })
})

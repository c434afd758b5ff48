import type { QuizItem } from '../../../src/shared/quiz-format'
import { describeKey } from '../../../src/shared/response-text'
import { describe, expect, it } from 'vitest'
import { isClueFound, wordsOf } from '../../../src/shared/clue-words'
import { draftingRefusal } from '../../../src/shared/drafting/drafting-language'
import { resultFileName } from '../../../src/shared/result-format'
import {
  languageName,
  mainScript,
  scriptName,
  textAttributes,
  textDirection
} from '../../../src/shared/text-direction'

describe('textDirection', () => {
  it('reads Arabic, Hebrew, Persian, Urdu and Yiddish right to left, with or without a region', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'he-IL', 'fa', 'ur', 'yi', 'ckb', 'dv', 'ps'])
      expect(textDirection(tag), tag).toBe('rtl')
  })

  it('reads English, Greek, Hindi, Vietnamese and Russian left to right', () => {
    for (const tag of ['en', 'en-GB', 'el', 'hi', 'vi', 'ru', 'zh-Hant', 'es-419'])
      expect(textDirection(tag), tag).toBe('ltr')
  })

  it('goes by the script subtag when there is one', () => {
    expect(textDirection('pa-Arab')).toBe('rtl')
    expect(textDirection('az-Latn')).toBe('ltr')
  })

  it('falls back to left to right for a tag it cannot read', () => {
    expect(textDirection('not a tag')).toBe('ltr')
    expect(textAttributes(undefined)).toEqual({})
    expect(textAttributes('ar')).toEqual({ lang: 'ar', dir: 'rtl' })
  })

  it('names languages and scripts in the interface language', () => {
    expect(languageName('ar', 'en')).toBe('Arabic')
    expect(languageName('el', 'es')).toBe('griego')
    expect(languageName('he', 'fr')).toBe('hébreu')
    expect(scriptName('Grek', 'en')).toBe('Greek')
  })
})

describe('mainScript', () => {
  it('finds the script most letters are in, Latin names inside notwithstanding', () => {
    expect(mainScript('قال وزير الصحة إن منظمة WHO تراقب الوضع.')).toBe('Arab')
    expect(mainScript('Η κυβέρνηση ανακοίνωσε ότι η NASA θα βοηθήσει.')).toBe('Grek')
    expect(mainScript('Bộ trưởng nói rằng cây cầu an toàn.')).toBe('Latn')
    expect(mainScript('2024 — 15%')).toBeNull()
  })
})

describe('wordsOf in other scripts', () => {
  it('keeps Devanagari vowel signs and viramas inside their word', () => {
    expect(wordsOf('मंत्री ने कहा कि पुल सुरक्षित है।').map((w) => w.text)).toEqual([
      'मंत्री',
      'ने',
      'कहा',
      'कि',
      'पुल',
      'सुरक्षित',
      'है'
    ])
  })

  it('keeps Arabic vowel marks, Hebrew abbreviations and decomposed Vietnamese tones whole', () => {
    expect(wordsOf('قَالَ الوزيرُ').map((w) => w.text)).toEqual(['قَالَ', 'الوزيرُ'])
    expect(wordsOf('לדברי צה״ל, הגשר בטוח').map((w) => w.text)).toEqual([
      'לדברי',
      'צה״ל',
      'הגשר',
      'בטוח'
    ])
    expect(wordsOf('nói rằng'.normalize('NFD')).map((w) => w.text.normalize('NFC'))).toEqual([
      'nói',
      'rằng'
    ])
  })

  it('keeps a Hindi learner name whole in a result file name', () => {
    expect(resultFileName('प्रिया शर्मा', 'bridge')).toBe('प्रिया-शर्मा-bridge.result.json')
  })

  it('scores a clue found in an Arabic sentence by its words', () => {
    const item = {
      target: { exact: 'وأغلق الجسر بعد يومين، وفقا لبيان المجلس.' },
      cues: [{ exact: 'وفقا لبيان' }]
    }
    expect(isClueFound(item, [4, 5])).toBe(true)
    expect(isClueFound(item, [0])).toBe(false)
  })
})

describe('draftingRefusal', () => {
  const english = 'The minister said the bridge is safe.'
  it('drafts English articles in quizzes tagged en or en-*', () => {
    expect(draftingRefusal('en', english)).toBeNull()
    expect(draftingRefusal('en-GB', english)).toBeNull()
  })

  it('refuses a quiz in another language, even one written in Latin letters', () => {
    expect(draftingRefusal('vi', 'Bộ trưởng nói rằng cây cầu an toàn.')).toEqual({
      kind: 'language',
      language: 'vi'
    })
    expect(draftingRefusal('ar', english)).toEqual({ kind: 'language', language: 'ar' })
  })

  it('refuses an article in another script when the quiz still says English', () => {
    expect(draftingRefusal('en', 'Ο υπουργός είπε ότι η γέφυρα είναι ασφαλής.')).toEqual({
      kind: 'script',
      script: 'Grek'
    })
  })
})

describe('events in order, as a key reads', () => {
  const item = {
    type: 'timeline',
    events: [
      { id: 'first', target: { exact: 'الحادث' } },
      { id: 'second', target: { exact: 'المؤتمر' } }
    ]
  } as unknown as QuizItem

  it('points the arrow the way the quiz reads: leftwards in a right-to-left quiz', () => {
    expect(describeKey({ labels: [], language: 'ar' }, item, 'first>second')).toBe(
      'الحادث ← المؤتمر'
    )
    expect(describeKey({ labels: [], language: 'el' }, item, 'first>second')).toBe(
      'الحادث → المؤتمر'
    )
  })
})

describe('clue words quoted inside an interface sentence', () => {
  const item = {
    type: 'find-clue',
    target: { exact: 'وقال المتحدث يوم الثلاثاء' }
  } as unknown as QuizItem

  it('are isolated in a right-to-left quiz, so the quote marks stay on the outside', () => {
    expect(describeKey({ labels: [], language: 'ar' }, item, '0')).toBe('“\u2068وقال\u2069”')
    expect(describeKey({ labels: [], language: 'en' }, item, '0')).toBe('“وقال”')
  })
})

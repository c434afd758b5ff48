import { afterEach, describe, expect, it } from 'vitest'
import { useLocale } from '../../../../src/renderer/src/i18n'
import { brokenName, brokenText, flagText } from '../../../../src/renderer/src/report-text'
import { showNotice, type ReportNotice } from '../../../../src/renderer/src/stores/report-notice'
import { buildClassReport, type ImportedFile } from '../../../../src/shared/report/class-report'
import {
  REASON_CODES,
  reason,
  reasonEnglish,
  type ReasonValue
} from '../../../../src/shared/report/reasons'
import { validateQuizValue } from '../../../../src/shared/quiz-validation'
import { RESULT_FORMAT, type ResultFile } from '../../../../src/shared/result-format'
import { classic, smallQuizInput } from '../../../fixtures/quizzes'
import { reasonText } from '../../../../src/renderer/src/report-text'

const quiz = (() => {
  const result = validateQuizValue(smallQuizInput())
  if (!result.ok) throw new Error('fixture')
  return classic(result.quiz)
})()
const hash = 'a'.repeat(64)

/** A learner's file with every item answered right, as the app writes it, then edited. */
function resultFile(name: string, edit: (r: ResultFile) => void = () => {}): ImportedFile {
  const answers = quiz.items.map((item, i) => ({
    itemId: item.id,
    response: { type: 'classify' as const, label: item.answer },
    answeredAt: `2026-11-20T09:${String(10 + i).padStart(2, '0')}:00.000Z`
  }))
  const result: ResultFile = {
    format: RESULT_FORMAT,
    exportedAt: '2026-11-20T11:00:00.000Z',
    learner: { name },
    attempts: [
      {
        attemptId: `a-${name}`,
        quizId: quiz.id,
        quizHash: hash,
        quizTitle: quiz.title,
        mode: 'full',
        itemIds: quiz.items.map((item) => item.id),
        answers,
        startedAt: '2026-11-20T09:00:00.000Z',
        finishedAt: '2026-11-20T10:30:00.000Z',
        storedScore: { correct: answers.length, answered: answers.length }
      }
    ]
  }
  edit(result)
  return { fileName: `${name}.result.json`, text: JSON.stringify(result) }
}

/** A class's hand-ins with one of each kind of trouble the report flags. */
function troubledReport() {
  return buildClassReport(quiz, hash, [
    resultFile('doctored', (r) => (r.attempts[0]!.storedScore.correct += 1)),
    resultFile('elsewhere', (r) => (r.attempts[0]!.quizId = 'another-quiz')),
    { ...resultFile('signed'), collected: 'altered' },
    { fileName: 'torn.result.json', text: '{"format": "says-who/result-1", "learner":' },
    { fileName: 'list.result.json', text: '[1, 2]' },
    { fileName: 'quiz.result.json', text: '{"title": "not a result"}' }
  ])
}

/** Words that a French or Spanish screen must not show when the flags speak its language. */
const ENGLISH = /\b(the|file|answer|answers|right|which|with|not|this|is)\b/

afterEach(async () => {
  await useLocale('en')
})

describe('the class report speaks the interface language in its flags', () => {
  it('says every reason in English word for word as the command line does', () => {
    const sample: Record<string, ReasonValue> = {
      keys: 3,
      items: 4,
      item: 'q-7',
      listed: 2,
      total: 5,
      answered: 1,
      number: 6,
      asked: 'q-2',
      label: 'fact',
      unfit: reason('unfitChoice', { choice: 'zed' }),
      choice: 'zed',
      said: 4,
      held: 3,
      scored: 2,
      changed: 1,
      largest: 9,
      file: 'ben.json',
      name: 'Ben',
      odd: [reason('invisibleCharacter', { code: 'U+200B' }), reason('noBreakSpace')],
      code: 'U+200B',
      scripts: ['Latin', 'Cyrillic'],
      files: ['a.json', 'b.json'],
      count: 2,
      learner: 'Ben Smith',
      quiz: 'other',
      expected: 'mine',
      version: '0.2'
    }
    for (const code of REASON_CODES) {
      const r = reason(code, sample)
      expect(reasonText(r), code).toBe(reasonEnglish(r))
    }
    const one = reason('sameName', { ...sample, files: ['a.json'], count: 1 })
    expect(reasonText(one)).toBe(reasonEnglish(one))
  })

  it('flags damaged, foreign and doctored files in French and Spanish, and again in English', async () => {
    const report = troubledReport()
    const flags = report.records.flatMap((r) => r.flags)
    expect(flags.map((f) => f.kind).sort()).toEqual(['modified', 'modified', 'other-quiz'])
    expect(report.broken.map((b) => b.fileName)).toEqual([
      'torn.result.json',
      'list.result.json',
      'quiz.result.json'
    ])
    const english = [...flags.map(flagText), ...report.broken.map(brokenText)]
    expect(english).toEqual([...flags.map((f) => f.detail), ...report.broken.map((b) => b.message)])

    await useLocale('fr')
    const french = [...flags.map(flagText), ...report.broken.map(brokenText)]
    for (const text of french) expect(text).not.toMatch(ENGLISH)
    expect(french).toContain(
      'l’enseignant a collecté et signé ce fichier, et il a été modifié depuis (ou il a été signé avec un autre code PIN d’enseignant)'
    )
    expect(french).toContain(
      'Le fichier n’est pas du JSON valide : il a peut-être été tronqué ou modifié à la main.'
    )
    expect(french).toContain('Un fichier de résultats doit contenir un objet JSON.')
    expect(french).toContain(
      'format : « format » manque : ce n’est pas un fichier de résultats de Says Who?.'
    )

    await useLocale('es')
    const spanish = [...flags.map(flagText), ...report.broken.map(brokenText)]
    for (const text of spanish) expect(text).not.toMatch(ENGLISH)
    expect(spanish.join('\n')).toContain('hecho para el cuestionario «another-quiz»')
  })

  it("shows main's messages in the language of the moment, not of the import", async () => {
    const entry = {
      fileName: 'class.zip › x.result.json',
      message: 'Skipped: it is password-protected in class.zip.',
      texts: {
        en: 'Skipped: it is password-protected in class.zip.',
        es: 'Omitido: está protegido con contraseña en class.zip.',
        fr: 'Ignoré : il est protégé par un mot de passe dans class.zip.'
      },
      nameTexts: { en: '3 more files', es: '3 archivos más', fr: '3 fichiers de plus' }
    }
    expect(brokenText(entry)).toBe(entry.texts.en)
    await useLocale('fr')
    expect(brokenText(entry)).toBe(entry.texts.fr)
    expect(brokenName(entry)).toBe('3 fichiers de plus')
    await useLocale('es')
    expect(brokenText(entry)).toBe(entry.texts.es)
  })
})

describe('the import notice says what happened', () => {
  it('counts the files imported and the ones flagged, and names an empty folder or zip', async () => {
    const report = troubledReport()
    const added = ['torn.result.json', 'doctored.result.json', 'fine.result.json']
    expect(
      showNotice({ kind: 'imported', added: [added[0]!], already: 0, unreadable: 0 }, report).text
    ).toBe('Imported 1 file. 1 file is flagged: see Flags below.')
    expect(showNotice({ kind: 'imported', added, already: 0, unreadable: 1 }, report).text).toBe(
      'Imported 3 files. 3 files are flagged: see Flags below.'
    )
    const empty: ReportNotice = {
      kind: 'imported',
      added: [],
      already: 0,
      unreadable: 0,
      source: 'class.zip'
    }
    expect(showNotice(empty, report).text).toBe(
      'class.zip holds no result files (files ending in .result.json): nothing was imported.'
    )
    expect(showNotice({ ...empty, unreadable: 1 }, report).text).toBe(
      'No result file could be read from class.zip: 1 problem is flagged below.'
    )
    await useLocale('fr')
    expect(showNotice(empty, report).text).toBe(
      'class.zip ne contient aucun fichier de résultats (fichiers se terminant par .result.json) : rien n’a été importé.'
    )
  })
})

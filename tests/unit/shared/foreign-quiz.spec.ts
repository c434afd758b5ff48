import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildGift } from '../../../src/shared/exports/gift'
import { buildMoodleXml } from '../../../src/shared/exports/moodle-xml'
import { buildQti3Package } from '../../../src/shared/exports/qti3'
import { foreignQuizFormat } from '../../../src/shared/foreign-quiz'
import { validateQuizText } from '../../../src/shared/quiz-validation'
import { articleQuiz } from '../../fixtures/quizzes'

// Importing from Moodle or QTI cannot give span-labelled items: a teacher who tries is told why.
describe('a Moodle or QTI quiz file opened as a quiz', () => {
  const quiz = articleQuiz()
  const item = [...buildQti3Package(quiz).files].find(([path]) => path.startsWith('items/'))![1]

  it.each([
    ['Moodle XML', buildMoodleXml(quiz).text],
    ['GIFT', buildGift(quiz).text],
    ['QTI', item],
    ['QTI', buildQti3Package(quiz).files.get('imsmanifest.xml')!]
  ])('a %s file is named for what it is, with the reason it cannot be used', (format, text) => {
    const result = validateQuizText(text)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]!.path).toBe('')
    expect(result.issues[0]!.message).toContain(
      `This is a ${format} file of multiple-choice questions.`
    )
    expect(result.issues[0]!.message).toContain('Open the article in the quiz editor')
  })

  it('a QTI package (a zip) is named as QTI; any other binary file is said not to be text', () => {
    const files = Object.fromEntries(
      [...buildQti3Package(quiz).files].map(([path, text]) => [path, strToU8(text)])
    )
    // Main reads a file as UTF-8, as it reads every quiz file.
    const asRead = (bytes: Uint8Array): string => new TextDecoder().decode(bytes)
    const qti = validateQuizText(asRead(zipSync(files)))
    expect(qti.ok || qti.issues[0]!.message).toMatch(/^This is a QTI file/)
    const other = validateQuizText(asRead(zipSync({ 'notes.txt': strToU8('hello') })))
    expect(other.ok || other.issues[0]!.message).toMatch(/^This file is not text/)
    expect(other.ok || other.issues[0]!.path).toBe('')
  })

  it('other broken text is still "not valid JSON", and other XML is not taken for a quiz', () => {
    expect(foreignQuizFormat('{"format": ')).toBeNull()
    expect(foreignQuizFormat('<html><body>quiz</body></html>')).toBeNull()
    expect(foreignQuizFormat('Taliban spokesman said {this}.')).toBeNull()
    const broken = validateQuizText('{"format": ')
    expect(broken.ok || broken.issues[0]!.message).toMatch(/not valid JSON/)
  })
})

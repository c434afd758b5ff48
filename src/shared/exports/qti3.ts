import type { Quiz } from '../quiz-format'
import {
  ENGLISH_EXPORT_TEXTS,
  choiceQuestions,
  cleanText,
  escapeXml,
  type ChoiceQuestion,
  type ExportTexts,
  type LeftOut
} from './export-items'
import { explanationHtml, questionName } from './question-html'

export const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0'
export const QTI_CP_NAMESPACE = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1'
const XSI = 'http://www.w3.org/2001/XMLSchema-instance'
const ASI_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd'
const CP_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd'
export const TEST_FILE = 'assessment-test.xml'

export interface PackageExport {
  /** Path inside the package → XML text; imsmanifest.xml first. */
  files: Map<string, string>
  exported: number
  leftOut: LeftOut[]
}

// Quiz and choice ids are slugs, which may start with a digit; an identifier must be an NCName.
const itemIdentifier = (question: ChoiceQuestion): string => `item-${question.itemId}`
const choiceIdentifier = (id: string): string => `choice-${id}`
const itemHref = (question: ChoiceQuestion): string => `items/${itemIdentifier(question)}.xml`

function lines(text: string): string {
  return escapeXml(text).replace(/\n/g, '<br/>')
}

function itemXml(question: ChoiceQuestion, language: string): string {
  const explanation = explanationHtml(question)
  const choices = question.choices.map(
    (choice) =>
      `      <qti-simple-choice identifier="${choiceIdentifier(choice.id)}">${lines(choice.text)}</qti-simple-choice>`
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<qti-assessment-item xmlns="${QTI_NAMESPACE}" xmlns:xsi="${XSI}"`,
    `  xsi:schemaLocation="${QTI_NAMESPACE} ${ASI_XSD}"`,
    `  identifier="${itemIdentifier(question)}" title="${escapeXml(questionName(question))}"`,
    `  adaptive="false" time-dependent="false" xml:lang="${escapeXml(language)}">`,
    '  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">',
    '    <qti-correct-response>',
    `      <qti-value>${choiceIdentifier(question.answer)}</qti-value>`,
    '    </qti-correct-response>',
    '  </qti-response-declaration>',
    '  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float">',
    '    <qti-default-value><qti-value>0</qti-value></qti-default-value>',
    '  </qti-outcome-declaration>',
    ...(explanation
      ? [
          '  <qti-outcome-declaration identifier="FEEDBACK" cardinality="single" base-type="identifier"/>'
        ]
      : []),
    '  <qti-item-body>',
    `    <blockquote${question.direction === 'rtl' ? ' dir="rtl"' : ''}><p>${lines(question.before)}<strong>${lines(question.passage)}</strong>${lines(question.after)}</p></blockquote>`,
    '    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1" shuffle="false">',
    `      <qti-prompt>${lines(question.prompt)}</qti-prompt>`,
    ...choices,
    '    </qti-choice-interaction>',
    '  </qti-item-body>',
    ...(explanation ? responseProcessingWithFeedback(question) : [matchCorrect()]),
    '</qti-assessment-item>',
    ''
  ].join('\n')
}

function matchCorrect(): string {
  return '  <qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml"/>'
}

/** match_correct written out, plus the outcome that shows the explanation whatever was chosen. */
function responseProcessingWithFeedback(question: ChoiceQuestion): string[] {
  const explanation = question.explanation ?? ''
  return [
    '  <qti-response-processing>',
    '    <qti-response-condition>',
    '      <qti-response-if>',
    '        <qti-match>',
    '          <qti-variable identifier="RESPONSE"/>',
    '          <qti-correct identifier="RESPONSE"/>',
    '        </qti-match>',
    '        <qti-set-outcome-value identifier="SCORE">',
    '          <qti-base-value base-type="float">1</qti-base-value>',
    '        </qti-set-outcome-value>',
    '      </qti-response-if>',
    '      <qti-response-else>',
    '        <qti-set-outcome-value identifier="SCORE">',
    '          <qti-base-value base-type="float">0</qti-base-value>',
    '        </qti-set-outcome-value>',
    '      </qti-response-else>',
    '    </qti-response-condition>',
    '    <qti-set-outcome-value identifier="FEEDBACK">',
    '      <qti-base-value base-type="identifier">EXPLANATION</qti-base-value>',
    '    </qti-set-outcome-value>',
    '  </qti-response-processing>',
    '  <qti-modal-feedback outcome-identifier="FEEDBACK" identifier="EXPLANATION" show-hide="show">',
    `    <qti-content-body><p>${lines(explanation)}</p></qti-content-body>`,
    '  </qti-modal-feedback>'
  ]
}

function testXml(quiz: Quiz, questions: ChoiceQuestion[], title: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<qti-assessment-test xmlns="${QTI_NAMESPACE}" xmlns:xsi="${XSI}"`,
    `  xsi:schemaLocation="${QTI_NAMESPACE} ${ASI_XSD}"`,
    `  identifier="test-${quiz.id}" title="${escapeXml(title)}">`,
    '  <qti-test-part identifier="part-1" navigation-mode="nonlinear" submission-mode="individual">',
    `    <qti-assessment-section identifier="section-1" title="${escapeXml(title)}" visible="true">`,
    ...questions.map(
      (question) =>
        `      <qti-assessment-item-ref identifier="${itemIdentifier(question)}" href="${itemHref(question)}"/>`
    ),
    '    </qti-assessment-section>',
    '  </qti-test-part>',
    '</qti-assessment-test>',
    ''
  ].join('\n')
}

function manifestXml(quiz: Quiz, questions: ChoiceQuestion[]): string {
  const items = questions.flatMap((question) => [
    `    <resource identifier="${itemIdentifier(question)}" type="imsqti_item_xmlv3p0" href="${itemHref(question)}">`,
    `      <file href="${itemHref(question)}"/>`,
    '    </resource>'
  ])
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="${QTI_CP_NAMESPACE}" xmlns:xsi="${XSI}"`,
    `  xsi:schemaLocation="${QTI_CP_NAMESPACE} ${CP_XSD}"`,
    `  identifier="manifest-${quiz.id}">`,
    '  <metadata>',
    '    <schema>QTI Package</schema>',
    '    <schemaversion>3.0.0</schemaversion>',
    '  </metadata>',
    '  <organizations/>',
    '  <resources>',
    `    <resource identifier="test-${quiz.id}" type="imsqti_test_xmlv3p0" href="${TEST_FILE}">`,
    `      <file href="${TEST_FILE}"/>`,
    ...questions.map(
      (question) => `      <dependency identifierref="${itemIdentifier(question)}"/>`
    ),
    '    </resource>',
    ...items,
    '  </resources>',
    '</manifest>',
    ''
  ].join('\n')
}

/**
 * The quiz as a QTI 3 content package: imsmanifest.xml, an assessment test in quiz order, and
 * one qti-assessment-item per choice item with a single-answer qti-choice-interaction, scored by
 * match_correct, the explanation as modal feedback. Find-the-clue and put-in-order items are left
 * out (counted in `leftOut`): a single choice would not ask what they ask.
 */
export function buildQti3Package(
  quiz: Quiz,
  texts: ExportTexts = ENGLISH_EXPORT_TEXTS
): PackageExport {
  const { questions, leftOut } = choiceQuestions(quiz, texts)
  const title = cleanText(quiz.title)
  const files = new Map<string, string>()
  files.set('imsmanifest.xml', manifestXml(quiz, questions))
  files.set(TEST_FILE, testXml(quiz, questions, title))
  for (const question of questions) files.set(itemHref(question), itemXml(question, quiz.language))
  return { files, exported: questions.length, leftOut }
}

import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ItemDetail from '../../../../src/renderer/src/components/report/ItemDetail.vue'
import { useLocale } from '../../../../src/renderer/src/i18n'
import { givenAnswerText, rightAnswerText } from '../../../../src/renderer/src/report-answers'
import type { Quiz, QuizItem } from '../../../../src/shared/quiz-format'
import type { ItemRow } from '../../../../src/shared/report/class-report'
import { mixedTypesQuiz } from '../../../fixtures/quizzes'

enableAutoUnmount(afterEach)
afterEach(async () => {
  await useLocale('en')
})

const mixed: Quiz = mixedTypesQuiz()
const itemOf = (type: QuizItem['type']): QuizItem => {
  const item = mixed.items.find((i) => i.type === type)
  if (!item) throw new Error(type)
  return item
}

/** A frame item's row: one learner right, one with a neutral reading, one who left it. */
function frameRow(item: QuizItem): ItemRow {
  return {
    itemId: item.id,
    number: mixed.items.indexOf(item) + 1,
    type: 'frame',
    skill: 'read-verb',
    exact: 'the bridge needs repairs',
    answer: 'distancing',
    answerText: 'Distancing or doubtful',
    attempts: 3,
    facility: 1 / 3,
    discrimination: null,
    chosen: Object.assign(Object.create(null) as Record<string, number>, {
      distancing: 1,
      denial: 1
    }),
    missedBy: [
      { key: 'b', learner: 'Bo', chose: 'denial' },
      { key: 'c', learner: 'Cy', chose: null }
    ]
  } as ItemRow
}

describe("the report's answers speak the interface language", () => {
  it('names stances, "no words" and "no answer" in French, and a clue\'s cues with "ou"', async () => {
    const frame = itemOf('frame')
    const clue = itemOf('find-clue')
    await useLocale('fr')
    expect(rightAnswerText(mixed, frame)).toBe('Distant ou dubitatif')
    expect(givenAnswerText(mixed, frame, 'denial')).toBe('Un démenti')
    expect(givenAnswerText(mixed, frame, null)).toBe('pas de réponse')
    expect(givenAnswerText(mixed, clue, '')).not.toMatch(/no words/i)
    if (clue.type === 'find-clue' && clue.cues.length > 1)
      expect(rightAnswerText(mixed, clue)).toContain(' ou ')
  })

  it("shows a frame item's right answer, counts and who missed it in the interface language", async () => {
    const frame = itemOf('frame')
    await useLocale('es')
    const wrapper = mount(ItemDetail, {
      props: { row: frameRow(frame), item: frame, quiz: mixed, counted: 3 }
    })
    const text = wrapper.text()
    expect(text).toContain('Distante o con duda')
    expect(text).toContain('Un desmentido')
    expect(text).not.toMatch(/Distancing|denial|A denial|no answer/)
  })
})

import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setApi } from '../../../src/renderer/src/api'
import ExportQuizButton from '../../../src/renderer/src/components/ExportQuizButton.vue'
import { useLocale } from '../../../src/renderer/src/i18n'
import { useQuizExportStore } from '../../../src/renderer/src/stores/quiz-export'
import { useTeacherStore } from '../../../src/renderer/src/stores/teacher'
import { smallQuiz } from '../../fixtures/quizzes'
import { entryFor, fakeApi, ok } from './fake-api'

beforeEach(() => setActivePinia(createPinia()))
afterEach(async () => {
  setApi(null)
  await useLocale('en')
})

describe('exporting a quiz', () => {
  it('sends the words the file adds in the interface language', async () => {
    const fake = fakeApi(smallQuiz())
    setApi(fake.api)
    await useQuizExportStore().exportQuiz('bundled:x', 'gift')
    expect(fake.api.exportQuiz.mock.calls[0]?.[0]).toMatchObject({
      key: 'bundled:x',
      format: 'gift',
      texts: {
        prompts: { classify: 'What are the marked words?' },
        stances: { distancing: 'Distancing or doubtful' },
        category: 'Says Who? - {title}'
      }
    })
    await useLocale('es')
    await useQuizExportStore().exportQuiz('bundled:x', 'gift')
    expect(fake.api.exportQuiz.mock.calls[1]?.[0]).toMatchObject({
      texts: {
        prompts: { classify: '¿Qué son las palabras marcadas?' },
        category: 'Says Who? - {title}'
      }
    })
  })

  it('is for teachers only, and says what was saved and what was left out, with plurals', async () => {
    const quiz = smallQuiz()
    const fake = fakeApi(quiz)
    setApi(fake.api)
    const wrapper = mount(ExportQuizButton, { props: { entry: entryFor(quiz) } })
    expect(wrapper.find('button').exists()).toBe(false)
    useTeacherStore().status = { pinSet: true, unlocked: true, retryAfterSeconds: 0 }
    await flushPromises()
    const toggle = wrapper.get(`button[aria-label="Export ${quiz.title} for Moodle or QTI"]`)
    expect(toggle.attributes('aria-expanded')).toBe('false')
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')

    fake.api.exportQuiz.mockImplementation(() =>
      ok({
        status: 'saved',
        format: 'moodle-xml',
        fileName: 'week3.xml',
        exported: 1,
        leftOut: [
          { type: 'find-clue', count: 1 },
          { type: 'timeline', count: 2 }
        ]
      })
    )
    const moodle = wrapper.findAll('[role="group"] button').find((b) => b.text() === 'Moodle XML')
    await moodle?.trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toContain(
      'Saved week3.xml (Moodle XML): 1 question.'
    )
    expect(wrapper.get('[role="status"]').text()).toContain('Not exported: 1 “Find the clue” item.')
    expect(wrapper.get('[role="status"]').text()).toContain('Not exported: 2 “Put in order” items.')

    fake.api.exportQuiz.mockImplementation(() =>
      ok({
        status: 'empty',
        format: 'gift',
        leftOut: [
          { type: 'when', count: 3 },
          { type: 'who-says', count: 2 }
        ]
      })
    )
    const gift = wrapper.findAll('[role="group"] button').find((b) => b.text().startsWith('GIFT'))
    await gift?.trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toContain(
      'Nothing was saved: GIFT holds none of this quiz’s items.'
    )
    const said = wrapper.get('[role="status"]').text()
    expect(said).toContain('Not exported: 3 “When?” items.')
    expect(said).toContain('Not exported: 2 “Who says it?” items.')
    // Why GIFT leaves them out is said once, not once per type.
    expect(said.split('GIFT holds the “Which label?” items only')).toHaveLength(2)
  })

  it('shows main’s refusal as a sentence', async () => {
    const quiz = smallQuiz()
    const fake = fakeApi(quiz)
    setApi(fake.api)
    fake.api.exportQuiz.mockImplementation(() =>
      Promise.resolve({ ok: false, error: { message: 'That quiz is no longer in the library.' } })
    )
    const wrapper = mount(ExportQuizButton, { props: { entry: entryFor(quiz) } })
    useTeacherStore().status = { pinSet: true, unlocked: true, retryAfterSeconds: 0 }
    await flushPromises()
    await wrapper.findAll('[role="group"] button')[2]?.trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toBe('That quiz is no longer in the library.')
  })
})

import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { setApi } from '../../../src/renderer/src/api'
import { useProfileStore } from '../../../src/renderer/src/stores/profile'
import QuizView from '../../../src/renderer/src/views/QuizView.vue'
import { validateQuizValue } from '../../../src/shared/quiz-validation'
import type { Quiz } from '../../../src/shared/quiz-format'
import { smallQuiz, smallQuizInput } from '../../fixtures/quizzes'
import type { Attempt } from '../../../src/shared/attempt-format'
import { fakeApi, newAttempt } from './fake-api'

async function mountQuiz(quiz: Quiz = smallQuiz(), start?: Attempt) {
  const fake = fakeApi(quiz, start)
  setApi(fake.api)
  const pinia = createPinia()
  setActivePinia(pinia)
  useProfileStore().choose({
    id: 'learner-1',
    name: 'Amira',
    createdAt: '2024-03-25T09:00:00.000Z'
  })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/quiz/:attemptId', name: 'quiz', component: QuizView, props: true },
      { path: '/attempt/:attemptId', name: 'summary', component: { template: '<p>summary</p>' } },
      { path: '/primer', name: 'primer', component: { template: '<p>primer</p>' } }
    ]
  })
  await router.push('/quiz/attempt-1')
  const wrapper = mount(QuizView, {
    props: { attemptId: 'attempt-1' },
    global: { plugins: [pinia, router] },
    attachTo: document.body
  })
  await flushPromises()
  return { wrapper, fake, router }
}

function press(key: string): void {
  window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
}

beforeEach(() => {
  document.body.innerHTML = ''
})
enableAutoUnmount(afterEach)
afterEach(() => setApi(null))

describe('QuizView', () => {
  it('asks the first item with the passage highlighted and a named button per label', async () => {
    const { wrapper } = await mountQuiz()
    expect(wrapper.text()).toContain('Item 1 of 4')
    expect(wrapper.find('blockquote.passage').text()).toBe('“the bridge is safe”')
    expect(wrapper.find('mark.mark-target').text()).toBe('the bridge is safe')
    const buttons = wrapper.findAll('button.choice')
    expect(buttons.map((b) => b.find('.choice-name').text())).toEqual([
      'Attributed allegation',
      'Reported fact',
      'Date or time'
    ])
    expect(buttons.map((b) => b.attributes('aria-keyshortcuts'))).toEqual(['1', '2', '3'])
    expect(wrapper.find('.feedback').exists()).toBe(false)
    expect(wrapper.find('mark.mark-cue').exists()).toBe(false)
  })

  it('answers with a number key and shows why, with the clue and speaker marked in the article', async () => {
    const { wrapper, fake } = await mountQuiz()
    press('1')
    await flushPromises()
    expect(fake.api.answerItem).toHaveBeenCalledWith({
      profileId: 'learner-1',
      attemptId: 'attempt-1',
      itemId: 'bridge-safe',
      response: { type: 'classify', label: 'allegation' }
    })
    const feedback = wrapper.find('.feedback')
    expect(feedback.find('h3').text()).toBe('✓ Right: Attributed allegation')
    expect(feedback.text()).toContain('The minister "said" it.')
    expect(feedback.text()).toContain('Who is speaking')
    expect(wrapper.find('mark.mark-cue').text()).toBe('said')
    expect(wrapper.find('mark.mark-speaker').text()).toBe('The minister')
    expect(document.activeElement?.textContent).toContain('Next item')
  })

  it('moves to the next item with Enter and counts progress', async () => {
    const { wrapper } = await mountQuiz()
    press('1')
    await flushPromises()
    expect(wrapper.find('progress').attributes('value')).toBe('1')
    press('Enter')
    await flushPromises()
    expect(wrapper.text()).toContain('Item 2 of 4')
    expect(wrapper.find('blockquote.passage').text()).toBe('“The bridge opened”')
    expect(wrapper.find('.feedback').exists()).toBe(false)
  })

  it('calls out an allegation taken for a fact', async () => {
    const { wrapper } = await mountQuiz()
    press('2')
    await flushPromises()
    expect(wrapper.find('.feedback h3').text()).toBe(
      '✗ Not quite. The answer is: Attributed allegation'
    )
    expect(wrapper.find('.feedback-chosen').text()).toBe('You chose Reported fact.')
    expect(wrapper.find('.feedback-key-mistake').exists()).toBe(true)
  })

  it('shows no feedback until the answer is saved, and keeps the question when saving fails', async () => {
    const { wrapper, fake } = await mountQuiz()
    fake.api.answerItem.mockResolvedValueOnce({
      ok: false,
      error: { message: 'Could not save attempt-1.json: the disk is full.' }
    } as never)
    press('3')
    await flushPromises()
    expect(wrapper.find('.feedback').exists()).toBe(false)
    expect(wrapper.find('[role="alert"]').text()).toBe(
      'Could not save attempt-1.json: the disk is full. Your earlier answers are saved.'
    )
    expect(wrapper.text()).toContain('Item 1 of 4')
  })

  it('goes to the summary after the last item', async () => {
    const { fake, router } = await mountQuiz()
    for (const key of ['1', '2', '3', '1']) {
      press(key)
      await flushPromises()
      press('Enter')
      await flushPromises()
    }
    // The last answer finished the attempt in main; nothing more to ask of it.
    expect(fake.current().finishedAt).toBeDefined()
    expect(fake.api.finishAttempt).not.toHaveBeenCalled()
    expect(router.currentRoute.value.name).toBe('summary')
  })

  it('opens the summary when resuming an attempt whose every item is answered', async () => {
    const quiz = smallQuiz()
    const answered = newAttempt(quiz, {
      answers: quiz.items.map((item) => ({
        itemId: item.id,
        response: { type: 'classify', label: item.answer },
        correct: true,
        answeredAt: '2024-03-25T10:01:00.000Z'
      })),
      finishedAt: '2024-03-25T10:01:00.000Z'
    })
    const { router } = await mountQuiz(quiz, answered)
    expect(router.currentRoute.value.name).toBe('summary')
  })

  it('shows the dateline, with its weekday, above the headline', async () => {
    const { wrapper } = await mountQuiz()
    const dateline = wrapper.find('.article-dateline')
    expect(dateline.text()).toBe('Test fixture · Monday, 25 March 2024')
    expect(dateline.find('time').attributes('datetime')).toBe('2024-03-25')
  })

  it('shows markup in the article as text and runs nothing', async () => {
    const input = smallQuizInput()
    input.article.text = `<img src=x onerror="window.pwned=1"> <script>window.pwned=2</script> ${input.article.text}`
    const result = validateQuizValue(input)
    if (!result.ok) throw new Error('fixture')
    const { wrapper } = await mountQuiz(result.quiz)
    expect(wrapper.find('article img').exists()).toBe(false)
    expect(wrapper.find('article script').exists()).toBe(false)
    expect(wrapper.find('article').text()).toContain('<img src=x onerror="window.pwned=1">')
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined()
  })
})

describe('FeedbackPanel', () => {
  it('names a clue that is only a quotation mark', async () => {
    const { default: FeedbackPanel } =
      await import('../../../src/renderer/src/components/FeedbackPanel.vue')
    const quiz = smallQuiz()
    const item = { ...quiz.items[0]!, cues: [{ exact: '”' }, { exact: 'said' }] }
    const wrapper = mount(FeedbackPanel, {
      props: { item, labels: quiz.labels, chosen: 'allegation', correct: true }
    })
    expect(wrapper.findAll('.clue-chip').map((chip) => chip.text())).toEqual([
      'quotation mark ”',
      'said'
    ])
  })
})

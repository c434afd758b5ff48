import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { setApi } from '../../../../src/renderer/src/api'
import { stableShuffle } from '../../../../src/renderer/src/item-questions'
import { useProfileStore } from '../../../../src/renderer/src/stores/profile'
import QuizView from '../../../../src/renderer/src/views/QuizView.vue'
import type { Quiz } from '../../../../src/shared/quiz-format'
import { fakeApi, newAttempt } from '../fake-api'
import { mixedTypesQuiz } from '../../../fixtures/quizzes'

const quiz: Quiz = mixedTypesQuiz()

/** The quiz screen asking one item of the mixed quiz. */
async function ask(itemId: string) {
  const fake = fakeApi(quiz, newAttempt(quiz, { itemIds: [itemId] }))
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
      // The quiz screen links to the primer ("How to tell") from every item.
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
  const sent = () => fake.api.answerItem.mock.calls.map(([request]) => request.response)
  return { wrapper, fake, sent }
}

function press(key: string, target: EventTarget = window, init: KeyboardEventInit = {}): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }))
}

const focused = (): string => (document.activeElement?.textContent ?? '').trim()

beforeEach(() => {
  document.body.innerHTML = ''
})
enableAutoUnmount(afterEach)
afterEach(() => setApi(null))

describe('Who says it?', () => {
  it('answers with a number key and boxes the right speaker in the article', async () => {
    const { wrapper, sent } = await ask('who-repairs')
    expect(wrapper.find('h1').text()).toBe('Who says it?')
    expect(wrapper.find('mark.mark-target').text()).toBe('the bridge needs repairs')
    const buttons = wrapper.findAll('[aria-label="Choose who says it"] button')
    expect(buttons.map((b) => b.attributes('aria-keyshortcuts'))).toEqual(['1', '2', '3', '4'])
    press('1')
    await flushPromises()
    expect(sent()).toEqual([{ type: 'who-says', choice: 'engineers' }])
    expect(wrapper.find('.feedback h3').text()).toBe('✓ Right: Engineers from the city council')
    expect(wrapper.find('mark.mark-speaker').text()).toBe('Engineers from the city council')
    expect(focused()).toContain('See my results')
  })

  it('names the right answer and the one chosen when wrong', async () => {
    const { wrapper, sent } = await ask('who-repairs')
    press('3')
    await flushPromises()
    expect(sent()).toEqual([{ type: 'who-says', choice: 'hale' }])
    expect(wrapper.find('.feedback h3').text()).toBe(
      '✗ Not quite. The answer is: Engineers from the city council'
    )
    expect(wrapper.find('.feedback-chosen').text()).toBe('You chose Tom Hale, the mayor.')
  })
})

describe('Find the clue', () => {
  it('moves between words with arrow keys, marks them, checks with Enter and shows the cue', async () => {
    const { wrapper, sent } = await ask('clue-closed')
    expect(wrapper.find('h1').text()).toBe('Find the clue')
    expect(wrapper.text()).toContain('who says it')
    const words = wrapper.findAll('button.clue-word')
    expect(words.map((w) => w.attributes('tabindex'))).toEqual(
      words.map((_, i) => (i === 0 ? '0' : '-1'))
    )
    ;(words[0]!.element as HTMLElement).focus()
    for (let i = 0; i < 7; i++) {
      press('ArrowRight', document.activeElement!)
      await flushPromises()
    }
    expect(focused()).toBe('according')
    // Space activates the focused button, as a browser does.
    ;(document.activeElement as HTMLElement).click()
    press('ArrowRight', document.activeElement!)
    await flushPromises()
    ;(document.activeElement as HTMLElement).click()
    await flushPromises()
    expect(wrapper.findAll('button.clue-word[aria-pressed="true"]').map((w) => w.text())).toEqual([
      'according',
      'to'
    ])
    press('Enter', document.activeElement!)
    await flushPromises()
    expect(sent()).toEqual([{ type: 'find-clue', words: [7, 8] }])
    expect(wrapper.find('.feedback h3').text()).toBe('✓ Right: “according to”')
    expect(wrapper.find('mark.mark-cue').text()).toBe('according to')
    expect(wrapper.find('button.clue-word[data-word="7"]').text()).toContain('✓')
    expect(focused()).toContain('See my results')
  })

  it('says which marks were not the clue, and asks for a mark before checking', async () => {
    const { wrapper, sent } = await ask('clue-closed')
    await wrapper.find('button.check-button').trigger('click')
    expect(wrapper.find('[role="alert"]').text()).toBe('Mark at least one word first.')
    expect(sent()).toEqual([])
    await wrapper.find('button.clue-word[data-word="6"]').trigger('click')
    await wrapper.find('button.check-button').trigger('click')
    await flushPromises()
    expect(sent()).toEqual([{ type: 'find-clue', words: [6] }])
    expect(wrapper.find('.feedback h3').text()).toBe('✗ Not quite. The answer is: “according to”')
    expect(wrapper.find('button.clue-word[data-word="6"]').text()).toContain(
      '✗ (you marked it: not a clue word)'
    )
  })
})

describe('How does the reporter frame it?', () => {
  it('shows the verb before answering, four stances with examples, and why the verb matters', async () => {
    const { wrapper, sent } = await ask('frame-claimed')
    expect(wrapper.find('h1').text()).toBe('How does the reporter frame it?')
    expect(wrapper.find('mark.mark-cue').text()).toBe('claimed')
    const names = wrapper.findAll('.choice .choice-name').map((n) => n.text())
    expect(names).toEqual([
      'Neutral',
      'Distancing or doubtful',
      "Against the speaker's interest",
      'A denial'
    ])
    expect(wrapper.text()).toContain('claimed, alleged, insisted')
    press('2')
    await flushPromises()
    expect(sent()).toEqual([{ type: 'frame', stance: 'distancing' }])
    const feedback = wrapper.find('.feedback').text()
    expect(feedback).toContain('✓ Right: Distancing or doubtful')
    expect(feedback).toContain('puts distance between the reporter and the claim')
    expect(feedback).toContain('"Claimed" puts distance')
  })
})

describe('When?', () => {
  it('answers with a number key and names the right date when wrong', async () => {
    const { wrapper, sent } = await ask('when-friday')
    expect(wrapper.find('h1').text()).toBe('When?')
    expect(wrapper.find('mark.mark-target').text()).toBe('On Friday')
    press('2')
    await flushPromises()
    expect(sent()).toEqual([{ type: 'when', choice: 'fri-29' }])
    expect(wrapper.find('.feedback h3').text()).toBe(
      '✗ Not quite. The answer is: Friday 22 March 2024'
    )
    expect(wrapper.find('.feedback-chosen').text()).toBe('You chose Friday 29 March 2024.')
  })
})

describe('Put in order', () => {
  it('shows the events shuffled the same way for the same attempt, every one highlighted', async () => {
    const { wrapper } = await ask('order-bridge')
    const shown = wrapper.findAll('li.timeline-event').map((li) => li.attributes('data-event'))
    expect(shown).toEqual(stableShuffle(['opened', 'safe', 'closed'], 'attempt-1:order-bridge'))
    expect(shown).not.toEqual(['opened', 'safe', 'closed'])
    expect(wrapper.findAll('article mark.mark-target').map((m) => m.text())).toEqual([
      'The bridge opened in 1998',
      'said the bridge is safe',
      'the bridge was closed'
    ])
  })

  it('moves an event with Alt+Arrow keys keeping its focus, and sends the order on Check order', async () => {
    const { wrapper, sent } = await ask('order-bridge')
    const order = () =>
      wrapper.findAll('li.timeline-event').map((li) => li.attributes('data-event'))
    const start = order()
    const last = start[2]!
    ;(wrapper.find(`li[data-event="${last}"]`).element as HTMLElement).focus()
    press('ArrowUp', document.activeElement!, { altKey: true })
    await flushPromises()
    expect(order()).toEqual([start[0], last, start[1]])
    expect((document.activeElement as HTMLElement).dataset['event']).toBe(last)
    // The named buttons do the same.
    const texts = new Map([
      ['opened', 'The bridge opened in 1998'],
      ['safe', 'said the bridge is safe'],
      ['closed', 'the bridge was closed']
    ])
    expect(wrapper.find(`button[aria-label="Move up: ${texts.get(last)}"]`).exists()).toBe(true)
    // Put it right: opened, safe, closed.
    const right = ['opened', 'safe', 'closed']
    for (let guard = 0; guard < 6 && order().join() !== right.join(); guard++) {
      const current = order()
      const wrong = current.findIndex((id, i) => id !== right[i])
      const wanted = right[wrong]!
      await wrapper.find(`li[data-event="${wanted}"] button[data-move="up"]`).trigger('click')
      await flushPromises()
    }
    expect(order()).toEqual(right)
    await wrapper.find('button.check-button').trigger('click')
    await flushPromises()
    expect(sent()).toEqual([{ type: 'timeline', order: right }])
    const feedback = wrapper.find('.feedback')
    expect(feedback.find('h3').text()).toContain('✓ Right:')
    expect(feedback.findAll('.feedback-order li').map((li) => li.text())).toEqual([
      '“The bridge opened in 1998”: 1998',
      '“said the bridge is safe”: Friday 22 March 2024',
      '“the bridge was closed”: Two days after the minister spoke'
    ])
    expect(focused()).toContain('See my results')
  })
})

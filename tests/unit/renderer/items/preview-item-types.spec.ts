import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useEditorStore } from '../../../../src/renderer/src/stores/editor'
import PreviewView from '../../../../src/renderer/src/views/PreviewView.vue'

const text = readFileSync(
  join(import.meta.dirname, '../../../fixtures/quizzes/mixed-types.quiz.json'),
  'utf8'
)

function press(key: string, target: EventTarget = window): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
}

beforeEach(() => {
  document.body.innerHTML = ''
})
enableAutoUnmount(afterEach)

describe('PreviewView with every item type', () => {
  it('asks each type as the quiz screen does, scores locally and sums up by skill', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    expect(useEditorStore().openText('mixed.quiz.json', 'doc-1', text)).toBe(true)
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/preview', name: 'preview', component: PreviewView },
        { path: '/editor', name: 'editor', component: { template: '<p>editor</p>' } }
      ]
    })
    await router.push('/preview')
    const wrapper = mount(PreviewView, {
      global: { plugins: [pinia, router] },
      attachTo: document.body
    })
    await flushPromises()
    const heading = () => wrapper.find('#question-heading').text()
    const verdict = () => wrapper.find('.feedback h3').text()
    const goOn = async () => {
      press('Enter')
      await flushPromises()
    }

    expect(heading()).toBe('What is the highlighted passage?')
    press('1')
    await flushPromises()
    expect(verdict()).toContain('✓ Right')
    await goOn()

    expect(heading()).toBe('Who says it?')
    press('1')
    await flushPromises()
    expect(verdict()).toBe('✓ Right: Engineers from the city council')
    await goOn()

    expect(heading()).toBe('Find the clue')
    await wrapper.find('button.clue-word[data-word="7"]').trigger('click')
    await wrapper.find('button.clue-word[data-word="8"]').trigger('click')
    press('Enter', wrapper.find('button.clue-word[data-word="8"]').element)
    await flushPromises()
    expect(verdict()).toBe('✓ Right: “according to”')
    await goOn()

    expect(heading()).toBe('How does the reporter frame it?')
    press('1')
    await flushPromises()
    expect(verdict()).toBe('✗ Not quite. The answer is: Distancing or doubtful')
    await goOn()

    expect(heading()).toBe('When?')
    press('1')
    await flushPromises()
    expect(verdict()).toBe('✓ Right: Friday 22 March 2024')
    await goOn()

    expect(heading()).toBe('Put in order')
    await wrapper.find('button.check-button').trigger('click')
    await flushPromises()
    // The shuffle never shows the right order, so checking it straight away is wrong.
    expect(verdict()).toContain('✗ Not quite. The answer is: The bridge opened in 1998 →')
    await goOn()

    const summary = wrapper.find('.preview-summary')
    expect(summary.find('h1').text()).toContain('Summary: 4 of 6 right')
    const rows = summary.findAll('table.skill-table tbody tr').map((row) => row.text())
    expect(rows).toEqual([
      expect.stringContaining('Spotting claims2 of 2'),
      expect.stringContaining('Finding the source1 of 1'),
      expect.stringContaining('Reading the verb0 of 1'),
      expect.stringContaining('Working out when1 of 2')
    ])
    expect(summary.text()).toContain('Distancing or doubtful, not Neutral.')
  })
})

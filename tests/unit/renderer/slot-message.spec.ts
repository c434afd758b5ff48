import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { messageParts, SlotMessage } from '../../../src/renderer/src/components/slot-message'
import { translate, useLocale } from '../../../src/renderer/src/i18n'

/** A sentence with an element inside it, the way the summary shows "You chose X; the answer is Y". */
const Chosen = defineComponent({
  props: { chosen: { type: String, required: true }, answer: { type: String, required: true } },
  setup(props) {
    return () =>
      h(
        SlotMessage,
        { keypath: 'student.summary.youChoseAnswer', tag: 'p' },
        {
          chosen: () => h('strong', props.chosen),
          answer: () => h('strong', props.answer)
        }
      )
  }
})

afterEach(async () => {
  await useLocale('en')
})

describe('a translated sentence with elements inside', () => {
  it('puts each slot where the language puts it, as elements, never as text', () => {
    const wrapper = mount(Chosen, { props: { chosen: 'Reported fact', answer: '<b>Claim</b>' } })
    expect(wrapper.text()).toBe('You chose Reported fact; the answer is <b>Claim</b>.')
    expect(wrapper.findAll('strong').map((s) => s.text())).toEqual([
      'Reported fact',
      '<b>Claim</b>'
    ])
    expect(wrapper.find('b').exists()).toBe(false)
  })

  it('follows a change of language without being mounted again', async () => {
    const wrapper = mount(Chosen, { props: { chosen: 'Reported fact', answer: 'Claim' } })
    await useLocale('es')
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toBe('Elegiste Reported fact; la respuesta es Claim.')
    expect(wrapper.findAll('strong')).toHaveLength(2)
  })

  it('keeps the plural of the rest of the sentence, for one and for several', () => {
    const parts = (count: number): string[] =>
      messageParts(translate, 'student.summary.soFar', { count }, ['score']).map(
        (part) => part.slot ?? part.text
      )
    expect(parts(1)).toEqual(['score', ' so far (1 item)'])
    expect(parts(3)).toEqual(['score', ' so far (3 items)'])
  })
})

import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { h } from 'vue'
import { SlotMessage } from '../../../src/renderer/src/components/slot-message'
import { useLocale } from '../../../src/renderer/src/i18n'

afterEach(() => useLocale('en'))

function flagged(fileName: string) {
  return mount(SlotMessage, {
    props: { keypath: 'report.flags.broken', values: { message: 'it is empty' }, tag: 'p' },
    slots: { file: () => h('strong', [h('bdi', fileName)]) }
  })
}

describe('a translated sentence with markup inside', () => {
  it('puts the slot where the message places it, and the values as text', () => {
    const wrapper = flagged('ana.result.json')
    expect(wrapper.element.tagName).toBe('P')
    expect(wrapper.text()).toBe('ana.result.json could not be read: it is empty')
    expect(wrapper.find('strong bdi').text()).toBe('ana.result.json')
  })

  it('follows the word order of another language', async () => {
    await useLocale('es')
    const wrapper = flagged('ana.result.json')
    expect(wrapper.text()).toBe('No se pudo leer ana.result.json: it is empty')
    expect(wrapper.find('strong').text()).toBe('ana.result.json')
  })

  it('keeps a name that looks like markup or a placeholder as plain text', () => {
    const wrapper = flagged('<img src=x onerror=alert(1)> {message}.json')
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('bdi').text()).toBe('<img src=x onerror=alert(1)> {message}.json')
  })

  it('a plural inside the sentence follows the count', () => {
    const text = (count: number) =>
      mount(SlotMessage, {
        props: { keypath: 'report.setup.scoringAgainst', values: { count }, tag: 'span' },
        slots: { source: () => h('bdi', 'quiz.json') }
      }).text()
    expect(text(1)).toBe('Scoring against quiz.json (1 item).')
    expect(text(12)).toBe('Scoring against quiz.json (12 items).')
  })
})

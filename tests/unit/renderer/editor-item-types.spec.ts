import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { setApi } from '../../../src/renderer/src/api'
import ItemForm from '../../../src/renderer/src/components/editor/ItemForm.vue'
import { useEditorStore, type EditorItem } from '../../../src/renderer/src/stores/editor'
import { QUIZ_FORMAT, QUIZ_FORMAT_2, type ItemType } from '../../../src/shared/quiz-format'
import { smallQuiz } from '../../fixtures/quizzes'
import { fakeApi, ok } from './fake-api'

const ARTICLE =
  'Minister says bridge is safe\nThe minister said the bridge is safe. The bridge opened in 1998.\nOn Monday, engineers said the bridge needs repairs. Critics claimed it was rushed.'

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => setApi(null))
enableAutoUnmount(afterEach)

type Store = ReturnType<typeof useEditorStore>

/** The item as its type, failing the test when it is another. */
function itemOf<T extends ItemType>(item: EditorItem, type: T): Extract<EditorItem, { type: T }> {
  if (item.type !== type) throw new Error(`expected a ${type} item, got ${item.type}`)
  return item as Extract<EditorItem, { type: T }>
}

function rangeOf(store: Store, words: string): { start: number; end: number } {
  const start = store.doc!.article.text.indexOf(words)
  if (start === -1) throw new Error(`"${words}" is not in the article`)
  return { start, end: start + words.length }
}

/** The editor's item form for the selected item, wired to the store as the editor screen does. */
function formFor(type: ItemType, words: string) {
  const store = useEditorStore()
  store.newFromArticle(ARTICLE, { dateline: '2024-03-25' })
  store.addItem(rangeOf(store, words), '', type)
  const Host = defineComponent(() => () => {
    const index = store.selected
    const item = index === null ? undefined : store.doc?.items[index]
    return item && index !== null
      ? h(ItemForm, {
          item,
          index,
          count: store.doc!.items.length,
          labels: store.labels,
          flag: undefined,
          onChange: (patch: Record<string, unknown>) => store.updateItem(index, patch),
          onEdit: (mutate: Parameters<Store['editItem']>[1]) => store.editItem(index, mutate)
        })
      : h('p', 'no item')
  })
  const wrapper = mount(Host, { attachTo: document.body })
  return { store, wrapper, item: () => store.doc!.items[0]! }
}

describe('the item form edits every item type, with undo', () => {
  it('who says it?: renames, adds and removes choices, picks the right one, quotes the selection', async () => {
    const { store, wrapper, item } = formFor('who-says', 'The minister said the bridge is safe.')
    const choice = wrapper.get<HTMLInputElement>('input[aria-label="Choice 2"]')
    await choice.setValue('The minister')
    expect(itemOf(item(), 'who-says').choices.map((c) => c.name)).toContain('The minister')
    await wrapper.get('input[aria-label="Choice 2 is the right one"]').setValue(true)
    expect(itemOf(item(), 'who-says').answer).toBe('choice-2')
    // Three is the least a question has: Remove is off until a fourth is added.
    expect(wrapper.get('button[aria-label="Remove choice 1"]').attributes('disabled')).toBeDefined()
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Add a choice')!
      .trigger('click')
    expect(itemOf(item(), 'who-says').choices).toHaveLength(4)
    store.selection = rangeOf(store, 'minister')
    await flushPromises()
    await wrapper
      .get('button[aria-label^="Use the selected words as where the article names choice 2"]')
      .trigger('click')
    expect(itemOf(item(), 'who-says').choices[1]?.quote?.exact).toBe('minister')
    expect(wrapper.text()).toContain('Named in the article as “minister”')
    store.undo()
    store.undo()
    await flushPromises()
    expect(itemOf(item(), 'who-says').choices).toHaveLength(3)
    expect(wrapper.get<HTMLInputElement>('input[aria-label="Choice 2"]').element.value).toBe(
      'The minister'
    )
    store.undo()
    store.undo()
    await flushPromises()
    expect(wrapper.get<HTMLInputElement>('input[aria-label="Choice 2"]').element.value).toBe(
      'Choice 2'
    )
  })

  it('find the clue: the clue words are picked from the sentence, and the clue kind chosen', async () => {
    const { store, wrapper, item } = formFor(
      'find-clue',
      'On Monday, engineers said the bridge needs repairs.'
    )
    expect(store.issues.some((i) => i.path.startsWith('items[0].cues'))).toBe(true)
    const word = (text: string) =>
      wrapper.findAll('button.cue-word').find((b) => b.text() === text)!
    await word('engineers').trigger('click')
    await word('said').trigger('click')
    expect(itemOf(item(), 'find-clue').cues).toEqual([{ exact: 'engineers said' }])
    expect(word('said').attributes('aria-pressed')).toBe('true')
    // Runs of pressed words are the clue phrases, without the punctuation at their edges.
    await word('engineers').trigger('click')
    await word('Monday,').trigger('click')
    expect(itemOf(item(), 'find-clue').cues.map((c) => c.exact)).toEqual(['Monday', 'said'])
    await wrapper.get('select').setValue('date')
    expect(itemOf(item(), 'find-clue').clue).toBe('date')
    store.undo()
    store.undo()
    store.undo()
    await flushPromises()
    expect(itemOf(item(), 'find-clue').clue).toBe('attribution')
    expect(itemOf(item(), 'find-clue').cues).toEqual([{ exact: 'engineers said' }])
    expect(store.issues.filter((i) => i.path.startsWith('items[0]'))).toEqual([])
  })

  it('frame: the verb comes from a selection, the stance from a list', async () => {
    const { store, wrapper, item } = formFor('frame', 'it was rushed')
    expect(wrapper.text()).toContain('not chosen yet')
    const useVerb = wrapper.findAll('button').find((b) => b.text().includes('as the verb'))!
    expect(useVerb.attributes('disabled')).toBeDefined()
    store.selection = rangeOf(store, 'claimed')
    await flushPromises()
    await useVerb.trigger('click')
    await wrapper.get('select').setValue('distancing')
    expect(item()).toMatchObject({ verb: { exact: 'claimed' }, answer: 'distancing' })
    expect(store.issues.filter((i) => i.path.startsWith('items[0]'))).toEqual([])
    store.undo()
    await flushPromises()
    expect(item()).toMatchObject({ answer: 'neutral' })
  })

  it('when?: the choices are renamed and the right one picked', async () => {
    const { store, wrapper, item } = formFor('when', 'On Monday')
    await wrapper.get('input[aria-label="Choice 1"]').setValue('Monday 25 March 2024')
    await wrapper.get('input[aria-label="Choice 3 is the right one"]').setValue(true)
    expect(item()).toMatchObject({ answer: 'choice-3' })
    expect(itemOf(item(), 'when').choices[0]?.text).toBe('Monday 25 March 2024')
    store.undo()
    await flushPromises()
    expect(item()).toMatchObject({ answer: 'choice-1' })
  })

  it('timeline: events come from selections, move up and down keeping the focus, and undo', async () => {
    const { store, wrapper, item } = formFor('timeline', 'The bridge opened in 1998.')
    const addEvent = () => wrapper.findAll('button').find((b) => b.text().includes('as an event'))!
    for (const words of [
      'engineers said the bridge needs repairs',
      'Critics claimed it was rushed'
    ]) {
      store.selection = rangeOf(store, words)
      await flushPromises()
      await addEvent().trigger('click')
    }
    const exacts = () => itemOf(item(), 'timeline').events.map((e) => e.target.exact)
    expect(exacts()).toEqual([
      'The bridge opened in 1998.',
      'engineers said the bridge needs repairs',
      'Critics claimed it was rushed'
    ])
    await wrapper.get('input[aria-label="When event 1 happened"]').setValue('1998')
    const down = wrapper.get<HTMLButtonElement>('button[aria-label="Move event 1 down"]')
    down.element.focus()
    await down.trigger('click')
    await flushPromises()
    expect(exacts()[1]).toBe('The bridge opened in 1998.')
    // The focus follows the event to its new place: the keyboard can move it again.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move event 2 down')
    expect(store.issues.filter((i) => i.path.startsWith('items[0]'))).toEqual([])
    store.undo()
    await flushPromises()
    expect(exacts()[0]).toBe('The bridge opened in 1998.')
    expect(itemOf(item(), 'timeline').events[0]?.when).toBe('1998')
  })
})

describe('saving writes the format version the items need', () => {
  it('"@1" for a classic quiz, "@2" once it has a later item type, "@1" again when that goes', async () => {
    const fake = fakeApi(smallQuiz())
    fake.api.saveQuizFile.mockImplementation(() =>
      ok({
        status: 'saved',
        documentId: '8d3f6a5e-0b1c-4c8e-9f1a-2b3c4d5e6f70',
        fileName: 'b.quiz.json'
      })
    )
    setApi(fake.api)
    const store = useEditorStore()
    store.newFromArticle(ARTICLE, {})
    const sentFormat = async (): Promise<string> => {
      await store.save(false)
      const calls = fake.api.saveQuizFile.mock.calls
      return JSON.parse(calls[calls.length - 1]![0].text).format
    }
    store.addItem(rangeOf(store, 'in 1998'), 'date')
    expect(await sentFormat()).toBe(QUIZ_FORMAT)
    store.addItem(rangeOf(store, 'The minister said the bridge is safe.'), '', 'who-says')
    expect(await sentFormat()).toBe(QUIZ_FORMAT_2)
    store.deleteItem(store.doc!.items.findIndex((i) => i.type === 'who-says'))
    expect(store.doc?.items.map((i) => i.type)).toEqual(['classify'])
    expect(await sentFormat()).toBe(QUIZ_FORMAT)
  })

  it('a file opened as "@2" with only classic items is saved as "@1", readable by older apps', async () => {
    const fake = fakeApi(smallQuiz())
    fake.api.saveQuizFile.mockImplementation(() =>
      ok({
        status: 'saved',
        documentId: '8d3f6a5e-0b1c-4c8e-9f1a-2b3c4d5e6f70',
        fileName: 'b.quiz.json'
      })
    )
    setApi(fake.api)
    const store = useEditorStore()
    const quiz = { ...smallQuiz(), format: QUIZ_FORMAT_2 }
    expect(
      store.openText('b.quiz.json', '8d3f6a5e-0b1c-4c8e-9f1a-2b3c4d5e6f70', JSON.stringify(quiz))
    ).toBe(true)
    expect(await store.save(false)).toBe(true)
    expect(JSON.parse(fake.api.saveQuizFile.mock.calls[0]![0].text).format).toBe(QUIZ_FORMAT)
  })
})

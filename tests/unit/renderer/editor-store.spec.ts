import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setApi } from '../../../src/renderer/src/api'
import { useEditorStore } from '../../../src/renderer/src/stores/editor'
import { smallQuiz } from '../../fixtures/quizzes'
import { fakeApi, ok } from './fake-api'
import { itemPassage } from '../../../src/shared/item-kinds'

const ARTICLE =
  'Minister says bridge is safe\nThe minister said the bridge is safe. The bridge opened in 1998.\nOn Monday, engineers said the bridge needs repairs.'

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => setApi(null))

function rangeOf(
  store: ReturnType<typeof useEditorStore>,
  words: string
): { start: number; end: number } {
  const start = store.doc!.article.text.indexOf(words)
  return { start, end: start + words.length }
}

describe('useEditorStore', () => {
  it('starts a quiz from an article: headline split off, no items, not valid yet', () => {
    const store = useEditorStore()
    store.newFromArticle(ARTICLE, { source: 'Test', dateline: '2024-03-25' })
    expect(store.doc?.article.headline).toBe('Minister says bridge is safe')
    expect(store.doc?.article.text.startsWith('The minister said')).toBe(true)
    expect(store.doc?.id).toBe('minister-says-bridge-is-safe')
    expect(store.issues.map((i) => i.path)).toEqual(['items'])
    expect(store.dirty).toBe(true)
  })

  it('adds an item from a selection in article order, and undoes and redoes it', () => {
    const store = useEditorStore()
    store.newFromArticle(ARTICLE, {})
    store.addItem(rangeOf(store, 'engineers said the bridge needs repairs'), 'allegation')
    store.addItem(rangeOf(store, 'in 1998'), 'date')
    expect(store.doc?.items.map((i) => itemPassage(i).exact)).toEqual([
      'in 1998',
      'engineers said the bridge needs repairs'
    ])
    expect(store.selected).toBe(0)
    store.undo()
    expect(store.doc?.items).toHaveLength(1)
    store.redo()
    expect(store.doc?.items).toHaveLength(2)
    expect(store.canRedo).toBe(false)
  })

  it('Accept all never adds a passage that is already an item, and a second Accept all adds nothing', async () => {
    const store = useEditorStore()
    store.newFromArticle(ARTICLE, { dateline: '2024-03-25' })
    await store.draftItems()
    const all = [...store.suggestions]
    const said = all.find((s) => itemPassage(s.item).exact.startsWith('The minister said'))!
    // The teacher selected the same words by hand before accepting the suggestions.
    store.addItem({ start: said.start, end: said.end }, 'fact')
    const added = store.accept(all)
    expect(added).toHaveLength(all.length - 1)
    const exacts = store.doc!.items.map((i) => itemPassage(i).exact)
    expect(exacts.filter((e) => e === itemPassage(said.item).exact)).toHaveLength(1)
    expect(store.status).toMatch(/1 already an item/)
    expect(store.suggestions).toEqual([])

    // The same suggestions again (a double click, a stale list): nothing added, no undo step.
    const items = store.doc!.items.length
    expect(store.accept(all)).toEqual([])
    expect(store.doc!.items).toHaveLength(items)
    store.undo()
    expect(store.doc!.items).toHaveLength(1)
  })

  it('adding a passage that is already an item selects that item instead of adding it twice', () => {
    const store = useEditorStore()
    store.newFromArticle(ARTICLE, {})
    store.addItem(rangeOf(store, 'in 1998'), 'date')
    store.addItem(rangeOf(store, 'The minister said the bridge is safe.'), 'allegation')
    store.addItem(rangeOf(store, 'in 1998'), 'fact')
    expect(store.doc?.items.map((i) => (i.type === 'classify' ? i.answer : i.type))).toEqual([
      'allegation',
      'date'
    ])
    expect(store.selected).toBe(1)
    expect(store.status).toBe('That passage is already item 2.')
  })

  it('keeps placement flags in a Map, so an item id such as "constructor" is only a key', () => {
    const store = useEditorStore()
    store.newFromArticle(ARTICLE, {})
    store.addItem(rangeOf(store, 'in 1998'), 'date')
    store.updateItem(0, { id: 'constructor' })
    store.setArticleText(store.doc!.article.text.replace('in 1998', 'long ago'))
    expect(store.placementFlags.get('constructor')).toMatch(/Could not find/)
    expect(store.placementFlags.get('toString')).toBeUndefined()
    store.clearFlag('constructor')
    expect(store.placementFlags.size).toBe(0)
  })

  it('drafts suggestions, accepts one and dismisses the rest; the quiz becomes valid', async () => {
    const store = useEditorStore()
    store.newFromArticle(ARTICLE, { dateline: '2024-03-25' })
    await store.draftItems()
    const said = store.suggestions.find((s) =>
      itemPassage(s.item).exact.startsWith('The minister said')
    )
    expect(said?.label).toBe('allegation')
    expect(said?.item.type === 'classify' && said.item.speaker?.name).toBe('The minister')
    store.accept([said!])
    store.dismiss([...store.suggestions])
    expect(store.suggestions).toEqual([])
    expect(store.doc?.items).toHaveLength(1)
    expect(store.issues).toEqual([])
    expect(store.warnings.map((w) => w.path)).toEqual(['labels[1]', 'labels[2]'])
  })

  it('re-places items after the text changes, flagging the one it cannot place', () => {
    const store = useEditorStore()
    store.newFromArticle(ARTICLE, {})
    store.addItem(rangeOf(store, 'The bridge opened in 1998.'), 'fact')
    store.addItem(rangeOf(store, 'engineers said the bridge needs repairs'), 'allegation')
    const [opened, engineers] = store.doc!.items.map((i) => i.id)
    store.setArticleText(
      `An added first line.\n${store.doc!.article.text}`.replace(
        'The bridge opened in 1998.',
        'Nothing about the opening.'
      )
    )
    expect(store.placementFlags.get(opened!)).toMatch(/Could not find/)
    expect(store.placementFlags.get(engineers!)).toBeUndefined()
    const moved = store.doc!.items[1]!
    expect(itemPassage(moved).exact).toBe('engineers said the bridge needs repairs')
    expect(store.ranges[1]).not.toBeNull()
  })

  it('saves through main and remembers the file; an invalid quiz is refused with its reasons', async () => {
    const fake = fakeApi(smallQuiz())
    fake.api.saveQuizFile.mockImplementation(() =>
      ok({
        status: 'saved',
        documentId: '8d3f6a5e-0b1c-4c8e-9f1a-2b3c4d5e6f70',
        fileName: 'bridge.quiz.json'
      })
    )
    setApi(fake.api)
    const store = useEditorStore()
    store.newFromArticle(ARTICLE, {})
    store.addItem(rangeOf(store, 'in 1998'), 'date')
    expect(await store.save(false)).toBe(true)
    expect(store.dirty).toBe(false)
    expect(store.fileName).toBe('bridge.quiz.json')
    const sent = fake.api.saveQuizFile.mock.calls[0]![0]
    expect(JSON.parse(sent.text).items[0].target.exact).toBe('in 1998')
    expect(sent.suggestedName).toBe('minister-says-bridge-is-safe.quiz.json')

    fake.api.saveQuizFile.mockImplementation(() =>
      ok({ status: 'invalid', issues: [{ path: 'items[0].answer', message: 'not a label' }] })
    )
    store.updateItem(0, { explanation: 'Changed.' })
    expect(await store.save(false)).toBe(false)
    expect(store.error).toContain('items[0].answer: not a label')
    expect(store.dirty).toBe(true)
  })
})

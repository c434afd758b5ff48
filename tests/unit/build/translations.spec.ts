import { readFileSync, readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parse, type ElementNode, type TemplateChildNode } from '@vue/compiler-dom'
import { parse as parseSfc } from '@vue/compiler-sfc'
import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { SUPPORTED_LOCALES } from '../../../src/shared/locales'

const ROOT = resolve(import.meta.dirname, '../../..')
const RENDERER = join(ROOT, 'src/renderer/src')
const RENDERER_LOCALES = join(RENDERER, 'locales')
const MAIN_LOCALES = join(ROOT, 'src/main/locales')

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') flat.set(path, value)
    else for (const [inner, text] of flatten(value, path)) flat.set(inner, text)
  }
  return flat
}

function readJson(path: string): Tree {
  return JSON.parse(readFileSync(path, 'utf8')) as Tree
}

/** Every message of a locale, renderer namespaces first (`report.students.title`), then main's. */
function rendererMessages(locale: string): Map<string, string> {
  const all = new Map<string, string>()
  for (const file of readdirSync(join(RENDERER_LOCALES, locale)).filter((f) => f.endsWith('.json')))
    for (const [key, text] of flatten(
      readJson(join(RENDERER_LOCALES, locale, file)),
      file.slice(0, -5)
    ))
      all.set(key, text)
  return all
}
function mainMessages(locale: string): Map<string, string> {
  return flatten(readJson(join(MAIN_LOCALES, `${locale}.json`)))
}

/** The names a message puts values in (`{count, plural, …}` gives count), to compare locales. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>()
  for (const match of message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*(?:[,}])/g)) names.add(match[1]!)
  return [...names].sort()
}

function filesUnder(folder: string, suffix: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(suffix))
    .map((file) => join(folder, file))
}

describe.each([
  ['the interface', rendererMessages],
  ["main's messages", mainMessages]
])('%s in every language', (_name, messagesOf) => {
  const english = messagesOf('en')

  it.each(SUPPORTED_LOCALES.filter((l) => l !== 'en'))(
    '%s has every English key and no other',
    (locale) => {
      const translated = messagesOf(locale)
      expect([...english.keys()].filter((key) => !translated.has(key))).toEqual([])
      expect([...translated.keys()].filter((key) => !english.has(key))).toEqual([])
    }
  )

  it.each(SUPPORTED_LOCALES)(
    '%s: each message is valid ICU and keeps the English placeholders',
    (locale) => {
      const problems: string[] = []
      for (const [key, text] of messagesOf(locale)) {
        try {
          new IntlMessageFormat(text, locale)
        } catch (error) {
          problems.push(`${key}: ${(error as Error).message}`)
        }
        const source = english.get(key)
        if (source !== undefined && argumentsOf(source).join() !== argumentsOf(text).join())
          problems.push(
            `${key}: placeholders ${argumentsOf(text).join()} ≠ ${argumentsOf(source).join()}`
          )
      }
      expect(problems).toEqual([])
    }
  )
})

const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext'
])
const WORDS = /\p{L}{2,}/u

function literalTexts(children: TemplateChildNode[], found: string[]): void {
  for (const node of children) {
    // 2 = text, 1 = element (see @vue/compiler-core NodeTypes)
    if (node.type === 2 && WORDS.test(node.content)) found.push(`text "${node.content.trim()}"`)
    if (node.type === 1) {
      const element = node as ElementNode
      for (const prop of element.props)
        if (
          prop.type === 6 &&
          VISIBLE_ATTRIBUTES.has(prop.name) &&
          WORDS.test(prop.value?.content ?? '')
        )
          found.push(`${prop.name}="${prop.value?.content}"`)
      literalTexts(element.children, found)
    }
    if ('children' in node && node.type !== 1 && Array.isArray(node.children))
      literalTexts(node.children as TemplateChildNode[], found)
    if ('branches' in node) for (const branch of node.branches) literalTexts(branch.children, found)
  }
}

describe('the interface holds no untranslated words', () => {
  it('no component template shows literal text: every visible word comes from a message', () => {
    const found: string[] = []
    for (const file of filesUnder(RENDERER, '.vue')) {
      const template = parseSfc(readFileSync(file, 'utf8')).descriptor.template
      if (!template) continue
      const texts: string[] = []
      literalTexts(parse(template.content).children, texts)
      for (const text of texts) found.push(`${relative(ROOT, file)}: ${text}`)
    }
    expect(found).toEqual([])
  })

  it('every key the code asks for exists in English', () => {
    const english = rendererMessages('en')
    const englishMain = mainMessages('en')
    const missing: string[] = []
    for (const file of [...filesUnder(RENDERER, '.vue'), ...filesUnder(RENDERER, '.ts')])
      for (const match of readFileSync(file, 'utf8').matchAll(
        /\b(?:t|translate|\$t)\(\s*'([\w.-]+)'/g
      ))
        if (!english.has(match[1]!)) missing.push(`${relative(ROOT, file)}: ${match[1]}`)
    for (const file of filesUnder(join(ROOT, 'src/main'), '.ts'))
      for (const match of readFileSync(file, 'utf8').matchAll(/\bmainText\(\s*'([\w.-]+)'/g))
        if (!englishMain.has(match[1]!)) missing.push(`${relative(ROOT, file)}: ${match[1]}`)
    expect(missing).toEqual([])
  })
})

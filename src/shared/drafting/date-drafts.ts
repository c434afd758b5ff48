import type { TextQuoteInput } from '../quiz-format'
import { dateChoices, formatDateValue, sortableValue } from './date-choices'
import type { DateMention } from './dates'
import type { ArticleAnalysis } from './draft-suggestions'
import { slugFrom } from './slug-from'
import { quoteInputFor } from './suggestion'
import type { TypeDraft } from './type-drafts'

// "Find the clue" for date words, "When?" for dates the reader must work out, and a timeline of
// the article's dated events, from the dates the analysis resolved.

export function dateDrafts(
  text: string,
  analysis: ArticleAnalysis,
  used: Set<string>,
  dateline: string | undefined
): TypeDraft[] {
  const drafts: TypeDraft[] = []
  const sentenceOf = (m: DateMention) =>
    analysis.sentences.find((s) => s.start <= m.start && s.end >= m.end)
  for (const mention of analysis.dates) {
    const sentence = sentenceOf(mention)
    if (sentence && sentence.paragraph > 0) {
      drafts.push({
        item: {
          type: 'find-clue',
          id: slugFrom(`when ${mention.text}`, used),
          target: quoteInputFor(text, sentence),
          clue: 'date',
          cues: [{ exact: mention.text }],
          explanation: `"${mention.text}" tells you when.`
        },
        start: sentence.start,
        end: sentence.end,
        confidence: 0.8,
        reason: `The date words "${mention.text}".`
      })
    }
    // "When?" asks what the words leave the reader to work out: a weekday, "that year", a month with no year.
    const spelledOut =
      /\b\d{4}\b/.test(mention.text) && /\b\d{1,2}\b.*\b\d{4}\b|\b\d{4}\b/.test(mention.text)
    const choices = mention.value && !spelledOut ? dateChoices(mention.value, dateline) : null
    if (choices && mention.value) {
      const ids = new Set<string>()
      const withIds = choices.map((c) => ({ id: slugFrom(c, ids), text: c }))
      drafts.push({
        item: {
          type: 'when',
          id: slugFrom(`date ${mention.text}`, used),
          target: quoteInputFor(text, mention),
          choices: withIds.map((_, i) => withIds[(i + mention.start) % withIds.length]!),
          answer: withIds[0]!.id,
          explanation: `"${mention.text}" is ${formatDateValue(mention.value)}, worked out from ${dateline ? 'the dateline' : 'the dates around it'}.`
        },
        start: mention.start,
        end: mention.end,
        confidence: dateline ? 0.75 : 0.6,
        reason: `Resolved to ${mention.value}.`
      })
    }
  }
  const timeline = timelineDraft(text, analysis, used)
  if (timeline) drafts.push(timeline)
  return drafts
}

/** Up to five events on distinct dates, each in its own sentence, in the order they happened. */
function timelineDraft(
  text: string,
  analysis: ArticleAnalysis,
  used: Set<string>
): TypeDraft | null {
  const picked: { mention: DateMention; passage: TextQuoteInput; start: number; end: number }[] = []
  const values = new Set<string>()
  const sentences = new Set<number>()
  for (const mention of analysis.dates) {
    if (!mention.value || values.has(sortableValue(mention.value))) continue
    const sentence = analysis.sentences.find(
      (s) => s.start <= mention.start && s.end >= mention.end
    )
    if (!sentence || sentence.paragraph === 0 || sentences.has(sentence.start)) continue
    values.add(sortableValue(mention.value))
    sentences.add(sentence.start)
    picked.push({
      mention,
      passage: quoteInputFor(text, sentence),
      start: sentence.start,
      end: sentence.end
    })
    if (picked.length === 5) break
  }
  if (picked.length < 3) return null
  const ordered = [...picked].sort((a, b) =>
    sortableValue(a.mention.value!).localeCompare(sortableValue(b.mention.value!))
  )
  const ids = new Set<string>()
  return {
    item: {
      type: 'timeline',
      id: slugFrom('timeline', used),
      events: ordered.map((p) => ({
        id: slugFrom(p.mention.text, ids),
        target: p.passage,
        when: formatDateValue(p.mention.value!)
      })),
      explanation: `In order: ${ordered.map((p) => `"${p.mention.text}" (${formatDateValue(p.mention.value!)})`).join(', then ')}.`
    },
    start: Math.min(...picked.map((p) => p.start)),
    end: Math.max(...picked.map((p) => p.end)),
    confidence: 0.6,
    reason: `${picked.length} dated events in different sentences.`
  }
}

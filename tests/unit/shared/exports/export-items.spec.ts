import { describe, expect, it } from 'vitest'
import { cleanText, sentenceAround } from '../../../../src/shared/exports/export-items'

function around(text: string, passage: string) {
  const start = text.indexOf(passage)
  return sentenceAround(text, start, start + passage.length)
}

describe('the sentence an export quotes around a passage', () => {
  it('runs from the previous sentence end to this one, quotes included', () => {
    expect(
      around('First one. He said "the bridge closed." Then more.', 'the bridge closed')
    ).toEqual({ before: 'He said "', after: '."' })
  })

  it('stops at a paragraph break, and marks a cut in a very long sentence', () => {
    expect(around('Intro\n\nThe mayor said it.\n\nNext.', 'The mayor')).toEqual({
      before: '',
      after: ' said it.'
    })
    const long = `${'word '.repeat(100)}the passage ${'more '.repeat(100)}end.`
    const cut = around(long, 'the passage')
    expect(cut.before.startsWith('…')).toBe(true)
    expect(cut.after.endsWith('…')).toBe(true)
  })

  it('knows the sentence ends of Arabic, Hindi, Chinese and Japanese', () => {
    expect(around('قال المسؤول شيئا؟ وقال الوزير إن الجسر مغلق. ثم غادر.', 'الجسر مغلق')).toEqual({
      before: 'وقال الوزير إن ',
      after: '.'
    })
    expect(around('मंत्री ने कहा। पुल बंद है। कल खुलेगा।', 'पुल बंद')).toEqual({
      before: '',
      after: ' है।'
    })
    expect(around('北京今天下雨。官员说桥梁关闭了。明天开放。', '桥梁关闭')).toEqual({
      before: '官员说',
      after: '了。'
    })
  })
})

describe('text cleaned for an export', () => {
  it('drops control characters and lone surrogates, keeps tabs, newlines, bidi marks and emoji', () => {
    expect(cleanText('a\u0000b\u0007c\u001bd\u0085e\ud800f\r\ng\th\u200fi😀')).toBe(
      'abcdef\ng\th\u200fi😀'
    )
  })
})

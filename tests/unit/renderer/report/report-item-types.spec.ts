import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ItemDetail from '../../../../src/renderer/src/components/report/ItemDetail.vue'
import ItemsTable from '../../../../src/renderer/src/components/report/ItemsTable.vue'
import ReportSkills from '../../../../src/renderer/src/components/report/ReportSkills.vue'
import StudentDetail from '../../../../src/renderer/src/components/report/StudentDetail.vue'
import StudentsTable from '../../../../src/renderer/src/components/report/StudentsTable.vue'
import type { Quiz } from '../../../../src/shared/quiz-format'
import { validateQuizValue } from '../../../../src/shared/quiz-validation'
import { buildClassReport } from '../../../../src/shared/report/class-report'
import type { QuizResponse } from '../../../../src/shared/attempt-format'
import { cueWordIndexes } from '../../../../src/shared/clue-words'
import type { QuizItem } from '../../../../src/shared/quiz-format'
import { RESULT_FORMAT, type ResultFile } from '../../../../src/shared/result-format'
import { isCorrect } from '../../../../src/shared/scoring'
import { classic, smallQuizInput, mixedTypesQuiz } from '../../../fixtures/quizzes'

enableAutoUnmount(afterEach)

const mixed: Quiz = mixedTypesQuiz()

/** A learner who answers every item right, or every item wrong in a set way. */
function response(item: QuizItem, right: boolean): QuizResponse {
  switch (item.type) {
    case 'classify':
      return {
        type: 'classify',
        label: right ? item.answer : item.answer === 'fact' ? 'date' : 'fact'
      }
    case 'who-says':
    case 'when': {
      const choice = item.choices.find((c) => (c.id === item.answer) === right)?.id ?? ''
      return item.type === 'who-says' ? { type: 'who-says', choice } : { type: 'when', choice }
    }
    case 'frame':
      return { type: 'frame', stance: right ? item.answer : 'neutral' }
    case 'find-clue':
      return { type: 'find-clue', words: right ? (cueWordIndexes(item)[0] ?? []) : [0] }
    case 'timeline': {
      const order = item.events.map((event) => event.id)
      return { type: 'timeline', order: right ? order : order.reverse() }
    }
  }
}

const HASH = 'c'.repeat(64)
function reportOf(quiz: Quiz, learners: [string, boolean][]) {
  const files = learners.map(([name, right], n) => {
    const answers = quiz.items.map((item, i) => ({
      itemId: item.id,
      response: response(item, right),
      answeredAt: `2026-11-20T09:0${n}:${String(10 + i).padStart(2, '0')}.000Z`
    }))
    const result: ResultFile = {
      format: RESULT_FORMAT,
      exportedAt: '2026-11-20T10:00:00.000Z',
      learner: { name },
      attempts: [
        {
          attemptId: `attempt-${name}`,
          quizId: quiz.id,
          quizHash: HASH,
          quizTitle: quiz.title,
          mode: 'full',
          itemIds: quiz.items.map((item) => item.id),
          answers,
          startedAt: `2026-11-20T09:0${n}:00.000Z`,
          finishedAt: `2026-11-20T09:0${n}:59.000Z`,
          storedScore: {
            correct: answers.filter((a, i) => isCorrect(quiz.items[i]!, a.response)).length,
            answered: answers.length
          }
        }
      ]
    }
    return { fileName: `${name}.result.json`, text: JSON.stringify(result) }
  })
  return buildClassReport(quiz, HASH, files)
}

const report = reportOf(mixed, [
  ['Ann', true],
  ['Bo', false]
])

it('counts both learners, unflagged', () => {
  expect(report.counted.map((r) => [r.learner, r.correct, r.flags])).toEqual([
    ['Ann', 6, []],
    ['Bo', 0, []]
  ])
})

describe('the items table', () => {
  const table = () =>
    mount(ItemsTable, {
      props: { items: report.items, labels: report.labels, quiz: mixed, selectedId: null }
    })

  it('names each item type and its right answer as people read it', () => {
    const rows = table().findAll('tbody tr')
    expect(rows.map((r) => r.find('.item-type-note').text())).toEqual([
      'Which label?',
      'Who says it?',
      'Find the clue',
      'How does the reporter frame it?',
      'When?',
      'Put in order'
    ])
    expect(rows[4]!.findAll('td')[1]!.text()).toBe('Friday 22 March 2024')
    expect(table().find('thead').text()).toContain('Right answer')
  })

  it('keeps the label columns for "Which label?" items and counts the other types apart', () => {
    const rows = table().findAll('tbody tr')
    expect(rows[0]!.text()).toContain('1 (right) ✓')
    expect(rows[1]!.find('.answers-cell').text()).toContain(
      'Engineers from the city council: 1 (right)'
    )
    expect(rows[1]!.findAll('td.not-applicable')).toHaveLength(report.labels.length)
    expect(rows[2]!.find('.answers-cell').text()).toContain('1 right, 1 wrong')
    expect(rows[2]!.find('.answers-cell').text()).toContain('wrong:')
  })

  it('stays as it was for a quiz of "Which label?" items only', () => {
    const checked = validateQuizValue(smallQuizInput())
    if (!checked.ok) throw new Error('fixture')
    const small = classic(checked.quiz)
    const smallReport = reportOf(small, [['Eve', true]])
    const wrapper = mount(ItemsTable, {
      props: { items: smallReport.items, labels: smallReport.labels, quiz: small, selectedId: null }
    })
    expect(wrapper.find('thead').text()).toContain('Right label')
    expect(wrapper.find('thead').text()).not.toContain('other item types')
    expect(wrapper.findAll('.item-type-note')).toHaveLength(0)
    expect(wrapper.findAll('thead th')).toHaveLength(5 + smallReport.labels.length)
  })
})

describe('the item detail', () => {
  it('shows the type, the right answer, the wrong answers most given and who gave them', () => {
    const wrapper = mount(ItemDetail, {
      props: { row: report.items[2]!, item: mixed.items[2]!, quiz: mixed, counted: 2 }
    })
    const text = wrapper.text()
    expect(text).toContain('Find the clue · skill: Spotting claims')
    expect(text).toContain('The answer is “according to”.')
    expect(text).toContain('1 right, 1 wrong')
    expect(text).toMatch(/Most common wrong answers:\s*“[^”]+”: 1/)
    expect(text).toMatch(/Bo: chose “[^”]+”/)
  })

  it('lists every choice of a "Who says it?" item with its count', () => {
    const wrapper = mount(ItemDetail, {
      props: { row: report.items[1]!, item: mixed.items[1]!, quiz: mixed, counted: 2 }
    })
    const choices = wrapper.findAll('.answer-counts li').map((li) => li.text())
    expect(choices).toHaveLength(4)
    expect(choices[0]).toBe('Engineers from the city council: 1 (right) ✓')
    expect(choices.slice(1).reduce((sum, c) => sum + Number(c.split(': ')[1]), 0)).toBe(1)
  })
})

describe('the learner detail and table', () => {
  it("lists every answer against the key in words, and the learner's skills", () => {
    const bo = report.records.find((r) => r.learner === 'Bo')!
    const wrapper = mount(StudentDetail, {
      props: { record: bo, quiz: mixed, skills: report.skills }
    })
    const answers = wrapper.findAll('.student-answers li')
    expect(answers).toHaveLength(6)
    expect(answers.every((li) => li.classes('answer-wrong'))).toBe(true)
    expect(answers[1]!.text()).toMatch(
      /Who says it\? “the bridge needs repairs”: chose .+; the answer is Engineers from the city council/
    )
    expect(answers[5]!.text()).toContain(
      'chose the bridge was closed → said the bridge is safe → The bridge opened in 1998'
    )
    const skills = wrapper.find('.skill-table')
    expect(skills.text()).toContain('Reading the verb')
    expect(skills.text()).toContain('0 of 1')
    expect(wrapper.find('.confusion caption').text()).toContain('“Which label?” items')
  })

  it('gives the learner table a column per skill, sortable', async () => {
    const wrapper = mount(StudentsTable, {
      props: {
        records: report.records,
        labels: report.labels,
        skills: report.skills,
        selectedKey: null
      }
    })
    const headers = wrapper.findAll('thead th').map((th) => th.text().replace(/\s*[↕▲▼]$/, ''))
    const at = headers.indexOf('Working out when')
    expect(at).toBeGreaterThan(0)
    const cell = (row: number) => wrapper.findAll('tbody tr')[row]!.findAll('th, td')[at]!.text()
    expect([cell(0), cell(1)]).toEqual(['2/2', '0/2'])
    // By name, Ann first; a skill column sorts best first, then turns over.
    expect(wrapper.find('tbody tr').text()).toContain('Ann')
    await wrapper.findAll('thead th')[at]!.find('button').trigger('click')
    expect(wrapper.findAll('thead th')[at]!.attributes('aria-sort')).toBe('descending')
    expect(wrapper.find('tbody tr').text()).toContain('Ann')
    await wrapper.findAll('thead th')[at]!.find('button').trigger('click')
    expect(wrapper.find('tbody tr').text()).toContain('Bo')
  })
})

describe('the class by skill', () => {
  it('gives each skill its items, right answers and share, in words and numbers', () => {
    const wrapper = mount(ReportSkills, { props: { report } })
    const rows = wrapper
      .findAll('tbody tr')
      .map((tr) => tr.findAll('th, td').map((cell) => cell.text()))
    expect(rows).toEqual([
      ['Spotting claims', '2', '2 of 4', '50%'],
      ['Finding the source', '1', '1 of 2', '50%'],
      ['Reading the verb', '1', '1 of 2', '50%'],
      ['Working out when', '2', '2 of 4', '50%']
    ])
    expect(wrapper.find('meter').attributes('aria-label')).toBe('Spotting claims: 50% right')
  })
})

import { SKILLS, SKILL_NAMES, skillOf, type Skill } from '../item-kinds'
import type { Quiz } from '../quiz-format'
import { emptyMatrix } from './item-statistics'
import { idRecord, type AttemptRecord, type ClassReport, type LabelTally } from './report-types'
import { mean } from './statistics'

/** The class figures over the counted attempts, each attempt out of its own scored items. */
export function classFigures(
  quiz: Quiz,
  counted: AttemptRecord[]
): Pick<
  ClassReport,
  | 'confusion'
  | 'labelAccuracy'
  | 'skillAccuracy'
  | 'allegationsTakenForFacts'
  | 'scoreDistribution'
  | 'meanScore'
> {
  const confusion = emptyMatrix(quiz.labels.length)
  const labelAccuracy = idRecord<LabelTally>()
  for (const label of quiz.labels) labelAccuracy[label.id] = { correct: 0, total: 0 }
  const skillAccuracy = idRecord<LabelTally>()
  for (const skill of quizSkills(quiz)) skillAccuracy[skill.id] = { correct: 0, total: 0 }
  const scoreDistribution = Array.from({ length: 10 }, () => 0)
  for (const r of counted) {
    r.confusion.forEach((row, i) =>
      row.forEach((count, j) => ((confusion[i] as number[])[j]! += count))
    )
    for (const label of quiz.labels) {
      const into = labelAccuracy[label.id]
      const score = r.byLabel[label.id]
      if (into && score) {
        into.correct += score.correct
        into.total += score.total
      }
    }
    for (const skill in skillAccuracy) {
      const into = skillAccuracy[skill]
      const score = r.bySkill[skill]
      if (into && score) {
        into.correct += score.correct
        into.total += score.total
      }
    }
    const percent = r.total === 0 ? 0 : (100 * r.correct) / r.total
    scoreDistribution[Math.min(9, Math.floor(percent / 10))]!++
  }
  return {
    confusion,
    labelAccuracy,
    skillAccuracy,
    allegationsTakenForFacts: {
      times: counted.reduce((sum, r) => sum + r.allegationsTakenForFacts, 0),
      learners: counted.filter((r) => r.allegationsTakenForFacts > 0).length
    },
    scoreDistribution,
    meanScore: mean(counted.map((r) => (r.total === 0 ? 0 : r.correct / r.total)))
  }
}

/** The skills the quiz's items teach, in the order of SKILLS. */
export function quizSkills(quiz: Pick<Quiz, 'items'>): { id: Skill; name: string }[] {
  const present = new Set(quiz.items.map(skillOf))
  return SKILLS.filter((skill) => present.has(skill)).map((id) => ({ id, name: SKILL_NAMES[id] }))
}

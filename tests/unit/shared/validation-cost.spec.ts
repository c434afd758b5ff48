import { describe, expect, it } from 'vitest'
import { indexWork } from '../../../src/shared/article-index'
import { validateQuizText } from '../../../src/shared/quiz-validation'
import { worstQuizFiles } from '../../fixtures/worst-quizzes'

// The cost is counted in operations (characters compared and index probes), not in seconds, so the
// bound holds on any machine: work linear in the file, after one O(n log n) index of the article.
const OPERATIONS_PER_FILE_CHARACTER = 4

describe('validating the worst quiz files the format allows', () => {
  for (const worst of worstQuizFiles()) {
    it(`stays within its work bound: ${worst.name}`, () => {
      const before = { ...indexWork }
      const result = validateQuizText(worst.text)
      const built = indexWork.built - before.built
      const operations =
        indexWork.comparedChars - before.comparedChars + (indexWork.probes - before.probes)
      console.log(
        `${worst.name}: ${worst.text.length.toLocaleString('en')} characters, ${built} index built, ${operations.toLocaleString('en')} operations (${(operations / worst.text.length).toFixed(2)} per character)`
      )
      expect(result.ok).toBe(worst.valid)
      if (!result.ok) expect(result.issues.length).toBeGreaterThan(100)
      expect(built).toBeLessThanOrEqual(1)
      expect(operations).toBeLessThan(OPERATIONS_PER_FILE_CHARACTER * worst.text.length)
    })
  }
})

// npm run fuzz [-- CASES]: property-based fuzzing of quiz files and result files (100,000 cases
// each by default); prints the counts and exits non-zero on any failure.
import { fuzzQuizFiles } from '../fuzz/quiz-fuzz'

const cases = Number.parseInt(process.argv[2] ?? '100000', 10)
if (!Number.isInteger(cases) || cases < 1) {
  console.error('Usage: npm run fuzz -- [CASES]   (100000 when absent)')
  process.exit(2)
}
let failed = 0
const started = Date.now()
const quiz = fuzzQuizFiles(cases)
console.log(
  `quiz files: ${quiz.cases} cases, ${quiz.accepted} accepted, ${quiz.refused} refused, ${quiz.failures.length} failures (${Math.round((Date.now() - started) / 1000)} s)`
)
for (const failure of quiz.failures) console.log(`  ${failure}`)
failed += quiz.failures.length
process.exit(failed === 0 ? 0 : 1)

// npm run fuzz [-- CASES]: property-based fuzzing of quiz files and result files (100,000 cases
// each by default); prints the counts and exits non-zero on any failure.
import { fuzzQuizFiles } from '../fuzz/quiz-fuzz'
import { fuzzResultFiles } from '../fuzz/result-fuzz'

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

const resultsStarted = Date.now()
const results = fuzzResultFiles(cases)
const flagged = [...results.tampering.values()].reduce((sum, t) => sum + t.flagged, 0)
const tried = [...results.tampering.values()].reduce((sum, t) => sum + t.tried, 0)
console.log(
  `result files: ${results.cases} cases (${Math.round((Date.now() - resultsStarted) / 1000)} s); doctored attempts flagged and left out: ${flagged} of ${tried}; honest attempts counted: ${results.honestCounted} of ${results.honestTried}; junk files listed as broken: ${results.junkFiles}; ${results.failures.length} failures`
)
for (const [kind, tally] of results.tampering)
  console.log(`  ${kind}: ${tally.flagged} of ${tally.tried} flagged`)
for (const failure of results.failures) console.log(`  ${failure}`)
failed += results.failures.length
process.exit(failed === 0 ? 0 : 1)

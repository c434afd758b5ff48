// npm test: every check and every test runner, in order, then one closing line with the totals.
// A failing step does not stop the later test runners, so one run reports everything that is wrong.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const steps = [
  { name: 'typecheck', command: 'npm run -s typecheck' },
  { name: 'lint', command: 'npm run -s lint' },
  {
    name: 'vitest',
    command:
      'npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json',
    report: 'reports/vitest.json'
  },
  { name: 'build', command: 'npx electron-vite build' },
  {
    name: 'playwright',
    command: 'npx playwright test',
    report: 'reports/playwright.json',
    needs: 'build'
  }
]

rmSync('reports', { recursive: true, force: true })
mkdirSync('reports', { recursive: true })

const totals = { passed: 0, failed: 0, skipped: 0 }
const failedSteps = []
const skipReasons = []
const outcome = {}

function countVitest(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'))
  totals.passed += report.numPassedTests
  totals.failed += report.numFailedTests
  totals.skipped += report.numPendingTests + report.numTodoTests
  return report.numFailedTests === 0 && report.numFailedTestSuites === 0
}

function countPlaywright(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'))
  totals.passed += report.stats.expected + report.stats.flaky
  totals.failed += report.stats.unexpected
  totals.skipped += report.stats.skipped
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status !== 'skipped') continue
        const reason =
          test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given'
        skipReasons.push(`${spec.title}: ${reason}`)
      }
    }
    for (const child of suite.suites ?? []) visit(child)
  }
  for (const suite of report.suites) visit(suite)
  return report.stats.unexpected === 0 && report.errors.length === 0
}

for (const step of steps) {
  if (step.needs && !outcome[step.needs]) {
    console.log(`\n== ${step.name}: not run, because ${step.needs} failed`)
    failedSteps.push(step.name)
    totals.failed += 1
    continue
  }
  console.log(`\n== ${step.name}: ${step.command}`)
  const result = spawnSync(step.command, { stdio: 'inherit', shell: true })
  let ok = result.status === 0
  if (step.report) {
    if (existsSync(step.report)) {
      const counted =
        step.name === 'vitest' ? countVitest(step.report) : countPlaywright(step.report)
      ok = ok && counted
      if (!counted && result.status === 0) totals.failed += 1
    } else {
      ok = false
    }
    if (!ok && !existsSync(step.report)) totals.failed += 1
  } else if (!ok) {
    totals.failed += 1
  }
  outcome[step.name] = ok
  if (!ok) failedSteps.push(step.name)
}

console.log('')
for (const reason of skipReasons) console.log(`skipped: ${reason}`)
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`)
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(failedSteps.length > 0 ? 1 : 0)

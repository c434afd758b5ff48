// npm run bench: every speed goal of the app in one table, each against a reference measured in the
// same run. `npm run bench -- --readme` also writes the table into README.md between its markers.
// Parts: `npm run bench -- startup main report` (default: all three).
import { readFile, writeFile } from 'node:fs/promises'
import { availableParallelism, cpus } from 'node:os'
import * as prettier from 'prettier'
import { formatTable, type BenchRow } from './bench-kit'

const PARTS = {
  startup: async () => (await import('./startup-bench')).startupRows(),
  main: async () => (await import('./main-bench')).mainRows(),
  report: async () => (await import('./report-bench')).reportRows()
} satisfies Record<string, () => Promise<BenchRow[]>>

type Part = keyof typeof PARTS
const args = process.argv.slice(2)
const writeReadme = args.includes('--readme')
const chosen = args.filter((arg): arg is Part => arg in PARTS)
const parts: Part[] = chosen.length > 0 ? chosen : (Object.keys(PARTS) as Part[])

const rows: BenchRow[] = []
for (const part of parts) {
  process.stderr.write(`bench: ${part}…\n`)
  rows.push(...(await PARTS[part]()))
}

const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)}`
const table = `${formatTable(rows)}\n\nMedians over interleaved rounds; ratio = median ÷ reference median. Measured on ${machine}.`
console.log(table)

if (writeReadme) {
  const START = '<!-- bench:start -->'
  const END = '<!-- bench:end -->'
  const readme = await readFile('README.md', 'utf8')
  const from = readme.indexOf(START)
  const to = readme.indexOf(END)
  if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} markers.`)
  const written = `${readme.slice(0, from + START.length)}\n\n${table}\n\n${readme.slice(to)}`
  // Formatted as the lint step checks it, so a bench run never leaves the README failing it.
  const options = (await prettier.resolveConfig('README.md')) ?? {}
  await writeFile(
    'README.md',
    await prettier.format(written, { ...options, filepath: 'README.md' })
  )
  console.log('README.md updated.')
}

// npm run crash -- N: N SIGKILLs of a child saving answers through the real services, with the
// figures printed at the end (kills, kills after an acknowledged save, answers, losses).
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { articleQuizText } from '../fixtures/quizzes'
import { buildSaveLoop, killRepeatedly } from '../fixtures/kill-loop'

const kills = Number.parseInt(process.argv[2] ?? '1000', 10)
if (!Number.isInteger(kills) || kills < 1) {
  console.error('Usage: npm run crash -- N   (N kills, 1000 when absent)')
  process.exit(2)
}
const root = await mkdtemp(join(tmpdir(), 'says-who-crash-'))
const dataDir = join(root, 'user-data')
const bundledDir = join(root, 'quizzes')
await mkdir(bundledDir, { recursive: true })
await writeFile(join(bundledDir, 'taliban-isis-k.quiz.json'), articleQuizText())
const childScript = await buildSaveLoop('crash')
const started = Date.now()
const stats = await killRepeatedly(childScript, dataDir, bundledDir, kills, (done) => {
  if (done % 500 === 0) console.log(`${done} kills…`)
})
await rm(root, { recursive: true, force: true })
console.log(
  `${stats.kills} kills in ${Math.round((Date.now() - started) / 1000)} s: ${stats.afterAcknowledgedSave} after an acknowledged save; ${stats.attempts} attempts and ${stats.answersOnDisk} answers on disk; ${stats.tempFilesRemoved} temp files left mid-write, all removed at start; ${stats.losses.length} losses`
)
for (const loss of stats.losses.slice(0, 20)) console.log(`  ${loss}`)
process.exit(stats.losses.length === 0 ? 0 : 1)

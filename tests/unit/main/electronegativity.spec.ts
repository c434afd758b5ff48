// Electronegativity (Doyensec's Electron security scanner) over src/, through its API: every
// high or medium finding must be one a person reviewed, with the reason, in
// electronegativity.reviewed.json. The check that fetches Electron's release list is left out:
// there is no network here, and the Electron version is pinned in package.json.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import run from '@doyensec/electronegativity'

const root = join(import.meta.dirname, '../../..')

interface Finding {
  id: string
  file: string
  severity: { name: string }
  confidence: { name: string }
  location: { line: number }
}
interface Reviewed {
  check: string
  file: string
  reason: string
}

describe('electronegativity', () => {
  it('finds no high or medium issue that is not reviewed with its reason', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    const electronVersion = String(pkg.devDependencies.electron).replace(/^[^\d]*/, '')
    const result = (await run({
      input: join(root, 'src'),
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      parserPlugins: ['typescript']
    })) as { issues: Finding[]; errors: unknown[] }
    const { reviewed } = JSON.parse(
      readFileSync(join(root, 'electronegativity.reviewed.json'), 'utf8')
    ) as { reviewed: Reviewed[] }
    for (const entry of reviewed) expect(entry.reason.length, entry.check).toBeGreaterThan(20)
    const serious = result.issues.filter((f) => ['HIGH', 'MEDIUM'].includes(f.severity.name))
    const unexplained = serious.filter(
      (f) => !reviewed.some((r) => r.check === f.id && r.file === f.file.replace(/\\/g, '/'))
    )
    console.log(
      `electronegativity: ${result.issues.length} findings, ${serious.length} high or medium, all but ${unexplained.length} reviewed`
    )
    expect(
      unexplained.map((f) => `${f.severity.name} ${f.id} ${f.file}:${f.location.line}`)
    ).toEqual([])
    expect(result.errors).toEqual([])
  }, 120_000)
})

import { mainText } from './services/main-text'

/**
 * The libraries the installed app carries, with their licences. A test checks this list against
 * package.json and each library's own package.json, so adding a dependency without naming it
 * here fails the build.
 */
export const BUNDLED_LIBRARIES: readonly { name: string; licence: string }[] = [
  { name: 'electron', licence: 'MIT' },
  { name: 'vue', licence: 'MIT' },
  { name: 'vue-router', licence: 'MIT' },
  { name: 'pinia', licence: 'MIT' },
  { name: 'zod', licence: 'MIT' },
  { name: 'approx-string-match', licence: 'MIT' },
  { name: 'chart.js', licence: 'MIT' },
  { name: 'chrono-node', licence: 'MIT' },
  { name: 'compromise', licence: 'MIT' },
  { name: 'fflate', licence: 'MIT' },
  { name: 'html-to-text', licence: 'MIT' },
  { name: 'intl-messageformat', licence: 'BSD-3-Clause' },
  { name: 'papaparse', licence: 'MIT' },
  { name: 'unhomoglyph', licence: 'MIT' },
  { name: 'uuid', licence: 'MIT' },
  { name: 'vue-i18n', licence: 'MIT' }
]

export interface AboutText {
  title: string
  message: string
  detail: string
}

export function aboutText(appName: string, version: string): AboutText {
  const libraries = BUNDLED_LIBRARIES.map((library) => `${library.name} (${library.licence})`)
  return {
    title: mainText('about.title', { appName }),
    message: `${appName} ${version}`,
    detail: [
      mainText('about.purpose'),
      mainText('about.licence', { libraries: libraries.join(', ') })
    ].join('\n\n')
  }
}

/** The parts of Electron the About box needs, so that a test can hand in a stand-in. */
export interface AboutDeps {
  app: { getName: () => string; getVersion: () => string }
  showMessageBox: (options: {
    type: 'info'
    title: string
    message: string
    detail: string
    buttons: string[]
    noLink: boolean
  }) => Promise<unknown>
}

/** A plain dialog on every system (the native About panel differs by system and lacks the list). */
export function showAbout(deps: AboutDeps): Promise<unknown> {
  const text = aboutText(deps.app.getName(), deps.app.getVersion())
  return deps.showMessageBox({
    type: 'info',
    buttons: [mainText('about.ok')],
    noLink: true,
    ...text
  })
}

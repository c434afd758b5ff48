import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentTypeOf, fileForAppUrl } from '../../../src/main/app-protocol'

const root = join('/opt', 'says-who', 'renderer')

describe('app://bundle/ URLs', () => {
  it('name files inside the built renderer', () => {
    expect(fileForAppUrl(root, 'app://bundle/index.html')).toBe(join(root, 'index.html'))
    expect(fileForAppUrl(root, 'app://bundle/')).toBe(join(root, 'index.html'))
    expect(fileForAppUrl(root, 'app://bundle/assets/index-abc.js?x=1#top')).toBe(
      join(root, 'assets', 'index-abc.js')
    )
  })

  it('refuse every way out of it, other hosts and other schemes', () => {
    for (const url of [
      'app://bundle/../../etc/passwd',
      'app://bundle/..%2f..%2fetc%2fpasswd',
      'app://bundle/%2e%2e/%2e%2e/etc/passwd',
      'app://bundle/assets/..%5c..%5cpasswd',
      'app://bundle/a%00.js',
      'app://bundle/%E0%A4%A',
      'app://evil/index.html',
      'file:///opt/says-who/renderer/index.html',
      'not a url'
    ]) {
      const file = fileForAppUrl(root, url)
      expect(file === null || file.startsWith(`${root}/`), url).toBe(true)
    }
    // Encoded separators would climb out once decoded: refused outright.
    expect(fileForAppUrl(root, 'app://bundle/..%2f..%2fetc%2fpasswd')).toBeNull()
    expect(fileForAppUrl(root, 'app://bundle/assets/..%5c..%5cpasswd')).toBeNull()
    expect(fileForAppUrl(root, 'app://bundle/a%00.js')).toBeNull()
    expect(fileForAppUrl(root, 'app://evil/index.html')).toBeNull()
  })

  it('serve scripts and styles with their types', () => {
    expect(contentTypeOf('a/index-x.js')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeOf('a/x.CSS')).toBe('text/css; charset=utf-8')
    expect(contentTypeOf('a/x.exe')).toBe('application/octet-stream')
  })
})

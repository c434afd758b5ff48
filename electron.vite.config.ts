import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'

/**
 * The built app allows only its own files. The dev server needs inline styles and a
 * websocket for hot reload, so it gets a looser policy that never ships.
 */
export const PRODUCTION_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; worker-src 'self'; manifest-src 'none'"
const DEV_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self' ws:; object-src 'none'; base-uri 'none'; form-action 'none'"

function contentSecurityPolicy(): Plugin {
  return {
    name: 'says-who-csp',
    transformIndexHtml(html, context) {
      return html.replace('%CSP%', context.server ? DEV_CSP : PRODUCTION_CSP)
    }
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          // Large quiz files are validated on a worker thread (src/main/services/quiz-validator.ts).
          'validation-worker': resolve('src/main/validation-worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload cannot load ES modules or other files: one CommonJS bundle.
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    base: './',
    build: {
      // Minified, without source maps: a school laptop parses every byte of the start-up code.
      minify: true,
      sourcemap: false,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } }
    },
    // Every component is a <script setup>: Vue's Options API support is dead weight at start.
    plugins: [vue({ features: { optionsAPI: false } }), contentSecurityPolicy()],
    // Messages are compiled by intl-messageformat (src/renderer/src/i18n.ts): vue-i18n's own
    // compiler and its Options API stay out of the bundle, and nothing is evaluated from strings.
    resolve: {
      alias: [{ find: /^vue-i18n$/, replacement: 'vue-i18n/dist/vue-i18n.runtime.esm-bundler.js' }]
    },
    define: {
      __VUE_I18N_FULL_INSTALL__: 'false',
      __VUE_I18N_LEGACY_API__: 'false',
      __INTLIFY_PROD_DEVTOOLS__: 'false',
      __INTLIFY_DROP_MESSAGE_COMPILER__: 'true'
    }
  }
})

import prettier from 'eslint-config-prettier'
import vue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'

/** Each layer may import only what CONVENTIONS.md allows; a linter keeps that true. */
const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'],
  message: 'No Node built-ins in this layer.'
}
const electron = {
  group: ['electron', 'electron/*'],
  message: 'Only main and preload may import electron.'
}
const rendererToMain = {
  group: ['**/main/**', '**/preload/**'],
  message: 'The renderer reaches main only through api.ts.'
}
const layer = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'out-*/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'reports/**',
      // electron-builder's output (npm run dist)
      'dist/**'
    ]
  },
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } }
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'vue/no-v-html': 'error',
      'vue/no-v-text-v-html-on-component': 'error',
      'vue/multi-word-component-names': 'off'
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: layer([
      nodeBuiltins,
      electron,
      {
        group: ['**/main/**', '**/preload/**', '**/renderer/**', 'vue', 'pinia', 'vue-router'],
        message: 'shared imports nothing of ours but shared.'
      }
    ])
  },
  {
    files: ['src/main/services/**/*.ts', 'src/main/dispatch.ts', 'src/main/cli/**/*.ts'],
    rules: layer([
      electron,
      {
        group: ['**/renderer/**', '**/preload/**'],
        message: 'Services never reach into the renderer or preload.'
      }
    ])
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: layer([
      nodeBuiltins,
      {
        group: ['**/main/**', '**/renderer/**', 'zod'],
        message: 'The sandboxed preload may import electron and zod-free shared modules only.'
      }
    ])
  },
  {
    files: ['src/renderer/**/*.{ts,vue}'],
    rules: layer([nodeBuiltins, electron, rendererToMain])
  },
  {
    // A later block replaces the rule's patterns rather than adding to them: repeat the renderer's.
    files: ['src/renderer/src/views/**/*.{ts,vue}', 'src/renderer/src/components/**/*.{ts,vue}'],
    rules: layer([
      nodeBuiltins,
      electron,
      rendererToMain,
      {
        group: ['**/api', '**/api.ts'],
        message: 'Views and components reach main through a store, never the API itself.'
      }
    ])
  },
  prettier
)

import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [vue()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'tests/unit/shared/**/*.spec.ts',
            'tests/unit/main/**/*.spec.ts',
            'tests/unit/build/**/*.spec.ts'
          ]
        }
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['tests/unit/renderer/**/*.spec.ts'],
          // Every mounted component can translate, in English, as the app does on an English system.
          setupFiles: ['tests/unit/renderer/setup-i18n.ts']
        }
      }
    ]
  }
})

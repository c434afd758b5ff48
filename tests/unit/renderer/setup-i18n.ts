import { config } from '@vue/test-utils'
import { i18n, loadAllMessages } from '../../../src/renderer/src/i18n'

// Every screen's messages, as the app has them once a teacher's screen has opened.
await loadAllMessages()
config.global.plugins.push(i18n)

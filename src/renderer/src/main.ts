import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { i18n } from './i18n'
import { trackHeaderHeight } from './layout'
import { createAppRouter } from './router'
import { preloadTeacherScreens } from './screen-loading'
import { useLanguageStore } from './stores/language'
import { useTeacherStore } from './stores/teacher'
import './styles/base.css'
import './styles/screens.css'
import './styles/quiz.css'
import './styles/items.css'
import './styles/editor.css'
import './styles/report.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
const router = createAppRouter(pinia)
app.use(router)
app.use(i18n)
// The first screen appears in the chosen language, never in English for a moment first.
void useLanguageStore(pinia)
  .start()
  .finally(() => {
    app.mount('#app')
    trackHeaderHeight()
    const teacher = useTeacherStore(pinia)
    preloadTeacherScreens(router, () => teacher.unlocked)
  })

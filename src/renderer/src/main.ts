import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { trackHeaderHeight } from './layout'
import { createAppRouter } from './router'
import { preloadTeacherScreens } from './screen-loading'
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
app.mount('#app')
trackHeaderHeight()
const teacher = useTeacherStore(pinia)
preloadTeacherScreens(router, () => teacher.unlocked)

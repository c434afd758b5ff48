// The bare Vue 3 + Pinia + vue-router app the startup bench compares Says Who? with: one store that
// asks the host for a list (as the library asks main), one screen that shows it. Built by
// tests/perf/startup-bench.ts with the same Vite, plugin-vue and minifier as the app.
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { createRouter, createWebHashHistory } from 'vue-router'
import App from './App.vue'
import ListView from './ListView.vue'

const router = createRouter({
  history: createWebHashHistory(),
  routes: [{ path: '/', name: 'list', component: ListView }]
})
createApp(App).use(createPinia()).use(router).mount('#app')

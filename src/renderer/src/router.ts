import type { Pinia } from 'pinia'
import { createRouter, createWebHashHistory, type Router } from 'vue-router'
import { useProfileStore } from './stores/profile'
import EditorView from './views/EditorView.vue'
import HistoryView from './views/HistoryView.vue'
import LibraryView from './views/LibraryView.vue'
import PreviewView from './views/PreviewView.vue'
import ReportView from './views/ReportView.vue'
import ProfilesView from './views/ProfilesView.vue'
import QuizView from './views/QuizView.vue'
import SummaryView from './views/SummaryView.vue'

export function createAppRouter(pinia: Pinia): Router {
  const router = createRouter({
    // Hash history: the app is loaded from a file, where paths do not exist.
    history: createWebHashHistory(),
    routes: [
      { path: '/', name: 'profiles', component: ProfilesView, meta: { title: 'Who is learning?' } },
      { path: '/library', name: 'library', component: LibraryView, meta: { title: 'Quizzes' } },
      {
        path: '/quiz/:attemptId',
        name: 'quiz',
        component: QuizView,
        props: true,
        meta: { title: 'Quiz' }
      },
      {
        path: '/attempt/:attemptId',
        name: 'summary',
        component: SummaryView,
        props: true,
        meta: { title: 'Results' }
      },
      { path: '/history', name: 'history', component: HistoryView, meta: { title: 'My history' } },
      {
        path: '/editor',
        name: 'editor',
        component: EditorView,
        meta: { title: 'Quiz editor', teacher: true }
      },
      {
        path: '/report',
        name: 'report',
        component: ReportView,
        meta: { title: 'Class report', teacher: true }
      },
      {
        path: '/preview',
        name: 'preview',
        component: PreviewView,
        meta: { title: 'Preview as student', teacher: true }
      },
      { path: '/:rest(.*)*', redirect: '/' }
    ]
  })
  router.beforeEach((to) => {
    // Teacher screens need no learner: nothing there is recorded against a student.
    if (to.meta['teacher']) return true
    if (to.name !== 'profiles' && !useProfileStore(pinia).current) return { name: 'profiles' }
    return true
  })
  router.afterEach((to, from) => {
    document.title = `${String(to.meta['title'] ?? '')} · Says Who?`
    // A screen reader hears the new screen rather than silence after a link changes the view.
    if (from.matched.length > 0 && to.name !== 'quiz') document.getElementById('main')?.focus()
  })
  return router
}

import type { Pinia } from 'pinia'
import { createRouter, createWebHashHistory, type Router } from 'vue-router'
import { useProfileStore } from './stores/profile'
import { useTeacherStore } from './stores/teacher'
import { loadAllMessages, translate } from './i18n'
import { screenLoadFailed, screenLoaded } from './screen-loading'
import LibraryView from './views/LibraryView.vue'
import ProfilesView from './views/ProfilesView.vue'
import QuizView from './views/QuizView.vue'
import SummaryView from './views/SummaryView.vue'

// The teacher's screens load on demand (screen-loading.ts preloads them once someone reaches the PIN
// screen): the editor's drafting, the report's charts and zod stay off a learner's start.
// History and the primer load when a learner first opens one. The quiz and its summary stay in the
// first bundle: the step from the last answer to the summary must keep the focus, with no wait.
const HistoryView = () => import('./views/HistoryView.vue')
const PrimerView = () => import('./views/PrimerView.vue')
const EditorView = () => import('./views/EditorView.vue')
const PreviewView = () => import('./views/PreviewView.vue')
const ReportView = () => import('./views/ReportView.vue')
const LearnersView = () => import('./views/LearnersView.vue')
const TeacherView = () => import('./views/TeacherView.vue')

export function createAppRouter(pinia: Pinia): Router {
  const router = createRouter({
    // Hash history: the app is loaded from a file, where paths do not exist.
    history: createWebHashHistory(),
    routes: [
      { path: '/', name: 'profiles', component: ProfilesView },
      { path: '/library', name: 'library', component: LibraryView },
      {
        path: '/quiz/:attemptId',
        name: 'quiz',
        component: QuizView,
        props: true
      },
      {
        path: '/attempt/:attemptId',
        name: 'summary',
        component: SummaryView,
        props: true
      },
      {
        path: '/primer',
        name: 'primer',
        component: PrimerView,
        props: (route) => ({
          quiz: String(route.query['quiz'] ?? ''),
          back: typeof route.query['back'] === 'string' ? route.query['back'] : undefined,
          replace: typeof route.query['replace'] === 'string' ? route.query['replace'] : undefined
        })
      },
      { path: '/history', name: 'history', component: HistoryView },
      {
        path: '/editor',
        name: 'editor',
        component: EditorView,
        meta: { teacher: true }
      },
      {
        path: '/report',
        name: 'report',
        component: ReportView,
        meta: { teacher: true }
      },
      {
        path: '/preview',
        name: 'preview',
        component: PreviewView,
        meta: { teacher: true }
      },
      {
        path: '/learners',
        name: 'learners',
        component: LearnersView,
        meta: { teacher: true }
      },
      {
        path: '/teacher',
        name: 'teacher',
        component: TeacherView
      },
      { path: '/:rest(.*)*', redirect: '/' }
    ]
  })
  router.beforeEach(async (to) => {
    // A teacher's screen speaks from its first frame: its messages load with it.
    if (to.meta['teacher'] || to.name === 'teacher') await loadAllMessages().catch(() => undefined)
    // Teacher screens need no learner, but teacher mode: main says whether it is unlocked.
    if (to.meta['teacher']) {
      const teacher = useTeacherStore(pinia)
      const unlocked = await teacher.refresh().then(
        (status) => status.unlocked,
        () => false
      )
      return unlocked || { name: 'teacher', query: { next: to.fullPath } }
    }
    if (to.name === 'teacher') return true
    if (to.name !== 'profiles' && !useProfileStore(pinia).current) return { name: 'profiles' }
    return true
  })
  const titleOf = (name: unknown): string =>
    typeof name === 'string' ? translate(`common.titles.${name}`) : ''
  router.onError((error, to) => screenLoadFailed(error, titleOf(to.name)))
  router.afterEach((to, from, failure) => {
    if (!failure) screenLoaded()
    document.title = `${titleOf(to.name)} · Says Who?`
    // A screen reader hears the new screen rather than silence after a link changes the view.
    if (from.matched.length > 0 && to.name !== 'quiz') {
      // A new screen starts at the top, header included (focusing <main> alone scrolls it away).
      window.scrollTo({ top: 0 })
      document.getElementById('main')?.focus({ preventScroll: true })
    }
  })
  return router
}

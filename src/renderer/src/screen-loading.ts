import { computed, ref, watch } from 'vue'
import type { Router } from 'vue-router'
import { translate } from './i18n'

/**
 * Why the screen asked for could not be shown, as a sentence for the person, or null. A screen
 * whose code is missing or damaged would otherwise leave the window blank (App.vue shows this).
 */
const failedScreen = ref<{ title: string } | null>(null)
export const screenLoadError = computed<string | null>(() => {
  if (!failedScreen.value) return null
  const { title } = failedScreen.value
  return title === ''
    ? translate('student.screenLoad.unnamed')
    : translate('student.screenLoad.named', { title })
})

export function screenLoadFailed(error: unknown, title: string): void {
  failedScreen.value = { title }
  // The technical detail (which file) is for whoever repairs the installation, not the person.
  console.error(error)
}

export function screenLoaded(): void {
  failedScreen.value = null
}

type Loader = () => Promise<unknown>

const whenIdle = (run: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5_000 })
  else setTimeout(run, 200)
}

/** Loads each screen in turn, one per idle moment, so no long task holds up the person's input. */
function loadWhenIdle(loaders: Loader[]): void {
  const next = (): void => {
    const load = loaders.shift()
    // A failure here is not the person's concern yet: the router says so if they open that screen.
    if (load) whenIdle(() => void load().then(next, next))
  }
  next()
}

const loadersOf = (router: Router, which: (name: unknown, teacher: boolean) => boolean): Loader[] =>
  router
    .getRoutes()
    .filter((route) => which(route.name, route.meta['teacher'] === true))
    .map((route) => route.components?.['default'])
    .filter((component): component is Loader => typeof component === 'function')

/**
 * Loads the teacher's screens in the background so opening one needs no wait, without a learner's
 * start ever waiting for them or carrying them. The PIN screen (small) loads when the first screen
 * is up and idle; the editor, report, preview and class list as soon as someone reaches the PIN
 * screen, which every way into them passes, or teacher mode is found unlocked. Loading them all at
 * start measured 1.5 MB more heap on the library screen (tests/perf/startup-bench.ts).
 */
export function preloadTeacherScreens(router: Router, isUnlocked: () => boolean): void {
  const pinScreen = loadersOf(router, (name) => name === 'teacher')
  const teacherScreens = loadersOf(router, (_, teacher) => teacher)
  let started = false
  const loadTeacherScreens = (): void => {
    if (started) return
    started = true
    loadWhenIdle(teacherScreens)
  }
  void router.isReady().then(
    () => loadWhenIdle(pinScreen),
    () => undefined
  )
  router.afterEach((to) => {
    if (to.name === 'teacher' || to.meta['teacher'] === true) loadTeacherScreens()
  })
  watch(isUnlocked, (unlocked) => unlocked && loadTeacherScreens(), { immediate: true })
}

import { onBeforeUnmount, onMounted, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useOpenedFilesStore } from '../stores/opened-files'
import { useProfileStore } from '../stores/profile'

/**
 * Takes the files the system asked the app to open: when the app starts, and when the window
 * comes forward (main focuses it when a second launch hands a file over; the preload stays
 * invoke-only, so the page asks rather than being told). A quiz file opens the library, once a
 * learner has chosen their name; a result file opens the class report, which asks for teacher
 * mode first, and the files are taken again once it is unlocked.
 */
export function useOpenedFiles(): void {
  const opened = useOpenedFilesStore()
  const profile = useProfileStore()
  const router = useRouter()
  const route = useRoute()

  async function take(): Promise<void> {
    const destination = await opened.take().catch(() => null)
    if (destination === 'report' && route.name !== 'report') await router.push({ name: 'report' })
    else if (destination === 'library' && profile.current && route.name !== 'library')
      await router.push({ name: 'library' })
  }

  function onFocus(): void {
    void take()
  }

  watch(
    () => route.name,
    (name) => {
      if (name === 'report' && opened.resultsWaiting > 0) void take()
      if (name === 'library') opened.seen()
    }
  )
  onMounted(() => {
    void router.isReady().then(take)
    window.addEventListener('focus', onFocus)
  })
  onBeforeUnmount(() => window.removeEventListener('focus', onFocus))
}

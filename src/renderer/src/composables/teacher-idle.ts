import { onBeforeUnmount, watch } from 'vue'
import { TEACHER_IDLE_MS } from '../../../shared/teacher-mode'
import { useTeacherStore } from '../stores/teacher'

const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const
const CHECK_EVERY_MS = 5_000

/**
 * While teacher mode is unlocked, the teacher's input keeps it open (and tells main, throttled);
 * ten minutes without any locks it, so a teacher who walks away does not leave it open.
 */
export function useTeacherIdleLock(): void {
  const teacher = useTeacherStore()
  let lastInput = Date.now()
  let timer: ReturnType<typeof setInterval> | undefined

  function onInput(): void {
    lastInput = Date.now()
    teacher.activity().catch(() => undefined)
  }

  function check(): void {
    if (Date.now() - lastInput >= TEACHER_IDLE_MS) teacher.lock().catch(() => undefined)
  }

  function start(): void {
    lastInput = Date.now()
    for (const name of INPUT_EVENTS)
      window.addEventListener(name, onInput, { capture: true, passive: true })
    timer = setInterval(check, CHECK_EVERY_MS)
  }

  function stop(): void {
    for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, { capture: true })
    clearInterval(timer)
    timer = undefined
  }

  watch(
    () => teacher.unlocked,
    (unlocked) => {
      stop()
      if (unlocked) start()
    },
    { immediate: true }
  )
  onBeforeUnmount(stop)
}

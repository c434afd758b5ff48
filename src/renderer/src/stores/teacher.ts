import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { TeacherStatus } from '../../../shared/contract'
import { api, onTeacherLocked, unwrap } from '../api'
import { translate } from '../i18n'

/** How often, at most, activity on a teacher screen tells main to keep teacher mode open. */
const KEEP_ALIVE_EVERY_MS = 60_000

/**
 * Whether teacher mode is unlocked, as main says: the renderer never sees the PIN's hash and
 * cannot unlock anything by itself. Leaving teacher mode forgets what the teacher screens held.
 */
export const useTeacherStore = defineStore('teacher', () => {
  const status = ref<TeacherStatus>({ pinSet: false, unlocked: false, retryAfterSeconds: 0 })
  const unlocked = computed(() => status.value.unlocked)
  let lastKeepAlive = 0

  function update(next: TeacherStatus): void {
    const wasUnlocked = status.value.unlocked
    status.value = next
    // Imported class results live only in memory: locking, however it happens, drops them.
    if (wasUnlocked && !next.unlocked) forget()
  }

  // The teacher screens' stores load with their screens, not at start (the student's path must not
  // carry their code), so they hand in what locking must clear rather than being imported here.
  const forgetters: Array<() => void> = []

  /** Called by a store that holds the teacher's data: `forget` runs whenever teacher mode locks. */
  function onLock(forget: () => void): void {
    forgetters.push(forget)
  }

  function forget(): void {
    for (const forgetOne of forgetters) forgetOne()
  }

  // A teacher screen left open past main's own expiry closes as soon as main refuses it.
  onTeacherLocked(() => update({ ...status.value, unlocked: false }))

  async function refresh(): Promise<TeacherStatus> {
    update(await unwrap(api().teacherStatus()))
    return status.value
  }

  async function setPin(pin: string): Promise<void> {
    update(await unwrap(api().setTeacherPin({ pin })))
    lastKeepAlive = Date.now()
  }

  /** Null when it unlocked; otherwise main's sentence saying why not. */
  async function unlock(pin: string): Promise<string | null> {
    const { message, ...next } = await unwrap(api().unlockTeacher({ pin }))
    update(next)
    lastKeepAlive = Date.now()
    return next.unlocked ? null : (message ?? translate('teacher.stillLocked'))
  }

  async function lock(): Promise<void> {
    try {
      update(await unwrap(api().lockTeacher()))
    } finally {
      // Even if main could not be reached, this window forgets the teacher's screens.
      if (status.value.unlocked) update({ ...status.value, unlocked: false })
    }
  }

  /** Called on the teacher's input; throttled, and it notices when main has locked meanwhile. */
  async function activity(now = Date.now()): Promise<void> {
    if (!status.value.unlocked || now - lastKeepAlive < KEEP_ALIVE_EVERY_MS) return
    lastKeepAlive = now
    update(await unwrap(api().teacherKeepAlive()))
  }

  return { status, unlocked, refresh, setPin, unlock, lock, activity, onLock }
})

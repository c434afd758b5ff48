import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setApi } from '../../../src/renderer/src/api'
import { useEditorStore } from '../../../src/renderer/src/stores/editor'
import { useReportStore } from '../../../src/renderer/src/stores/report'
import { useTeacherStore } from '../../../src/renderer/src/stores/teacher'
import { TEACHER_LOCKED_MESSAGE } from '../../../src/shared/teacher-mode'
import { smallQuiz } from '../../fixtures/quizzes'
import { fakeApi, ok } from './fake-api'

const quiz = smallQuiz()
const locked = { pinSet: true, unlocked: false, retryAfterSeconds: 0 }

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => setApi(null))

function withImportedResults() {
  const report = useReportStore()
  report.add([{ fileName: 'amira.result.json', text: '{}' }])
  expect(report.files).toHaveLength(1)
  return report
}

describe('useTeacherStore', () => {
  it('forgets the imported results and the open quiz when it locks', async () => {
    const fake = fakeApi(quiz)
    setApi(fake.api)
    const teacher = useTeacherStore()
    await teacher.refresh()
    expect(teacher.unlocked).toBe(true)
    const report = withImportedResults()
    const editor = useEditorStore()
    editor.openText('small.quiz.json', '00000000-0000-4000-8000-000000000000', JSON.stringify(quiz))
    expect(editor.doc).not.toBeNull()

    await teacher.lock()
    expect(fake.api.lockTeacher).toHaveBeenCalledOnce()
    expect(teacher.unlocked).toBe(false)
    expect(report.files).toEqual([])
    expect(editor.doc).toBeNull()
  })

  it('still forgets them when main cannot be reached', async () => {
    const fake = fakeApi(quiz)
    fake.api.lockTeacher.mockResolvedValue({ ok: false, error: { message: 'gone' } })
    setApi(fake.api)
    const teacher = useTeacherStore()
    await teacher.refresh()
    const report = withImportedResults()
    await expect(teacher.lock()).rejects.toThrow('gone')
    expect(teacher.unlocked).toBe(false)
    expect(report.files).toEqual([])
  })

  it('tells main the teacher is active at most once a minute, and locks when main has expired', async () => {
    const fake = fakeApi(quiz)
    setApi(fake.api)
    const teacher = useTeacherStore()
    await teacher.unlock('2468')
    const start = Date.now()
    await teacher.activity(start + 1_000)
    expect(fake.api.teacherKeepAlive).not.toHaveBeenCalled()
    await teacher.activity(start + 61_000)
    await teacher.activity(start + 62_000)
    expect(fake.api.teacherKeepAlive).toHaveBeenCalledOnce()
    const report = withImportedResults()
    fake.api.teacherKeepAlive.mockReturnValue(ok(locked))
    await teacher.activity(start + 125_000)
    expect(teacher.unlocked).toBe(false)
    expect(report.files).toEqual([])
  })

  it('locks when main refuses a teacher request because it has locked itself', async () => {
    const fake = fakeApi(quiz)
    fake.api.openResultFiles.mockResolvedValue({
      ok: false,
      error: { message: TEACHER_LOCKED_MESSAGE }
    })
    setApi(fake.api)
    const teacher = useTeacherStore()
    await teacher.refresh()
    const report = withImportedResults()
    await expect(report.importFiles('files')).rejects.toThrow(TEACHER_LOCKED_MESSAGE)
    expect(teacher.unlocked).toBe(false)
    expect(report.files).toEqual([])
  })

  it('passes on why a PIN was refused', async () => {
    const fake = fakeApi(quiz)
    fake.api.unlockTeacher.mockReturnValue(
      ok({ ...locked, retryAfterSeconds: 30, message: 'Too many wrong PINs: wait 30 seconds.' })
    )
    setApi(fake.api)
    const teacher = useTeacherStore()
    expect(await teacher.unlock('1111')).toBe('Too many wrong PINs: wait 30 seconds.')
    expect(teacher.status.retryAfterSeconds).toBe(30)
  })
})

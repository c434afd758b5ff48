import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { setApi } from '../../../src/renderer/src/api'
import { useLibraryStore } from '../../../src/renderer/src/stores/library'
import { useOpenedFilesStore } from '../../../src/renderer/src/stores/opened-files'
import { useReportStore } from '../../../src/renderer/src/stores/report'
import { smallQuiz } from '../../fixtures/quizzes'
import { entryFor, fakeApi, ok } from './fake-api'

describe('the files the system asked the app to open', () => {
  let api: ReturnType<typeof fakeApi>['api']

  beforeEach(() => {
    setActivePinia(createPinia())
    api = fakeApi(smallQuiz()).api
    setApi(api)
  })

  it("gives a quiz file's import report to the library", async () => {
    const outcome = { status: 'imported', entry: entryFor(smallQuiz()), alreadyPresent: false }
    api.takeOpenedFiles.mockReturnValueOnce(
      ok({
        quizzes: [{ fileName: 'week3.quiz.json', outcome: outcome as never }],
        results: null,
        resultsWaiting: 0
      })
    )
    expect(await useOpenedFilesStore().take()).toBe('library')
    expect(useLibraryStore().reports).toEqual([{ fileName: 'week3.quiz.json', outcome }])
    expect(useOpenedFilesStore().quizFileNames).toEqual(['week3.quiz.json'])
  })

  it('gives result files to the class report, and asks for the report once for waiting ones', async () => {
    api.takeOpenedFiles.mockReturnValueOnce(
      ok({
        quizzes: [],
        results: { files: [{ fileName: 'amira.result.json', text: '{}' }], unreadable: [] },
        resultsWaiting: 0
      })
    )
    const opened = useOpenedFilesStore()
    expect(await opened.take()).toBe('report')
    expect(useReportStore().files.map((f) => f.fileName)).toEqual(['amira.result.json'])

    api.takeOpenedFiles.mockReturnValue(ok({ quizzes: [], results: null, resultsWaiting: 1 }))
    expect(await opened.take()).toBe('report')
    // Still waiting on a later focus: the learner who left the PIN screen is not sent back to it.
    expect(await opened.take()).toBeNull()
  })

  it('asks again after a request under way, never two at a time, for files handed over meanwhile', async () => {
    let inFlight = 0
    let most = 0
    let answerFirst: () => void = () => undefined
    const handed = { quizzes: [], results: null, resultsWaiting: 0 }
    api.takeOpenedFiles
      .mockImplementationOnce(async () => {
        inFlight++
        most = Math.max(most, inFlight)
        await new Promise<void>((resolve) => (answerFirst = resolve))
        inFlight--
        return { ok: true, value: handed }
      })
      .mockImplementationOnce(async () => {
        inFlight++
        most = Math.max(most, inFlight)
        inFlight--
        return {
          ok: true,
          value: {
            quizzes: [{ fileName: 'handed.quiz.json', outcome: { status: 'refused' } as never }],
            results: null,
            resultsWaiting: 0
          }
        }
      })
    const opened = useOpenedFilesStore()
    const atStart = opened.take()
    // Two focus events while the start's request is under way: one more request covers both.
    const focused = [opened.take(), opened.take()]
    answerFirst()
    expect(await atStart).toBeNull()
    expect(await Promise.all(focused)).toEqual(['library', 'library'])
    expect(api.takeOpenedFiles).toHaveBeenCalledTimes(2)
    expect(most).toBe(1)
    expect(opened.quizFileNames).toEqual(['handed.quiz.json'])
  })
})

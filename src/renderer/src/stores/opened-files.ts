import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api, unwrap } from '../api'
import { useLibraryStore } from './library'

/** Where the files the system asked the app to open have gone, so the app can show them. */
export type OpenedDestination = 'library' | 'report' | null

/**
 * Files double-clicked in the file manager or handed over by a second launch. Main holds them;
 * this store takes them (at start, and whenever the window comes forward) and gives quiz files'
 * import reports to the library and result files to the class report.
 */
export const useOpenedFilesStore = defineStore('openedFiles', () => {
  /** Quiz files opened before a learner chose their name: the library shows them after. */
  const quizFileNames = ref<string[]>([])
  /** Result files waiting in main for teacher mode. */
  const resultsWaiting = ref(0)
  let taking: Promise<OpenedDestination> | null = null
  let takingAgain: Promise<OpenedDestination> | null = null

  async function takeOnce(): Promise<OpenedDestination> {
    const opened = await unwrap(api().takeOpenedFiles())
    const waitingBefore = resultsWaiting.value
    resultsWaiting.value = opened.resultsWaiting
    let destination: OpenedDestination = null
    if (opened.quizzes.length > 0) {
      // The library on screen shows the new cards too, not only the notice that they were added.
      await useLibraryStore().showHandedOver(opened.quizzes)
      quizFileNames.value = opened.quizzes.map((quiz) => quiz.fileName)
      destination = 'library'
    }
    if (opened.results) {
      // The class report's code loads on demand: a learner's start does not carry it.
      const { useReportStore } = await import('./report')
      useReportStore().add(opened.results.files, opened.results.unreadable)
      destination = 'report'
      // Newly handed over only: a learner who walks away from the PIN screen is not sent back.
    } else if (opened.resultsWaiting > waitingBefore) destination = 'report'
    return destination
  }

  /**
   * One request at a time, so nothing is imported twice; a request made while one is under way
   * asks again once it has answered, because a file handed over meanwhile may have missed it.
   */
  function take(): Promise<OpenedDestination> {
    if (!taking) {
      taking = takeOnce().finally(() => (taking = null))
      return taking
    }
    takingAgain ??= taking
      .catch(() => null)
      .then(() => {
        takingAgain = null
        return take()
      })
    return takingAgain
  }

  function seen(): void {
    quizFileNames.value = []
  }

  return { quizFileNames, resultsWaiting, take, seen }
})

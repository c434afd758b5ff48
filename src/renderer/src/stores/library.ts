import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ImportOutcome, LibraryEntry, StorageNotice } from '../../../shared/contract'
import { MAX_QUIZ_FILE_SIZE } from '../../../shared/quiz-limits'
import { api, unwrap } from '../api'
import { translate } from '../i18n'

export interface ImportReport {
  fileName: string
  outcome: ImportOutcome | { status: 'failed'; message: string }
}

/** The quizzes on this computer, and what happened to the files the learner last opened. */
export const useLibraryStore = defineStore('library', () => {
  const entries = ref<LibraryEntry[]>([])
  const notices = ref<StorageNotice[]>([])
  const reports = ref<ImportReport[]>([])

  async function load(): Promise<void> {
    const result = await unwrap(api().listLibrary())
    entries.value = result.entries
    notices.value = result.notices
  }

  async function record(fileName: string, pending: Promise<ImportOutcome>): Promise<void> {
    try {
      const outcome = await pending
      if (outcome.status !== 'cancelled')
        reports.value.push({
          fileName: 'fileName' in outcome ? outcome.fileName : fileName,
          outcome
        })
    } catch (error) {
      reports.value.push({
        fileName,
        outcome: { status: 'failed', message: (error as Error).message }
      })
    }
  }

  async function openFile(): Promise<void> {
    reports.value = []
    await record('', unwrap(api().openQuizFile()))
    await load()
  }

  /** Files the system handed the app (opened with it, or by a second launch): main imported them. */
  async function showHandedOver(handed: ImportReport[]): Promise<void> {
    reports.value = handed
    await load()
  }

  /** Files dropped on the window: read here, checked by main like any other quiz file. */
  async function importFiles(files: readonly File[]): Promise<void> {
    reports.value = []
    for (const file of files) {
      if (file.size > MAX_QUIZ_FILE_SIZE) {
        reports.value.push({
          fileName: file.name,
          outcome: { status: 'failed', message: translate('student.library.tooLarge') }
        })
        continue
      }
      await record(
        file.name,
        unwrap(api().importQuizText({ fileName: file.name, text: await file.text() }))
      )
    }
    await load()
  }

  /** Teacher mode: takes an imported quiz off the list; main keeps it for History's Review. */
  async function remove(entry: LibraryEntry): Promise<void> {
    await unwrap(api().removeQuiz({ key: entry.key }))
    reports.value = []
    await load()
  }

  function dismissReports(): void {
    reports.value = []
  }

  return {
    entries,
    notices,
    reports,
    load,
    openFile,
    importFiles,
    showHandedOver,
    remove,
    dismissReports
  }
})

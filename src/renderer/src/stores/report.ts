import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Quiz } from '../../../shared/quiz-format'
import type { ValidationIssue } from '../../../shared/quiz-validation'
import {
  buildClassReport,
  type ImportedFile,
  type ReportOptions
} from '../../../shared/report/class-report'
import { answersCsv, studentsCsv } from '../../../shared/report/report-export'
import { MAX_RESULT_FILE_SIZE } from '../../../shared/result-format'
import { api, unwrap } from '../api'
import { useTeacherStore } from './teacher'

/** The teacher's class report: one quiz, the result files handed in, and what they add up to. */
export const useReportStore = defineStore('report', () => {
  const quiz = shallowRef<Quiz | null>(null)
  const hash = ref('')
  const quizSource = ref('')
  const quizIssues = ref<{ fileName: string; issues: ValidationIssue[] } | null>(null)
  const files = shallowRef<ImportedFile[]>([])
  const unreadable = ref<{ fileName: string; message: string }[]>([])
  const attempts = ref<ReportOptions['attempts']>('first')
  const message = ref<string | null>(null)

  const report = computed(() =>
    quiz.value
      ? buildClassReport(quiz.value, hash.value, files.value, { attempts: attempts.value })
      : null
  )

  function useQuiz(next: Quiz, nextHash: string, source: string): void {
    quiz.value = next
    hash.value = nextHash
    quizSource.value = source
    quizIssues.value = null
    message.value = null
  }

  async function chooseFromLibrary(key: string): Promise<void> {
    const loaded = await unwrap(api().loadQuiz({ key }))
    // An imported quiz is stored under a made-up file name: the teacher knows it by its title.
    useQuiz(loaded.quiz, loaded.hash, `“${loaded.entry.title}” from the library`)
  }

  async function openQuizFile(): Promise<void> {
    const outcome = await unwrap(api().openReportQuiz())
    if (outcome.status === 'opened') useQuiz(outcome.quiz, outcome.hash, outcome.fileName)
    else if (outcome.status === 'invalid') quizIssues.value = outcome
  }

  /** Adds files, skipping one already imported under the same name with the same text. */
  function add(
    incoming: ImportedFile[],
    failed: { fileName: string; message: string }[] = []
  ): void {
    const known = new Set(files.value.map((f) => `${f.fileName}\u0000${f.text}`))
    const fresh = incoming.filter((f) => !known.has(`${f.fileName}\u0000${f.text}`))
    files.value = [...files.value, ...fresh]
    unreadable.value = [...unreadable.value, ...failed]
    message.value = `Imported ${fresh.length} ${fresh.length === 1 ? 'file' : 'files'}${
      incoming.length > fresh.length ? ` (${incoming.length - fresh.length} already imported)` : ''
    }.`
  }

  /** Files dropped on the window: read here, any too large to be a result file set aside. */
  async function addDropped(dropped: readonly File[]): Promise<void> {
    if (!quiz.value) throw new Error('Choose the quiz first, then drop the result files.')
    const read: ImportedFile[] = []
    const failed: { fileName: string; message: string }[] = []
    for (const file of dropped) {
      if (file.size > MAX_RESULT_FILE_SIZE) {
        failed.push({ fileName: file.name, message: 'The file is too large to be a result file.' })
        continue
      }
      read.push({ fileName: file.name, text: await file.text() })
    }
    add(read, failed)
  }

  async function importFiles(from: 'files' | 'folder'): Promise<void> {
    const outcome = await unwrap(api().openResultFiles({ from }))
    if (outcome.status === 'opened') add(outcome.files, outcome.unreadable)
  }

  /** Teacher mode on the classroom computer: every learner's results here, signed, then imported. */
  async function collect(): Promise<void> {
    if (!quiz.value) return
    const outcome = await unwrap(api().collectResults({ quizId: quiz.value.id }))
    if (outcome.status !== 'opened') return
    add(outcome.files, outcome.unreadable)
    message.value = `Collected ${outcome.files.length} learners' results from this computer and imported them.`
  }

  // Imported results live only in memory: locking teacher mode, however it happens, drops them.
  useTeacherStore().onLock(clear)
  function clear(): void {
    files.value = []
    unreadable.value = []
    message.value = null
  }

  async function saveCsv(kind: 'students' | 'answers'): Promise<void> {
    if (!report.value || !quiz.value) return
    const text =
      kind === 'students' ? studentsCsv(report.value) : answersCsv(report.value, quiz.value)
    const outcome = await unwrap(
      api().saveCsvFile({ suggestedName: `${quiz.value.id}-${kind}.csv`, text })
    )
    if (outcome.status === 'saved') message.value = `Saved ${outcome.fileName}.`
  }

  async function savePdf(): Promise<void> {
    if (!quiz.value) return
    const outcome = await unwrap(
      api().saveReportPdf({ suggestedName: `${quiz.value.id}-class-report.pdf` })
    )
    if (outcome.status === 'saved') message.value = `Saved ${outcome.fileName}.`
  }

  return {
    quiz,
    hash,
    quizSource,
    quizIssues,
    files,
    unreadable,
    attempts,
    message,
    report,
    chooseFromLibrary,
    openQuizFile,
    add,
    addDropped,
    importFiles,
    collect,
    clear,
    saveCsv,
    savePdf
  }
})

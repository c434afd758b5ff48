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
import { xapiJson, xapiStatements } from '../../../shared/exports/xapi'
import { learnerKey } from '../../../shared/report/identity'
import { translate } from '../i18n'
import { MAX_RESULT_FILE_SIZE } from '../../../shared/result-format'
import { api, unwrap } from '../api'
import { useTeacherStore } from './teacher'
import { showNotice, type ReportNotice } from './report-notice'
import type { ShownBroken } from '../report-text'

/** A problem the renderer words itself (a dropped zip), said in the language of the moment. */
function saidHere(fileName: string, key: string): ShownBroken {
  return { fileName, message: translate(key), key }
}

/** The teacher's class report: one quiz, the result files handed in, and what they add up to. */
export const useReportStore = defineStore('report', () => {
  const quiz = shallowRef<Quiz | null>(null)
  const hash = ref('')
  /** Where the quiz came from: a library title or a file name, said in the current language. */
  const quizOrigin = ref<{ from: 'library' | 'file'; name: string }>({ from: 'file', name: '' })
  const quizSource = computed(() =>
    quizOrigin.value.from === 'library'
      ? translate('report.setup.fromLibrarySource', { title: quizOrigin.value.name })
      : quizOrigin.value.name
  )
  const quizIssues = ref<{ fileName: string; issues: ValidationIssue[] } | null>(null)
  const files = shallowRef<ImportedFile[]>([])
  const unreadable = ref<ShownBroken[]>([])
  const attempts = ref<ReportOptions['attempts']>('first')
  const notice = ref<ReportNotice | null>(null)

  const report = computed(() =>
    quiz.value
      ? buildClassReport(quiz.value, hash.value, files.value, { attempts: attempts.value })
      : null
  )
  /** Worded at render, so it follows a change of language and the flags the report finds. */
  const shownNotice = computed(() => (notice.value ? showNotice(notice.value, report.value) : null))
  const message = computed(() => shownNotice.value?.text ?? null)
  const messageNeedsAttention = computed(() => shownNotice.value?.needsAttention ?? false)
  function say(key: string, values: Record<string, string | number> = {}): void {
    notice.value = { kind: 'said', key, values }
  }

  function useQuiz(next: Quiz, nextHash: string, source: typeof quizOrigin.value): void {
    quiz.value = next
    hash.value = nextHash
    quizOrigin.value = source
    quizIssues.value = null
    notice.value = null
  }

  async function chooseFromLibrary(key: string): Promise<void> {
    const loaded = await unwrap(api().loadQuiz({ key }))
    // An imported quiz is stored under a made-up file name: the teacher knows it by its title.
    useQuiz(loaded.quiz, loaded.hash, { from: 'library', name: loaded.entry.title })
  }

  async function openQuizFile(): Promise<void> {
    const outcome = await unwrap(api().openReportQuiz())
    if (outcome.status === 'opened')
      useQuiz(outcome.quiz, outcome.hash, { from: 'file', name: outcome.fileName })
    else if (outcome.status === 'invalid') quizIssues.value = outcome
  }

  /** Adds files, skipping one already imported under the same name with the same text. */
  function add(incoming: ImportedFile[], failed: ShownBroken[] = [], source?: string): void {
    const known = new Set(files.value.map((f) => `${f.fileName}\u0000${f.text}`))
    const fresh = incoming.filter((f) => !known.has(`${f.fileName}\u0000${f.text}`))
    files.value = [...files.value, ...fresh]
    unreadable.value = [...unreadable.value, ...failed]
    notice.value = {
      kind: 'imported',
      added: fresh.map((f) => f.fileName),
      already: incoming.length - fresh.length,
      unreadable: failed.length,
      ...(source === undefined ? {} : { source })
    }
  }

  /** Files dropped on the window: read here, any too large to be a result file set aside. */
  async function addDropped(dropped: readonly File[]): Promise<void> {
    if (!quiz.value) throw new Error(translate('report.status.quizFirst'))
    const read: ImportedFile[] = []
    const failed: ShownBroken[] = []
    for (const file of dropped) {
      // A dropped file is read here as text; a zip needs main's bounded reader instead.
      if (/\.zip$/i.test(file.name)) {
        failed.push(saidHere(file.name, 'results.import.droppedZip'))
        continue
      }
      if (file.size > MAX_RESULT_FILE_SIZE) {
        failed.push(saidHere(file.name, 'report.status.tooLarge'))
        continue
      }
      read.push({ fileName: file.name, text: await file.text() })
    }
    add(read, failed)
  }

  async function importFiles(from: 'files' | 'folder' | 'zip'): Promise<void> {
    const outcome = await unwrap(api().openResultFiles({ from }))
    if (outcome.status === 'opened') add(outcome.files, outcome.unreadable, outcome.source)
  }

  /** Teacher mode on the classroom computer: every learner's results here, signed, then imported. */
  async function collect(): Promise<void> {
    if (!quiz.value) return
    const outcome = await unwrap(api().collectResults({ quizId: quiz.value.id }))
    if (outcome.status !== 'opened') return
    add(outcome.files, outcome.unreadable)
    say('report.status.collected', { count: outcome.files.length })
  }

  // Imported results live only in memory: locking teacher mode, however it happens, drops them.
  useTeacherStore().onLock(clear)
  function clear(): void {
    files.value = []
    unreadable.value = []
    notice.value = null
  }

  /** The class list's student ids by learnerKey: empty when the class list had none. */
  async function studentIds(): Promise<Map<string, string>> {
    const roster = await unwrap(api().getRoster())
    const ids = new Map<string, string>()
    roster.names.forEach((name, i) => {
      const id = roster.studentIds?.[i]
      if (id) ids.set(learnerKey(name), id)
    })
    return ids
  }

  async function saveCsv(kind: 'students' | 'answers'): Promise<void> {
    if (!report.value || !quiz.value) return
    const text =
      kind === 'students'
        ? studentsCsv(report.value, await studentIds())
        : answersCsv(report.value, quiz.value)
    const outcome = await unwrap(
      api().saveCsvFile({ suggestedName: `${quiz.value.id}-${kind}.csv`, text })
    )
    if (outcome.status === 'saved') say('report.status.saved', { fileName: outcome.fileName })
  }

  /** Every scored answer as an xAPI statement, for the school's learning record store. */
  async function saveXapi(): Promise<void> {
    if (!report.value || !quiz.value) return
    const statements = xapiStatements(report.value, quiz.value, {
      quizHash: hash.value,
      studentIds: await studentIds()
    })
    if (statements.length === 0) {
      say('results.xapi.nothing')
      return
    }
    const outcome = await unwrap(
      api().saveXapiFile({
        suggestedName: `${quiz.value.id}-xapi.json`,
        text: xapiJson(statements)
      })
    )
    if (outcome.status === 'saved')
      say('results.xapi.saved', {
        fileName: outcome.fileName,
        count: statements.length
      })
  }

  async function savePdf(): Promise<void> {
    if (!quiz.value) return
    const outcome = await unwrap(
      api().saveReportPdf({ suggestedName: `${quiz.value.id}-class-report.pdf` })
    )
    if (outcome.status === 'saved') say('report.status.saved', { fileName: outcome.fileName })
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
    messageNeedsAttention,
    report,
    chooseFromLibrary,
    openQuizFile,
    add,
    addDropped,
    importFiles,
    collect,
    clear,
    saveCsv,
    saveXapi,
    savePdf
  }
})

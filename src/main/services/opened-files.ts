import { openedFileKind } from '../open-file-args'

/**
 * The files the system asked Says Who? to open (a double-click, a second launch, macOS's
 * open-file), held until the window asks for them: the window may not exist yet when they come.
 */
export class OpenedFiles {
  private readonly quizzes: string[] = []
  private readonly results: string[] = []

  add(paths: readonly string[]): void {
    for (const path of paths) {
      const kind = openedFileKind(path)
      const queue = kind === 'quiz' ? this.quizzes : kind === 'result' ? this.results : null
      if (queue && !queue.includes(path)) queue.push(path)
    }
  }

  takeQuizzes(): string[] {
    return this.quizzes.splice(0)
  }

  /** Result files wait until teacher mode is unlocked: only the class report may read them. */
  takeResults(): string[] {
    return this.results.splice(0)
  }

  get resultsWaiting(): number {
    return this.results.length
  }
}

// Validates quiz files on a worker thread, so that a large file never blocks main's event loop
// (and with it every window's IPC). Built as its own entry beside out/main/index.js.
import { parentPort } from 'node:worker_threads'
import { validateQuizText } from '../shared/quiz-validation'

parentPort?.on('message', ({ id, text }: { id: number; text: string }) => {
  parentPort?.postMessage({ id, result: validateQuizText(text) })
})

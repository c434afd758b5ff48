// npm run schema : regenerates quizzes/quiz.schema.json from the zod schema the app uses.
import { writeFile } from 'node:fs/promises'
import { quizJsonSchemaText } from '../../shared/quiz-format'

await writeFile('quizzes/quiz.schema.json', quizJsonSchemaText())
console.log('Wrote quizzes/quiz.schema.json')

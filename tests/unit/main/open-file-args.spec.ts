import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { filesToOpen, openedFileKind } from '../../../src/main/open-file-args'
import { OpenedFiles } from '../../../src/main/services/opened-files'

const cwd = join('/home', 'teacher', 'Downloads')

describe('which launch arguments are files to open', () => {
  it('keeps quiz and result files, relative ones resolved from the launch folder', () => {
    expect(
      filesToOpen(['says-who', 'week 3.quiz.json', '/srv/amira.result.json'], {
        skip: 1,
        workingDirectory: cwd
      })
    ).toEqual([join(cwd, 'week 3.quiz.json'), '/srv/amira.result.json'])
  })

  it('ignores switches, the app folder, other files and repeats', () => {
    expect(
      filesToOpen(
        [
          '/usr/lib/electron/electron',
          '/work/app.quiz.json',
          '--no-sandbox',
          '--original-process-start-time=133',
          '-psn_0_12345',
          'notes.txt',
          'quiz.json',
          'a.QUIZ.JSON',
          'a.QUIZ.JSON'
        ],
        // `electron .`: the second entry is the app's folder, whatever its name.
        { skip: 2, workingDirectory: cwd }
      )
    ).toEqual([join(cwd, 'a.QUIZ.JSON')])
  })

  it('names the kind of a file by its suffix, in any case', () => {
    expect(openedFileKind('C:\\Users\\t\\x.Quiz.Json')).toBe('quiz')
    expect(openedFileKind('x.result.json')).toBe('result')
    expect(openedFileKind('x.json')).toBeNull()
    expect(openedFileKind('x.quiz.json.exe')).toBeNull()
  })
})

describe('the queue of opened files', () => {
  it('hands each file over once, quizzes and results apart', () => {
    const opened = new OpenedFiles()
    opened.add(['/a.quiz.json', '/b.result.json', '/a.quiz.json', '/c.txt'])
    expect(opened.resultsWaiting).toBe(1)
    expect(opened.takeQuizzes()).toEqual(['/a.quiz.json'])
    expect(opened.takeQuizzes()).toEqual([])
    expect(opened.takeResults()).toEqual(['/b.result.json'])
    expect(opened.resultsWaiting).toBe(0)
  })
})

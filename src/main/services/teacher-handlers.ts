import { basename } from 'node:path'
import { TEACHER_CHANNELS, type ServiceHandlers } from '../../shared/contract'
import type { FileRequest } from './file-dialog'
import { readTextFile } from './durable-file'
import type { LearnerArchive } from './learner-archive'
import type { ProfileStore } from './profile-store'
import type { QuizLibrary } from './quiz-library'
import type { RosterStore } from './roster-store'
import type { TeacherAuth } from './teacher-auth'
import { UserFacingError } from './user-facing-error'

/** A class list is a short text file; anything bigger is not one. */
const MAX_ROSTER_FILE = 1_000_000

type TeacherChannel =
  | 'teacherStatus'
  | 'setTeacherPin'
  | 'unlockTeacher'
  | 'lockTeacher'
  | 'teacherKeepAlive'
  | 'renameLearner'
  | 'archiveLearner'
  | 'listArchivedLearners'
  | 'restoreLearner'
  | 'openRosterFile'
  | 'importRoster'
  | 'getRoster'
  | 'removeQuiz'

/** Teacher mode itself, learner management, the roster and library management. */
export function teacherHandlers(deps: {
  teacher: TeacherAuth
  profiles: ProfileStore
  roster: RosterStore
  archive: LearnerArchive
  library: QuizLibrary
  chooseFile: (request: FileRequest) => Promise<string | null>
}): Pick<ServiceHandlers, TeacherChannel> {
  const { teacher, profiles, roster, archive, library } = deps
  return {
    teacherStatus: () => teacher.status(),
    setTeacherPin: ({ pin }) => teacher.setPin(pin),
    unlockTeacher: ({ pin }) => teacher.unlock(pin),
    lockTeacher: () => teacher.lock(),
    teacherKeepAlive: () => teacher.keepAlive(),
    renameLearner: async ({ profileId, name }) => {
      const { before, after } = await profiles.rename(profileId, name)
      await roster.rename(before.name, after.name)
      return after
    },
    archiveLearner: ({ profileId }) => archive.archive(profileId),
    listArchivedLearners: () => archive.list(),
    restoreLearner: ({ archiveId }) => archive.restore(archiveId),
    openRosterFile: async () => {
      const file = await deps.chooseFile({ purpose: 'open-roster' })
      if (file === null) return { status: 'cancelled' }
      try {
        return {
          status: 'opened',
          fileName: basename(file),
          text: await readTextFile(file, MAX_ROSTER_FILE)
        }
      } catch (error) {
        if (!(error instanceof UserFacingError)) throw error
        return { status: 'unreadable', fileName: basename(file), message: error.message }
      }
    },
    importRoster: async ({ names, studentIds }) => {
      const outcome = await profiles.createMissing(names)
      await roster.replace(names, studentIds)
      return outcome
    },
    getRoster: () => roster.roster(),
    removeQuiz: async ({ key }) => ({ removed: await library.retire(key) })
  }
}

/**
 * The one place teacher-only channels are refused while teacher mode is locked; each request
 * that passes also keeps the mode open for another ten minutes.
 */
export function withTeacherGuard(teacher: TeacherAuth, handlers: ServiceHandlers): ServiceHandlers {
  const guarded: Record<string, (input: never) => unknown> = { ...handlers }
  for (const name of TEACHER_CHANNELS) {
    const handler = handlers[name] as (input: unknown) => unknown
    guarded[name] = (input: unknown) => {
      teacher.require()
      return handler(input)
    }
  }
  return guarded as ServiceHandlers
}

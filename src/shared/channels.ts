/**
 * The names of the IPC channels, without their schemas: the sandboxed preload imports this,
 * and a sandboxed preload can load nothing but `electron`, so it must not pull in zod.
 * `contract.ts` must give every name here a schema (the compiler checks it).
 */
export const CHANNEL_NAMES = [
  'listProfiles',
  'createProfile',
  'markPrimerSeen',
  'listLibrary',
  'loadQuiz',
  'openQuizFile',
  'importQuizText',
  'listAttempts',
  'getAttempt',
  'startAttempt',
  'answerItem',
  'finishAttempt',
  'abandonAttempt',
  'openArticleFile',
  'openQuizForEditing',
  'saveQuizFile',
  'exportResults',
  'openReportQuiz',
  'openResultFiles',
  'collectResults',
  'saveReportPdf',
  'saveCsvFile',
  'saveXapiFile',
  'teacherStatus',
  'setTeacherPin',
  'unlockTeacher',
  'lockTeacher',
  'teacherKeepAlive',
  'renameLearner',
  'archiveLearner',
  'listArchivedLearners',
  'restoreLearner',
  'openRosterFile',
  'importRoster',
  'getRoster',
  'removeQuiz',
  'takeOpenedFiles',
  'backUp',
  'listBackups',
  'openBackupFile',
  'restoreBackup',
  'exportQuiz',
  'getLanguage',
  'setLanguage'
] as const

export type ChannelName = (typeof CHANNEL_NAMES)[number]

/** The IPC channel string of a contract entry. */
export function ipcChannel(name: ChannelName): string {
  return `says-who:${name}`
}

/** The global the preload exposes the API as. */
export const API_GLOBAL = 'saysWho'

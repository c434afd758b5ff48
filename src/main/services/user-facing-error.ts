/** An error whose message is written for the person using the app, naming the file at fault. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly path?: string
  ) {
    super(message)
    this.name = 'UserFacingError'
  }
}

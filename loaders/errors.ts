/** A mistake in the user's input (a path, an option, a file): reported as one line, exit code 1. */
export class UserError extends Error {}

/**
 * Failures a command reports. Throwing one ends the command with its message
 * on stderr and its exit code; the runner then discards the command's changes.
 */
export class CommandError extends Error {
	constructor(message: string, readonly code = 1) {
		super(message);
	}
}

/** A bad flag or argument: the message, then the command's Usage text, exit 1. */
export class UsageError extends CommandError {
	constructor(message: string) {
		super(message, 1);
	}
}

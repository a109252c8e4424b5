/**
 * The one way anything in hasmit refuses: a command, or a domain operation it
 * calls, throws a CommandError with the lines the real command prints (from
 * its family's message catalogue). The shell prints the message on stderr,
 * exits with the code and discards the command's changes. It lives in the
 * lowest layer so the model and the command layer share it.
 */
export class CommandError extends Error {
	constructor(
		message: string,
		readonly code = 1,
	) {
		super(message);
	}
}

/** A bad flag or operand: the message, then the command's Usage text, exit 1. */
export class UsageError extends CommandError {
	constructor(message: string) {
		super(message, 1);
	}
}

/** Refuse: throw the message lines as one CommandError. */
export function refuse(message: string | readonly string[], code = 1): never {
	throw new CommandError(typeof message === 'string' ? message : message.join('\n'), code);
}

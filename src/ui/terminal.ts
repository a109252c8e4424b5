/**
 * The terminal for the TUI: alternate screen, hidden cursor, raw mode and
 * bracketed paste, set up here (not by Ink, which would then read stdin too)
 * and always put back: on exit, on SIGTERM / SIGHUP / SIGINT, and on a crash,
 * which prints one line and no stack.
 */

/** What taking the terminal writes, and what giving it back writes. */
export const ENTER = '\x1b[?1049h\x1b[?25l\x1b[?2004h\x1b[H\x1b[2J';
export const LEAVE = '\x1b[?2004l\x1b[0m\x1b[?25h\x1b[?1049l';

export interface TerminalHooks {
	/** Called before the terminal is restored on a signal or crash (unmount Ink, write the log). */
	beforeRestore?: () => void;
}

export interface Terminal {
	restore(): void;
	/** Restore the terminal, print one line about the error, exit 1. */
	crash(error: unknown): never;
	/** Set what runs before restoring on a signal or crash. */
	hooks: TerminalHooks;
}

const SIGNALS: Array<[NodeJS.Signals, number]> = [
	['SIGTERM', 143],
	['SIGHUP', 129],
	['SIGINT', 130],
];

/** Take the terminal; `entered`: ENTER is on the screen already (the launcher wrote a kept first frame), not written again. */
export function enterTerminal(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream, entered = false): Terminal {
	let restored = false;
	const hooks: TerminalHooks = {};
	const restore = () => {
		if (restored) return;
		restored = true;
		for (const [signal, handler] of handlers) process.off(signal, handler);
		process.off('uncaughtException', onCrash);
		process.off('unhandledRejection', onCrash);
		try {
			stdout.write(LEAVE);
		} catch {}
		try {
			if (stdin.isTTY) stdin.setRawMode(false);
			stdin.pause();
		} catch {}
	};
	const finish = (code: number, message?: string): never => {
		try {
			hooks.beforeRestore?.();
		} catch {}
		restore();
		if (message) process.stderr.write(`${message}\n`);
		process.exit(code);
	};
	const handlers = SIGNALS.map(([signal, code]) => [signal, () => finish(code)] as const);
	const onCrash = (error: unknown) => finish(1, crashMessage(error));
	for (const [signal, handler] of handlers) process.on(signal, handler);
	process.on('uncaughtException', onCrash);
	process.on('unhandledRejection', onCrash);
	stdin.setRawMode(true);
	if (!entered) stdout.write(ENTER);
	return {restore, hooks, crash: onCrash};
}

export function crashMessage(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return `hasmit: internal error: ${text.split('\n')[0]}`;
}

/**
 * Parameter expansion for the lines of a script the shell runs (see runScript in shell.ts): the command line typed at
 * the prompt is never expanded (a SMIT dialog's quoted values arrive as typed), but an event script or a cron job
 * reads its arguments as $1, $2, ... Inside single quotes nothing is expanded, as in ksh.
 */

const PARAMETER = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*|[0-9]+)\}|([0-9*@#?])|([A-Za-z_][A-Za-z0-9_]*))/g;

/** `line` with $0..$9, ${N}, $*, $@, $#, $? and $NAME / ${NAME} replaced outside single quotes; unset names expand to nothing. */
export function expandWords(line: string, argv: readonly string[], vars: Readonly<Record<string, string>>, status: number): string {
	const value = (name: string): string => {
		if (/^[0-9]+$/.test(name)) return argv[Number(name)] ?? '';
		if (name === '*' || name === '@') return argv.slice(1).join(' ');
		if (name === '#') return String(Math.max(0, argv.length - 1));
		if (name === '?') return String(status);
		return vars[name] ?? '';
	};
	// Split on single-quoted stretches: odd pieces are quoted and kept as they are.
	return line
		.split(/('[^']*')/)
		.map((piece, i) => (i % 2 === 1 ? piece : piece.replace(PARAMETER, (_, braced, special, plain) => value(braced ?? special ?? plain))))
		.join('');
}

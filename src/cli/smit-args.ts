/** smitty's command line: `[-C] [-D] [-f] [-h] [-l File] [-o Path] [-s File] [-t] [-v] [-x] [-X] [[-m|-n|-d] FastPath]`. */
import {UsageProblem} from './session.js';

export const SMIT_USAGE = `Usage: hasmit [-C] [-D] [-f] [-h] [-l File] [-o Path] [-s File] [-t] [-v] [-x] [-X]
              [--state FILE] [--node NODE] [[-m|-n|-d] FastPath]`;

export interface SmitOptions {
	fastPath?: string;
	/** -m / -n / -d: the fast path must be a menu, selector (name) or dialog. */
	fastPathKind?: 'menu' | 'selector' | 'dialog';
	/** -l: smit.log path (default $HOME/smit.log). */
	logFile?: string;
	/** -s: smit.script path (default $HOME/smit.script). */
	scriptFile?: string;
	/** -o: the menu repository (a folder of menu files). */
	menus?: string;
	/** -x: record cmd_to_exec commands in the logs without running them. */
	noExec: boolean;
	/** -X: run no command at all, not even list and discover commands. */
	noCommands: boolean;
	/** -v (and -D): verbose smit.log. */
	verbose: boolean;
	/** -t (and -D): trace in smit.log. */
	trace: boolean;
	state?: string;
	node?: string;
}

const VALUE_FLAGS = new Set(['-l', '-s', '-o', '-m', '-n', '-d', '--state', '--node']);

export function parseSmitArgs(argv: string[]): SmitOptions {
	const options: SmitOptions = {noExec: false, noCommands: false, verbose: false, trace: false};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (VALUE_FLAGS.has(arg)) {
			const value = argv[++i];
			if (value === undefined) throw new UsageProblem(`hasmit: Flag requires a parameter: ${arg.replace(/^-+/, '')}\n${SMIT_USAGE}`);
			if (arg === '-l') options.logFile = value;
			else if (arg === '-s') options.scriptFile = value;
			else if (arg === '-o') options.menus = value;
			else if (arg === '--state') options.state = value;
			else if (arg === '--node') options.node = value;
			else {
				options.fastPath = value;
				options.fastPathKind = arg === '-m' ? 'menu' : arg === '-n' ? 'selector' : 'dialog';
			}
			continue;
		}
		if (/^-[CDfhtvxX]+$/.test(arg)) {
			for (const flag of arg.slice(1)) {
				if (flag === 'h') throw new UsageProblem(SMIT_USAGE);
				if (flag === 'x') options.noExec = true;
				if (flag === 'X') options.noCommands = true;
				if (flag === 'v' || flag === 'D') options.verbose = true;
				if (flag === 't' || flag === 'D') options.trace = true;
			}
			continue;
		}
		if (arg.startsWith('-')) throw new UsageProblem(`hasmit: Not a recognized flag: ${arg.replace(/^-+/, '')}\n${SMIT_USAGE}`);
		if (options.fastPath !== undefined) throw new UsageProblem(`hasmit: only one fast path may be given.\n${SMIT_USAGE}`);
		options.fastPath = arg;
	}
	return options;
}

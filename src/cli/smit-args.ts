/** smitty's command line: `[-C] [-D] [-f] [-h] [-l File] [-o Path] [-s File] [-t] [-v] [-x] [-X] [[-m|-n|-d] FastPath]`. */
import {UsageError} from '../cluster/errors.js';
import {getopt, type OptionSpec, type ParsedOptions} from '../command/getopt.js';
import {UsageProblem} from './usage.js';

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

/** smitty's flags (-C and -f are accepted and change nothing here); --state and --node are hasmit's. */
const SPEC: OptionSpec = {flags: 'CDfhtvxXl:s:o:m:n:d:', words: ['-state:', '-node:']};
const KINDS = {m: 'menu', n: 'selector', d: 'dialog'} as const;

const usage = (message: string) => new UsageProblem(`hasmit: ${message}\n${SMIT_USAGE}`);

function setFlag(options: SmitOptions, flag: string, value: string | true): void {
	const text = value === true ? '' : value;
	switch (flag) {
		case 'h':
			throw new UsageProblem(SMIT_USAGE);
		case 'x':
			options.noExec = true;
			return;
		case 'X':
			options.noCommands = true;
			return;
		case 'D':
			options.verbose = options.trace = true;
			return;
		case 'v':
			options.verbose = true;
			return;
		case 't':
			options.trace = true;
			return;
		case 'l':
			options.logFile = text;
			return;
		case 's':
			options.scriptFile = text;
			return;
		case 'o':
			options.menus = text;
			return;
		case '-state':
			options.state = text;
			return;
		case '-node':
			options.node = text;
			return;
		case 'm':
		case 'n':
		case 'd':
			options.fastPath = text;
			options.fastPathKind = KINDS[flag];
	}
}

/** Flags in getopt's way (`-xv`, `-lFile`, `-l File`), before or after the fast path. */
export function parseSmitArgs(argv: readonly string[]): SmitOptions {
	const options: SmitOptions = {noExec: false, noCommands: false, verbose: false, trace: false};
	let rest = argv;
	while (rest.length > 0) {
		let parsed: ParsedOptions;
		try {
			parsed = getopt('hasmit', rest, SPEC);
		} catch (error) {
			if (!(error instanceof UsageError)) throw error;
			// getopt reads an unknown --word as the flag '-': name the word instead.
			const word = error.message.endsWith(': -') ? rest.find(arg => /^--./.test(arg) && !SPEC.words!.includes(`${arg.slice(1)}:`)) : undefined;
			throw usage(word ? `Not a recognized flag: ${word.slice(2)}` : error.message.replace(/^hasmit: /, '').replace('parameter: -', 'parameter: '));
		}
		for (const {flag, value} of parsed.all) setFlag(options, flag, value);
		const [operand, ...after] = parsed.args;
		if (operand === undefined) break;
		if (options.fastPath !== undefined) throw usage('only one fast path may be given.');
		options.fastPath = operand;
		rest = after;
	}
	return options;
}

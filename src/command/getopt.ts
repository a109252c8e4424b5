import {UsageError} from '../cluster/errors.js';

/**
 * getopt(3) as AIX commands use it, plus the single-dash words some HACMP
 * scripts take (`-boot`, `-cspoc "..."`). Options end at the first operand
 * or at `--`.
 */
export interface OptionSpec {
	/** getopt string: a letter per flag, `:` after one that takes a value. */
	flags: string;
	/** Single-dash word options; a trailing `:` means the word takes a value. */
	words?: string[];
	/** How many operands may follow the options: exactly n, or [least, most]. Unchecked when absent. */
	operands?: number | readonly [number, number];
}

export interface ParsedOptions {
	/** Last value per flag or word (`true` for one without a value). */
	opts: Record<string, string | true>;
	/** Every occurrence, in order, for flags that may repeat. */
	all: Array<{flag: string; value: string | true}>;
	/** The operands after the options. */
	args: string[];
}

export function getopt(command: string, argv: readonly string[], spec: OptionSpec): ParsedOptions {
	const result: ParsedOptions = {opts: {}, all: [], args: []};
	const words = new Map((spec.words ?? []).map(w => [w.replace(/:$/, ''), w.endsWith(':')]));
	const set = (flag: string, value: string | true) => {
		result.opts[flag] = value;
		result.all.push({flag, value});
	};
	let i = 0;
	for (; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--') {
			i++;
			break;
		}
		if (!arg.startsWith('-') || arg === '-') break;
		const word = words.get(arg.slice(1));
		if (word !== undefined) {
			if (!word) set(arg.slice(1), true);
			else {
				if (i + 1 >= argv.length) throw new UsageError(`${command}: Flag requires a parameter: ${arg.slice(1)}`);
				set(arg.slice(1), argv[++i]!);
			}
			continue;
		}
		for (let j = 1; j < arg.length; j++) {
			const c = arg[j]!;
			const at = spec.flags.indexOf(c);
			if (at < 0 || c === ':') throw new UsageError(`${command}: Not a recognized flag: ${c}`);
			if (spec.flags[at + 1] !== ':') {
				set(c, true);
				continue;
			}
			const rest = arg.slice(j + 1);
			if (rest) set(c, rest);
			else if (i + 1 < argv.length) set(c, argv[++i]!);
			else throw new UsageError(`${command}: Flag requires a parameter: ${c}`);
			break;
		}
	}
	result.args = argv.slice(i);
	if (spec.operands !== undefined) {
		const [least, most] = typeof spec.operands === 'number' ? [spec.operands, spec.operands] : spec.operands;
		if (result.args.length > most) throw new UsageError(`${command}: unexpected argument ${result.args[most]}.`);
		if (result.args.length < least) throw new UsageError('');
	}
	return result;
}

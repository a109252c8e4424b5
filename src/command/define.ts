/**
 * A command declared once: its names and paths, its flags and operands with
 * a line of help each, whether it only reads. The Usage text, getopt parsing,
 * typed options and the per-flag help (what `man` and the learning aids show)
 * all come from the declaration, so no command parses its own arguments.
 */
import {CommandError, UsageError} from '../cluster/errors.js';
import {flagNotSimulated, flagsRequired, flagTakes, notOneOf} from './messages.js';
import {getopt, type ParsedOptions} from './getopt.js';
import type {Command, CommandContext} from './registry.js';
import {RELEASES, type Release} from '../cluster/release/index.js';

/** One flag: a letter (`-g`), or a word for the single-dash words HACMP scripts take (`-cspoc`, `-boot`). */
export interface Flag {
	/** The value's name as Usage shows it (`ResourceGroup`); absent when the flag takes no value. */
	readonly arg?: string;
	/** What the flag does, in one line. */
	readonly help: string;
	/** Known to the real command but not acted on by the simulation: giving it is refused, saying so. */
	readonly notSimulated?: true;
	/** The only values it takes (with `arg`); any other is refused with a usage error naming them. */
	readonly values?: readonly string[];
	/** With `values`: what a value is (`startup policy`), so the refusal names the value given and the values taken. */
	readonly valueName?: string;
	/** The HACMP releases whose command has the flag (absent: every release); in another, getopt does not know it. */
	readonly releases?: readonly Release[];
	/** With `arg`: the command cannot run without it (a value given empty counts as none). */
	readonly required?: true;
}

export interface Operand {
	/** As Usage shows it (`VolumeGroup`, `File...`). */
	readonly name: string;
	readonly help: string;
}

export type Flags = Readonly<Record<string, Flag>>;

/** How many operands may follow the options: exactly n, or [least, most]. */
export type OperandCount = number | readonly [number, number];

/** A flag with a value is its last value (or undefined); one without is whether it was given. */
export type Options<F extends Flags> = {
	readonly [K in keyof F]: F[K] extends {values: readonly (infer V)[]}
		? V | (F[K] extends {required: true} ? never : undefined)
		: F[K] extends {arg: string}
			? string | (F[K] extends {required: true} ? never : undefined)
			: boolean;
};

/** What a declared command's run receives besides its context. */
export interface Invocation<F extends Flags> {
	readonly opts: Options<F>;
	/** The operands after the options. */
	readonly args: readonly string[];
	/** Every flag given, in order (for flags that may repeat, or whose order matters). */
	readonly all: ParsedOptions['all'];
}

export interface CommandSpec<F extends Flags> {
	readonly name: string;
	/** Where it lives on a real system (the first is where the bare name is found); each full path runs it. */
	readonly dirs: readonly [string, ...string[]];
	/** What the command does, in one line. */
	readonly summary: string;
	/** Usage after the name (`[-c] [-g Group]`); generated from the flags and operands when absent. Lines after the first stand alone. */
	readonly synopsis?: string;
	readonly flags?: F;
	readonly operands?: {readonly count?: OperandCount; readonly list?: readonly Operand[]};
	/** It shows the cluster and never changes it. */
	readonly readOnly?: boolean;
	/** The HACMP releases that have it (absent: every release); in another, the shell does not find it. */
	readonly releases?: readonly Release[];
	/** Rewrite the arguments before getopt (the old `head -5` form, `kill -9`). */
	readonly rewrite?: (argv: readonly string[]) => readonly string[];
	run(ctx: CommandContext, invocation: Invocation<F>): number | void;
}

/** The declaration as `man` and the learning aids read it. */
export interface CommandHelp {
	readonly summary: string;
	readonly flags: Readonly<Record<string, Flag>>;
	readonly operands: readonly Operand[];
	readonly readOnly: boolean;
}

/** getopt's letters and words for a declaration's flags. */
export function optionSpec(flags: Flags): {flags: string; words: string[]} {
	let letters = '';
	const words: string[] = [];
	for (const [key, flag] of Object.entries(flags)) {
		if (key.length === 1) letters += flag.arg ? `${key}:` : key;
		else words.push(flag.arg ? `${key}:` : key);
	}
	return {flags: letters, words};
}

/** Usage from the declaration: each flag in brackets, then the operands. */
function generatedSynopsis(flags: Flags, operands: readonly Operand[]): string {
	const shown = Object.entries(flags).map(([key, flag]) => {
		const word = `-${key}${flag.arg ? ` ${flag.arg}` : ''}`;
		return flag.required ? word : `[${word}]`;
	});
	return [...shown, ...operands.map(o => o.name)].join(' ');
}

function usageText(name: string, synopsis: string): string {
	const [first = '', ...rest] = synopsis.split('\n');
	return [`Usage: ${name}${first ? ` ${first}` : ''}`, ...rest].join('\n');
}

/**
 * Parse arguments by a declaration of flags: getopt, then typed options.
 * defineCommand runs it on a command's arguments; an option whose value is
 * itself an option list (C-SPOC's `-cspoc "-n node1"`) runs it on that value.
 */
export function parseArguments<const F extends Flags>(command: string, argv: readonly string[], flags: F, count?: OperandCount): Invocation<F> {
	const parsed = getopt(command, argv, {...optionSpec(flags), operands: count});
	for (const {flag} of parsed.all) {
		const declared = flags[flag];
		if (declared?.notSimulated) throw new CommandError(flagNotSimulated(command, flag, declared.help));
	}
	const missing = Object.entries(flags)
		.filter(([key, flag]) => flag.required && flag.arg && !parsed.opts[key])
		.map(([key, flag]) => `-${key} ${flag.arg}`);
	if (missing.length > 0) throw new UsageError(flagsRequired(command, missing));
	const opts: Record<string, string | boolean | undefined> = {};
	for (const [key, flag] of Object.entries(flags)) {
		const value = Object.hasOwn(parsed.opts, key) ? parsed.opts[key] : undefined;
		if (flag.values && typeof value === 'string' && !flag.values.includes(value))
			throw new UsageError(flag.valueName ? notOneOf(command, value, flag.valueName, flag.values) : flagTakes(command, key, flag.values));
		opts[key] = flag.arg ? (value as string | undefined) : value !== undefined;
	}
	return {opts: opts as Options<F>, args: parsed.args, all: parsed.all};
}

/**
 * The Usage of a release that lacks some flags: a bracketed choice loses the absent flags (the group
 * when none is left), and a line that names an absent flag outside brackets goes.
 */
function synopsisWithout(synopsis: string, absent: ReadonlySet<string>): string {
	if (absent.size === 0) return synopsis;
	const isAbsent = (word: string) => absent.has(/^-(\w+)/.exec(word.trim())?.[1] ?? '');
	const lines = synopsis.split('\n').map(line =>
		line.replace(/ ?\[([^[\]]*)\]/g, (group, inner: string) => {
			// A choice that names no flag is another value of the flag before it (`-S OHN|OFAN`).
			const choices = inner.split('|');
			let flagAbsent = false;
			const kept = choices.filter(choice => {
				if (choice.trim().startsWith('-')) flagAbsent = isAbsent(choice);
				return !flagAbsent;
			});
			if (kept.length === choices.length) return group;
			return kept.length === 0 ? '' : group.replace(inner, kept.map(c => c.trim()).join(' | '));
		}),
	);
	return lines.filter(line => !line.split(/\s+/).some(isAbsent)).join('\n');
}

/** One command per directory the declaration names; each carries the same help. */
export function defineCommand<const F extends Flags = Record<never, Flag>>(spec: CommandSpec<F>): Command[] {
	const flags = spec.flags ?? ({} as F);
	const operandList = spec.operands?.list ?? [];
	/** The command as one release has it: only its flags, in its Usage and help and to getopt. */
	const variant = (release?: Release) => {
		const own = Object.entries(flags).filter(([, flag]) => !release || !flag.releases || flag.releases.includes(release));
		const releaseFlags = Object.fromEntries(own) as F;
		const absent = new Set(Object.keys(flags).filter(key => !Object.hasOwn(releaseFlags, key)));
		const help: CommandHelp = {summary: spec.summary, flags: releaseFlags, operands: operandList, readOnly: spec.readOnly ?? false};
		// Made when first read (a usage error, man): every start declares some 300 commands and reads the usage of few.
		let usage: string | undefined;
		const usageOf = () =>
			(usage ??= usageText(
				spec.name,
				spec.synopsis === undefined ? generatedSynopsis(releaseFlags, operandList) : synopsisWithout(spec.synopsis, absent),
			));
		const run = (ctx: CommandContext) => {
			const argv = ctx.argv.slice(1);
			return spec.run(ctx, parseArguments(ctx.name, spec.rewrite ? spec.rewrite(argv) : argv, releaseFlags, spec.operands?.count));
		};
		return {usageOf, help, run};
	};
	/** A variant made when first used: every start declares some 300 commands, and runs one or two. */
	const lazily = (release?: Release) => {
		let made: ReturnType<typeof variant> | undefined;
		return () => (made ??= variant(release));
	};
	/** A command object whose variant, help and Usage stay lazy (getters: never copied by spreading). */
	const command = (named: Pick<Command, 'name' | 'dir' | 'releases'>, v: () => ReturnType<typeof variant>): Command => ({
		...named,
		get usage() {
			return v().usageOf();
		},
		get help() {
			return v().help;
		},
		run: ctx => v().run(ctx),
	});
	const every = lazily();
	const releaseVariants = Object.values(flags).some(flag => flag.releases) ? RELEASES.map(r => [r, lazily(r)] as const) : undefined;
	return spec.dirs.map(dir => {
		const named = {name: spec.name, dir, ...(spec.releases && {releases: spec.releases})};
		const base = command(named, every);
		if (releaseVariants) Object.assign(base, {byRelease: Object.fromEntries(releaseVariants.map(([r, v]) => [r, command(named, v)]))});
		return base;
	});
}

/**
 * The AIX text utilities an administrator reads logs with: cat, head, tail,
 * grep, wc, echo; and date, hostname and sleep (which moves the simulated
 * clock on, so timers such as a settling time can run out).
 */
import {CommandError, UsageError} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';
import type {Command, CommandContext} from '../command/registry.js';
import {dateTime, MAX_SECONDS} from '../cluster/clock.js';
import {readFile} from '../cluster/files.js';
import {passTime} from '../cluster/events/timers.js';

/** The inputs of a filter: named files on the node, or stdin when none is named. */
export function inputs(ctx: CommandContext, files: readonly string[]): Array<{name: string; text: string}> {
	if (files.length === 0) return [{name: '', text: ctx.stdin}];
	return files.map(name => {
		const text = readFile(ctx.state, ctx.node, name);
		if (text === undefined) throw new CommandError(`${ctx.name}: 0652-050 Cannot open ${name}.`, 2);
		return {name, text};
	});
}

const lines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

/** The old `-N` / `+N` forms of head and tail, as `-n N`. */
const oldLineCount = (argv: readonly string[]) =>
	argv[0] && /^[-+]\d+$/.test(argv[0]) ? ['-n', argv[0].startsWith('+') ? argv[0] : argv[0].slice(1), ...argv.slice(1)] : argv;

/** -n N: how many lines, and whether +N counts from the start. */
function lineCount(ctx: CommandContext, value: string | undefined, follow: boolean): {count: number; fromStart: boolean} {
	if (follow) throw new CommandError(`${ctx.name}: -f cannot follow a file in this shell; run the command again to see new lines.`);
	if (value === undefined) return {count: 10, fromStart: false};
	if (!/^[-+]?\d+$/.test(value)) throw new UsageError(`${ctx.name}: ${value} is not a valid line count.`);
	return {count: Math.abs(Number(value)), fromStart: value.startsWith('+')};
}

const FILES = {count: [0, Infinity], list: [{name: 'File...', help: 'files on this node to read; standard input when none is named'}]} as const;
const LINES = {arg: 'Number', help: 'how many lines (+Number: from that line on)'} as const;

const cat = defineCommand({
	name: 'cat',
	dirs: ['/usr/bin'],
	summary: 'Writes files to standard output.',
	synopsis: '[-q] [-r] [-s] [-S] [-u] [-n [-b]] [-v [-e] [-t]] [-|File...]',
	readOnly: true,
	flags: {
		q: {help: 'does not report files that cannot be read'},
		r: {help: 'shows several empty lines as one'},
		s: {help: 'does not report files that cannot be read'},
		S: {help: 'shows several empty lines as one'},
		u: {help: 'does not buffer the output'},
		n: {help: 'numbers the lines', notSimulated: true},
		b: {help: 'with -n, does not number empty lines', notSimulated: true},
		v: {help: 'shows non-printing characters visibly', notSimulated: true},
		e: {help: 'with -v, shows a $ at the end of each line', notSimulated: true},
		t: {help: 'with -v, shows tabs as ^I', notSimulated: true},
	},
	operands: FILES,
	run(ctx, {args}) {
		for (const {text} of inputs(ctx, args)) ctx.write(text);
	},
});

const head = defineCommand({
	name: 'head',
	dirs: ['/usr/bin'],
	summary: 'Writes the first lines of files.',
	synopsis: '[-count | -c number | -n number] [File...]',
	readOnly: true,
	flags: {n: LINES, f: {help: 'not taken by head', notSimulated: true}},
	operands: FILES,
	rewrite: oldLineCount,
	run(ctx, {opts, args}) {
		const {count} = lineCount(ctx, opts.n, false);
		for (const {text} of inputs(ctx, args)) for (const line of lines(text).slice(0, count)) ctx.print(line);
	},
});

const tail = defineCommand({
	name: 'tail',
	dirs: ['/usr/bin'],
	summary: 'Writes the last lines of a file.',
	synopsis: '[-f] [-r] [-n Number | -c Number] [File]',
	readOnly: true,
	flags: {n: LINES, f: {help: 'follows the file as it grows'}},
	operands: FILES,
	rewrite: oldLineCount,
	run(ctx, {opts, args}) {
		const {count, fromStart} = lineCount(ctx, opts.n, opts.f);
		for (const {text} of inputs(ctx, args)) {
			const all = lines(text);
			for (const line of fromStart ? all.slice(Math.max(count - 1, 0)) : all.slice(-count || all.length)) ctx.print(line);
		}
	},
});

const grep = defineCommand({
	name: 'grep',
	dirs: ['/usr/bin'],
	summary: 'Searches files for lines that match a pattern.',
	synopsis: '[-E|-F] [-c|-l|-q] [-insvwxy] [-p[parasep]] -e pattern_list...\n\t[-f pattern_file...] [file...]',
	readOnly: true,
	flags: {
		E: {help: 'the pattern is an extended regular expression'},
		F: {help: 'the pattern is a fixed string'},
		c: {help: 'prints only how many lines match'},
		l: {help: 'prints only the names of files with a match'},
		q: {help: 'prints nothing; the exit status says whether a line matched'},
		i: {help: 'ignores upper and lower case'},
		n: {help: 'puts the line number before each line'},
		s: {help: 'does not report files that cannot be read'},
		v: {help: 'prints the lines that do not match'},
		w: {help: 'matches whole words only'},
		x: {help: 'matches whole lines only'},
		y: {help: 'ignores upper and lower case (as -i)'},
		e: {arg: 'pattern_list', help: 'the pattern (one that starts with -)'},
	},
	operands: {list: [{name: 'pattern', help: 'the pattern, when -e is not given'}, ...FILES.list]},
	run(ctx, {opts, args}) {
		const files = [...args];
		const pattern = opts.e ?? files.shift();
		if (pattern === undefined) throw new UsageError('grep: A pattern must be specified.');
		let regex: RegExp;
		try {
			const source = opts.F ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : opts.E ? pattern : basicToExtended(pattern);
			const bounded = opts.x ? `^(?:${source})$` : opts.w ? `\\b(?:${source})\\b` : source;
			regex = new RegExp(bounded, opts.i || opts.y ? 'i' : '');
		} catch {
			throw new CommandError(`grep: 0652-033 Cannot open the pattern "${pattern}".`, 2);
		}
		const sources = inputs(ctx, files);
		let matched = 0;
		for (const {name, text} of sources) {
			let count = 0;
			for (const [index, line] of lines(text).entries()) {
				if (regex.test(line) === opts.v) continue;
				count++;
				if (opts.c || opts.l || opts.q) continue;
				const where = sources.length > 1 ? `${name}:` : '';
				ctx.print(`${where}${opts.n ? `${index + 1}:` : ''}${line}`);
			}
			matched += count;
			if (opts.c && !opts.q) ctx.print(`${sources.length > 1 ? `${name}:` : ''}${count}`);
			if (opts.l && count > 0 && !opts.q) ctx.print(name || '(standard input)');
		}
		return matched > 0 ? 0 : 1;
	},
});

/** Basic regular expressions: \( \) \{ \} \| are the operators, ( ) { } | + ? are plain. */
function basicToExtended(pattern: string): string {
	let out = '';
	for (let i = 0; i < pattern.length; i++) {
		const c = pattern[i]!;
		if (c === '\\' && i + 1 < pattern.length) {
			const d = pattern[++i]!;
			out += '(){}|'.includes(d) ? d : `\\${d}`;
		} else out += '(){}|+?'.includes(c) ? `\\${c}` : c;
	}
	return out;
}

const wc = defineCommand({
	name: 'wc',
	dirs: ['/usr/bin'],
	summary: 'Counts the lines, words and bytes of files.',
	synopsis: '[-c|-m] [-lw] [File...]',
	readOnly: true,
	flags: {c: {help: 'counts bytes'}, l: {help: 'counts lines'}, m: {help: 'counts characters'}, w: {help: 'counts words'}},
	operands: FILES,
	run(ctx, {opts, args}) {
		const all = !opts.c && !opts.l && !opts.m && !opts.w;
		for (const {name, text} of inputs(ctx, args)) {
			const figures = [
				...(all || opts.l ? [text.split('\n').length - 1] : []),
				...(all || opts.w ? [text.split(/\s+/).filter(Boolean).length] : []),
				...(all || opts.c || opts.m ? [text.length] : []),
			];
			ctx.print(`${figures.map(n => String(n).padStart(8)).join('')}${name ? ` ${name}` : ''}`);
		}
	},
});

/** AIX echo takes no flags: every word is text. It interprets \n, \t and \\, and stops (without a newline) at \c. */
const echo = defineCommand({
	name: 'echo',
	dirs: ['/usr/bin'],
	summary: 'Writes its arguments to standard output.',
	synopsis: '[String...]',
	readOnly: true,
	operands: {list: [{name: 'String...', help: 'the text; \\n, \\t and \\\\ are interpreted, and output stops at \\c without a newline'}]},
	rewrite: argv => ['--', ...argv],
	run(ctx, {args}) {
		const text = args.join(' ');
		const stop = text.indexOf('\\c');
		const expanded = (stop >= 0 ? text.slice(0, stop) : text).replace(/\\([nt\\])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : '\\'));
		ctx.write(stop >= 0 ? expanded : `${expanded}\n`);
	},
});

const date = defineCommand({
	name: 'date',
	dirs: ['/usr/bin'],
	summary: 'Shows the simulated date and time.',
	readOnly: true,
	operands: {count: 0},
	run(ctx) {
		ctx.print(dateTime(ctx.state.clock));
	},
});

const hostname = defineCommand({
	name: 'hostname',
	dirs: ['/usr/bin'],
	summary: 'Shows the name of the node the shell is on.',
	readOnly: true,
	operands: {count: 0},
	run(ctx) {
		ctx.print(ctx.node);
	},
});

const sleep = defineCommand({
	name: 'sleep',
	dirs: ['/usr/bin'],
	summary: 'Moves the simulated clock on; timers that fall due meanwhile run.',
	synopsis: 'Seconds',
	operands: {count: 1, list: [{name: 'Seconds', help: `how long to wait, at most ${MAX_SECONDS}`}]},
	run(ctx, {args}) {
		if (!/^\d+$/.test(args[0]!) || Number(args[0]) > MAX_SECONDS) throw new UsageError('');
		passTime(ctx.state, Number(args[0]));
	},
});

export const textUtilities: Command[] = [cat, head, tail, grep, wc, echo, date, hostname, sleep].flat();

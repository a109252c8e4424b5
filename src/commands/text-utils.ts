/**
 * The AIX text utilities an administrator reads logs with: cat, head, tail,
 * grep, wc, echo; and date, hostname and sleep (which moves the simulated
 * clock on, so timers such as a settling time can run out).
 */
import {CommandError, UsageError} from '../command/errors.js';
import {getopt} from '../command/getopt.js';
import type {Command, CommandContext} from '../command/registry.js';
import {dateTime, MAX_SECONDS} from '../cluster/clock.js';
import {readFile} from '../cluster/files.js';
import {passTime} from '../cluster/events/timers.js';

/** The inputs of a filter: named files on the node, or stdin when none is named. */
function inputs(ctx: CommandContext, files: string[]): Array<{name: string; text: string}> {
	if (files.length === 0) return [{name: '', text: ctx.stdin}];
	return files.map(name => {
		const text = readFile(ctx.state, ctx.node, name);
		if (text === undefined) throw new CommandError(`${ctx.name}: 0652-050 Cannot open ${name}.`, 2);
		return {name, text};
	});
}

const lines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

/** `-n N` or the old `-N` / `+N` forms of head and tail. */
function lineCount(ctx: CommandContext, argv: readonly string[]): {count: number; fromStart: boolean; rest: string[]} {
	const args = [...argv];
	let count = 10;
	let fromStart = false;
	const old = args[0] && /^[-+]\d+$/.exec(args[0]);
	if (old) {
		count = Math.abs(Number(args[0]));
		fromStart = args[0]!.startsWith('+');
		args.shift();
		return {count, fromStart, rest: args};
	}
	const {opts, args: rest} = getopt(ctx.name, args, {flags: 'n:f'});
	if (opts.f) throw new CommandError(`${ctx.name}: -f cannot follow a file in this shell; run the command again to see new lines.`);
	if (typeof opts.n === 'string') {
		if (!/^[-+]?\d+$/.test(opts.n)) throw new UsageError(`${ctx.name}: ${opts.n} is not a valid line count.`);
		count = Math.abs(Number(opts.n));
		fromStart = opts.n.startsWith('+');
	}
	return {count, fromStart, rest};
}

const cat: Command = {
	name: 'cat',
	dir: '/usr/bin',
	usage: 'Usage: cat [-q] [-r] [-s] [-S] [-u] [-n [-b]] [-v [-e] [-t]] [-|File...]',
	run(ctx) {
		const {args} = getopt('cat', ctx.argv.slice(1), {flags: 'qrsSunbvet'});
		for (const {text} of inputs(ctx, args)) ctx.write(text);
	},
};

const head: Command = {
	name: 'head',
	dir: '/usr/bin',
	usage: 'Usage: head [-count | -c number | -n number] [File...]',
	run(ctx) {
		const {count, rest} = lineCount(ctx, ctx.argv.slice(1));
		for (const {text} of inputs(ctx, rest)) for (const line of lines(text).slice(0, count)) ctx.print(line);
	},
};

const tail: Command = {
	name: 'tail',
	dir: '/usr/bin',
	usage: 'Usage: tail [-f] [-r] [-n Number | -c Number] [File]',
	run(ctx) {
		const {count, fromStart, rest} = lineCount(ctx, ctx.argv.slice(1));
		for (const {text} of inputs(ctx, rest)) {
			const all = lines(text);
			for (const line of fromStart ? all.slice(Math.max(count - 1, 0)) : all.slice(-count || all.length)) ctx.print(line);
		}
	},
};

const grep: Command = {
	name: 'grep',
	dir: '/usr/bin',
	usage: 'Usage: grep [-E|-F] [-c|-l|-q] [-insvwxy] [-p[parasep]] -e pattern_list...\n\t[-f pattern_file...] [file...]',
	run(ctx) {
		const {opts, args} = getopt('grep', ctx.argv.slice(1), {flags: 'EFclqinsvwxye:'});
		const pattern = typeof opts.e === 'string' ? opts.e : args.shift();
		if (pattern === undefined) throw new UsageError('grep: A pattern must be specified.');
		let regex: RegExp;
		try {
			const source = opts.F ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : opts.E ? pattern : basicToExtended(pattern);
			const bounded = opts.x ? `^(?:${source})$` : opts.w ? `\\b(?:${source})\\b` : source;
			regex = new RegExp(bounded, opts.i || opts.y ? 'i' : '');
		} catch {
			throw new CommandError(`grep: 0652-033 Cannot open the pattern "${pattern}".`, 2);
		}
		const sources = inputs(ctx, args);
		let matched = 0;
		for (const {name, text} of sources) {
			let count = 0;
			for (const [index, line] of lines(text).entries()) {
				if (regex.test(line) === Boolean(opts.v)) continue;
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
};

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

const wc: Command = {
	name: 'wc',
	dir: '/usr/bin',
	usage: 'Usage: wc [-c|-m] [-lw] [File...]',
	run(ctx) {
		const {opts, args} = getopt('wc', ctx.argv.slice(1), {flags: 'clmw'});
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
};

/** AIX echo interprets \n, \t and \\, and stops (without a newline) at \c. */
const echo: Command = {
	name: 'echo',
	dir: '/usr/bin',
	run(ctx) {
		const text = ctx.argv.slice(1).join(' ');
		const stop = text.indexOf('\\c');
		const expanded = (stop >= 0 ? text.slice(0, stop) : text).replace(/\\([nt\\])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : '\\'));
		ctx.write(stop >= 0 ? expanded : `${expanded}\n`);
	},
};

const date: Command = {
	name: 'date',
	dir: '/usr/bin',
	run(ctx) {
		ctx.print(dateTime(ctx.state.clock));
	},
};

const hostname: Command = {
	name: 'hostname',
	dir: '/usr/bin',
	run(ctx) {
		ctx.print(ctx.node);
	},
};

const sleep: Command = {
	name: 'sleep',
	dir: '/usr/bin',
	usage: 'Usage: sleep Seconds',
	run(ctx) {
		const seconds = ctx.argv[1];
		if (ctx.argv.length !== 2 || !/^\d+$/.test(seconds!) || Number(seconds) > MAX_SECONDS) throw new UsageError('');
		passTime(ctx.state, Number(seconds));
	},
};

export const textUtilities: Command[] = [cat, head, tail, grep, wc, echo, date, hostname, sleep];

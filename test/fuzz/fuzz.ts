/**
 * A seeded command-line fuzzer: random lines over every registered command and
 * every scenario, run in sequences so later lines see what earlier ones changed.
 * Valid and invalid flags, operands naming what the cluster holds, prototype
 * names, huge strings, unicode, control characters, quotes and shell operators.
 *
 * The invariants: no `internal error` on stderr, no exception out of runLine,
 * the model's invariants hold, and a failing command changes nothing (beyond
 * what it asks to keep through keepOnFailure).
 */
import {runLine, type Session} from '../../src/command/shell.js';
import {Registry, type Command} from '../../src/command/registry.js';
import {createRegistry} from '../../src/domains/index.js';
import {scenarios as installedScenarios} from '../../src/cluster/scenarios/index.js';
import {checkInvariants} from '../../src/cluster/invariants.js';
import {joinWords, tokenize, wordsOf} from '../../src/command/tokenize.js';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {dcdOf} from '../../src/cluster/config.js';
import {catchUpClock} from '../../src/cluster/events/timers.js';
import type {ClusterState} from '../../src/cluster/state.js';

/** Names that are also properties of every plain object. */
export const PROTOTYPE_NAMES = [
	'__proto__',
	'constructor',
	'toString',
	'hasOwnProperty',
	'valueOf',
	'isPrototypeOf',
	'propertyIsEnumerable',
	'toLocaleString',
	'__defineGetter__',
	'__lookupGetter__',
];

const HOSTILE = [
	'',
	' ',
	'-',
	'--',
	'0',
	'-1',
	'99999999999999999999',
	'1e999',
	'NaN',
	'3.5',
	'x'.repeat(33),
	'é',
	'Ωmega',
	'漢字',
	'🙂',
	'a\nb',
	'a\tb',
	'a\rb',
	'\x01',
	'\x1b[200~',
	'\x7f',
	"it's",
	'say "hi"',
	'back\\slash',
	'a b',
	'*',
	'?',
	'$(hostname)',
	'`id`',
	'/',
	'/tmp/x',
	'../../etc/passwd',
	'/etc/filesystems',
	'a,b',
	'a:b',
	'a=b',
	'%s%n',
	'\u202e',
	'\ufeff',
];
const OPERATORS = [';', '|', '&&', '||', '>', '>>', '<', '&', "'", '"', '\\', '(', ')'];
const TEXT_COMMANDS = ['cat', 'grep', 'echo', 'head', 'tail', 'wc'];

/** mulberry32: small, fast and the same everywhere. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface Finding {
	scenario: string;
	/** The lines run on this scenario before the failing one (`node: line`, or `#` and what else happened), to replay it. */
	history: string[];
	line: string;
	problem: string;
}

export interface FuzzReport {
	lines: number;
	/** Lines that exited 0: how deep the fuzz gets past usage checks. */
	succeeded: number;
	internalErrors: number;
	findings: Finding[];
	ms: number;
}

/** What the cluster holds now, by kind, for operands that name something real. */
type Vocabulary = Record<Kind, string[]>;
type Kind = 'node' | 'group' | 'server' | 'monitor' | 'timer' | 'vg' | 'lv' | 'fs' | 'disk' | 'file' | 'label' | 'other';

function vocabulary(state: ClusterState, node: string): Vocabulary {
	const config = dcdOf(state, node);
	const vgs = Object.values(state.vgda);
	return {
		node: Object.keys(state.nodes),
		group: Object.keys(config.resourceGroups),
		server: Object.keys(config.appServers),
		monitor: Object.keys(config.appMonitors),
		timer: Object.keys(config.fallbackTimers ?? {}),
		vg: vgs.map(vg => vg.name),
		lv: vgs.flatMap(vg => Object.keys(vg.lvs)),
		fs: vgs.flatMap(vg => Object.keys(vg.filesystems)),
		disk: Object.values(state.disks).flatMap(d => Object.values(d.paths)),
		file: [...Object.keys(state.nodes[node]!.files), '/etc/filesystems', '/etc/inittab'],
		label: Object.keys(config.ipLabels),
		other: [...Object.keys(config.networks), ...Object.keys(state.nodes[node]!.subsystems)],
	};
}

/** The kind of thing a Usage placeholder names. */
function kindOf(placeholder: string): Kind | 'number' {
	const p = placeholder.toLowerCase();
	if (/node/.test(p)) return 'node';
	if (/volumegroup/.test(p)) return 'vg';
	if (/logicalvolume|prefix/.test(p)) return 'lv';
	if (/group/.test(p)) return 'group';
	if (/physicalvolume|hdisk|pvid|device/.test(p)) return 'disk';
	if (/filesystem|mountpoint|directory/.test(p)) return 'fs';
	if (/file|script|method/.test(p)) return 'file';
	if (/server|subsystem/.test(p)) return 'server';
	if (/monitor/.test(p)) return 'monitor';
	if (/^(name|new_name)$/.test(p)) return 'timer';
	if (/number|copies|partitions|size|factor|seconds|hour|minute|day|month|year|count|maxlps|maximum|pid|bound/.test(p)) return 'number';
	return 'other';
}

/** One part of a Usage form: a flag, a placeholder or a literal word, with its alternatives. */
interface Part {
	choices: string[];
	optional: boolean;
}

/** A command's forms from its Usage text (one per line that starts with a command name), the C-SPOC option apart. */
function formsOf(command: Command): Part[][] {
	const text = (command.usage ?? '').replace(/-cspoc "[^"]*"/g, '').replace(/'node1 node2 \.\.\.'/g, 'NodeList');
	const forms = text.split(/\n\s*(?=[a-z][\w.]*\s)/).map(line => {
		const parts: Part[] = [];
		let depth = 0;
		let merge = false;
		const body = line.replace(/^\s*(Usage:)?\s*\S+/, '').replace(/\(.*?\)/g, '');
		for (const token of body.match(/\[|\]|\{[^}]*\}|\||[^\s[\]|{}]+(?:\|[^\s[\]|{}]+)*/g) ?? []) {
			if (token === '[') depth++;
			else if (token === ']') depth = Math.max(0, depth - 1);
			else if (token === '|') merge = parts.length > 0;
			else if (token !== '...') {
				const choices = token
					.replace(/^\{|\}$/g, '')
					.split('|')
					.map(c => c.trim().replace(/\.\.\.$/, ''))
					.filter(Boolean);
				if (merge) parts.at(-1)!.choices.push(...choices);
				else parts.push({choices, optional: depth > 0});
				merge = false;
			}
		}
		return parts;
	});
	return forms.filter(form => form.length > 0).length > 0 ? forms.filter(form => form.length > 0) : [[]];
}

/** The NAME=value properties a Usage text lists ("NAME is one of A, B, ..." or "where NAME is a, B, ..."). */
const propertiesOf = (command: Command) => (/NAME is (?:one of )?([\w, ]+)/.exec(command.usage ?? '')?.[1] ?? 'name').split(/,\s*/);

class Generator {
	readonly commands: Command[];
	private readonly forms = new Map<Command, Part[][]>();

	constructor(
		readonly random: () => number,
		registry: Registry,
		private readonly corpus: readonly string[],
	) {
		this.commands = registry.commands();
		for (const command of this.commands) this.forms.set(command, formsOf(command));
	}

	int(n: number): number {
		return Math.floor(this.random() * n);
	}

	pick<T>(items: readonly T[]): T {
		return items[this.int(items.length)]!;
	}

	chance(p: number): boolean {
		return this.random() < p;
	}

	/** A value for a placeholder: mostly one of its kind the cluster holds, else a new name or a hostile one. */
	value(vocab: Vocabulary, kind: Kind | 'number' = 'other'): string {
		const r = this.random();
		if (kind === 'number' && r < 0.7) return String(this.pick([0, 1, 2, 3, 4, 8, 16, 30, 64, 100, 1000]));
		if (kind === 'number' && r < 0.85)
			return this.pick(['99999999999999999999', '2147483648', '4294967296', '-1', '1e999', '0x10', '007', '3.5', '']);
		if (kind === 'node' && r < 0.4) return this.nodeList(vocab);
		const known = kind === 'number' ? [] : vocab[kind];
		if (r < 0.6 && known.length > 0) return this.pick(known);
		if (r < 0.72) return this.pick(PROTOTYPE_NAMES);
		if (r < 0.8) return `${this.pick(['app', 'rg', 'vg', 'lv', 'mon', 't', '/fs', '/data/d'])}${this.int(100)}`;
		if (r < 0.85) return this.pick(vocab[this.pick(Object.keys(vocab) as Kind[])]) ?? 'x';
		if (r < 0.87) return 'A'.repeat(1 + this.int(20000));
		return this.pick(HOSTILE);
	}

	nodeList(vocab: Vocabulary): string {
		const nodes = Array.from({length: 1 + this.int(3)}, () => (this.chance(0.85) ? this.pick(vocab.node) : this.pick(PROTOTYPE_NAMES)));
		return nodes.join(this.pick([',', ' ']));
	}

	/** A word as typed: quoted so it stays one word, mostly; raw now and then (quotes and operators then count). */
	quote(word: string): string {
		const r = this.random();
		if (r < 0.85) return `'${word.replace(/'/g, `'\\''`)}'`;
		if (r < 0.93) return `"${word.replace(/(["\\$`])/g, '\\$1')}"`;
		return word;
	}

	/** Words following one of the command's Usage forms, each part kept or dropped, now and then a stray one. */
	command(vocab: Vocabulary): string {
		const command = this.pick(this.commands);
		const words: string[] = [this.chance(0.9) ? command.name : `${command.dir}/${command.name}`];
		if ((command.usage ?? '').includes('-cspoc') && this.chance(0.5)) {
			const target = this.chance(0.5) ? `-n ${this.nodeList(vocab)}` : `-g ${this.value(vocab, 'group')}`;
			words.push('-cspoc', this.quote(this.chance(0.1) ? `${target}${this.pick(["'", '"', ' -f', ' -x'])}` : target));
		}
		// One alternative of each part, its words in order; a flag and the placeholder after it go together.
		const tokens = this.pick(this.forms.get(command)!).flatMap(part =>
			this.pick(part.choices)
				.split(/\s+/)
				.map(token => ({token, optional: part.optional})),
		);
		for (let i = 0; i < tokens.length; i++) {
			const {token, optional} = tokens[i]!;
			const valued = token.startsWith('-') && tokens[i + 1] !== undefined && !tokens[i + 1]!.token.startsWith('-');
			if (this.chance(0.03)) words.push(this.quote(this.value(vocab)));
			if (this.chance(optional ? 0.75 : 0.04)) {
				if (valued) i++;
				continue;
			}
			if (token.startsWith('-')) {
				words.push(token);
				if (!valued && this.chance(0.02)) words.push(this.quote(this.value(vocab)));
			} else if (/^[A-Z_]+=value$/.test(token)) {
				const properties = propertiesOf(command);
				for (let n = this.int(4); n >= 0; n--)
					words.push(
						this.quote(
							`${this.pick(properties)}=${this.value(vocab, this.pick(['group', 'server', 'vg', 'fs', 'label', 'number', 'file', 'monitor'] as const))}`,
						),
					);
			} else if (/^[a-z]+$/.test(token) && kindOf(token) === 'other') words.push(this.chance(0.9) ? token : this.quote(this.value(vocab)));
			else {
				const kind = kindOf(token);
				for (let n = this.chance(0.2) ? 1 + this.int(2) : 0; n >= 0; n--) words.push(this.quote(this.value(vocab, kind)));
			}
			if (valued) {
				const next = tokens[++i]!.token;
				const literal = /^[a-z]+$/.test(next) && kindOf(next) === 'other';
				words.push(literal && this.chance(0.9) ? next : this.quote(this.value(vocab, kindOf(next))));
			}
		}
		if (this.chance(0.1)) words.push(this.chance(0.5) ? `-${String.fromCharCode(97 + this.int(26))}` : this.quote(this.value(vocab)));
		return words.join(' ');
	}

	/** A text command over the node's files, a prototype name or a redirection. */
	fileCommand(vocab: Vocabulary): string {
		const file = this.chance(0.5) && vocab.file.length > 0 ? this.pick(vocab.file) : this.pick(PROTOTYPE_NAMES);
		const r = this.random();
		if (r < 0.3) return `${this.pick(TEXT_COMMANDS)} ${this.quote(file)}`;
		if (r < 0.5) return `grep ${this.quote(this.value(vocab))} ${this.quote(file)}`;
		if (r < 0.7) return `echo ${this.quote(this.value(vocab))} ${this.pick(['>', '>>'])} ${this.quote(file)}`;
		return `cat < ${this.quote(file)}`;
	}

	/** A line the tests run with a word or two changed: another known name, a hostile value, a word dropped or doubled. */
	mutant(vocab: Vocabulary): string {
		const words = wordsOf(this.pick(this.corpus)) ?? [];
		for (let n = 1 + this.int(2); n > 0 && words.length > 1; n--) {
			const at = 1 + this.int(words.length - 1);
			const r = this.random();
			if (r < 0.6) words[at] = this.value(vocab, this.pick(Object.keys(vocab) as Kind[]));
			else if (r < 0.8) words.splice(at, 1);
			else words.splice(at, 0, words[at]!);
		}
		return joinWords(words);
	}

	line(vocab: Vocabulary): string {
		const r = this.random();
		if (this.corpus.length > 0 && this.chance(0.3)) return this.mutant(vocab);
		if (r < 0.1) return this.fileCommand(vocab);
		if (r < 0.18) {
			const parts = [this.command(vocab), this.pick(OPERATORS), this.command(vocab)];
			return this.chance(0.3) ? `${parts.join(' ')} ${this.pick(OPERATORS)} ${this.fileCommand(vocab)}` : parts.join(' ');
		}
		return this.command(vocab);
	}
}

/** Command lines the tests run (`.ok('...')`, `.run("...")`, `.refused(...)`): valid, deep ones to mutate. */
export function testCorpus(dir = 'test'): string[] {
	const lines = new Set<string>();
	for (const file of readdirSync(dir)
		.filter(f => f.endsWith('.test.ts'))
		.sort()) {
		for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/\.(?:ok|run|refused)\((?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g)) {
			lines.add((match[1] ?? match[2]!).replace(/\\(.)/g, '$1'));
		}
	}
	return [...lines];
}

/** True when a line is one simple command, so its exit code is that command's. */
function simple(line: string): boolean {
	try {
		return !tokenize(line).some(t => t.kind === 'op' && t.op !== '<' && t.op !== '>' && t.op !== '>>');
	} catch {
		return true;
	}
}

/**
 * Run `lines` random lines (runs of `sequence` lines per fresh scenario) and
 * report every broken invariant. The same seed gives the same lines.
 */
export function fuzz(options: {
	seed: number;
	lines: number;
	sequence?: number;
	scenarios?: readonly string[];
	corpus?: readonly string[];
	onProgress?: (done: number) => void;
}): FuzzReport {
	const random = prng(options.seed);
	const registry = createRegistry();
	// Commands that may keep a change although they fail say so through keepOnFailure.
	let kept = false;
	const watch = (command: Command): Command => ({
		...command,
		run: ctx =>
			command.run(
				new Proxy(ctx, {
					get: (target, key) =>
						key === 'keepOnFailure'
							? (change: (state: ClusterState) => void) => {
									kept = true;
									target.keepOnFailure(change);
								}
							: Reflect.get(target, key),
				}),
			),
		// A command whose flags differ by release runs its release's variant: watch those too.
		...(command.byRelease && {
			byRelease: Object.fromEntries(Object.entries(command.byRelease).map(([release, variant]) => [release, watch(variant!)])),
		}),
	});
	const watched = new Registry(registry.commands().map(watch));
	const generator = new Generator(random, watched, options.corpus ?? testCorpus());
	const scenarios = installedScenarios().filter(s => !options.scenarios || options.scenarios.includes(s.name));
	const sequence = options.sequence ?? 40;
	const built = new Map<(typeof scenarios)[number], ClusterState>();
	const findings: Finding[] = [];
	let internalErrors = 0;
	let succeeded = 0;
	const start = performance.now();
	let done = 0;
	while (done < options.lines) {
		const scenario = generator.pick(scenarios);
		// States are immutable values (each command makes a new one), so a scenario is built once.
		const initial = built.get(scenario) ?? built.set(scenario, scenario.build(Date.UTC(2026, 10, 21, 12, 0, 0))).get(scenario)!;
		const nodes = Object.keys(initial.nodes);
		const home = generator.pick(nodes);
		// Time passes between lines, as on a real terminal: settling and fallback timers and monitors fire.
		let now = initial.clock;
		const session: Session = {state: initial, node: home, registry: watched, beforeCommand: draft => catchUpClock(draft, now)};
		const history: string[] = [];
		let vocab = vocabulary(session.state, home);
		// Often the cluster runs first (services started everywhere), so events, moves and DARE get exercised.
		const planned = generator.chance(0.4) ? nodes.map(node => ({node, line: 'rc.cluster -N'})) : [];
		for (let i = 0; i < sequence && done < options.lines; i++, done++) {
			const {node, line} = planned.shift() ?? {node: generator.chance(0.9) ? home : generator.pick(nodes), line: generator.line(vocab)};
			session.node = node;
			// Now and then the state goes through its file, as between two hasmit runs.
			if (generator.chance(0.03)) {
				session.state = JSON.parse(JSON.stringify(session.state)) as ClusterState;
				history.push('# the state went through its file');
			}
			now += generator.chance(0.2) ? generator.int(3_600_000) : generator.int(2000);
			const before = session.state;
			kept = false;
			const report = (problem: string) => findings.push({scenario: scenario.name, history: [...history], line: `${node}: ${line}`, problem});
			try {
				const result = runLine(session, line);
				if (result.code === 0) succeeded++;
				if (result.stderr.includes('internal error')) {
					internalErrors++;
					report(result.stderr.split('\n').find(l => l.includes('internal error'))!);
				}
				if (result.code !== 0 && simple(line) && !kept && session.state !== before) report(`failed (${result.code}) but changed the cluster`);
			} catch (error) {
				internalErrors++;
				report(`exception out of runLine: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
			}
			if (session.state !== before) {
				const violations = checkInvariants(session.state);
				if (violations.length > 0) report(`invariants broken: ${violations.join('; ')}`);
				vocab = vocabulary(session.state, home);
			}
			history.push(`${node}: ${line}`);
			if (done % 1000 === 999) options.onProgress?.(done + 1);
		}
	}
	return {lines: done, succeeded, internalErrors, findings, ms: performance.now() - start};
}

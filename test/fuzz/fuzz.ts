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
import {createRegistry} from '../../src/commands/index.js';
import {SCENARIOS} from '../../src/cluster/scenarios/index.js';
import {checkInvariants} from '../../src/cluster/invariants.js';
import {dcdOf} from '../../src/cluster/config.js';
import type {ClusterState} from '../../src/cluster/state.js';

/** Names that are also properties of every plain object. */
export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupGetter__'];

const HOSTILE = [
	'', ' ', '-', '--', '0', '-1', '99999999999999999999', '1e999', 'NaN', '3.5', 'x'.repeat(33), 'é', 'Ωmega', '漢字', '🙂',
	'a\nb', 'a\tb', 'a\rb', '\x01', '\x1b[200~', '\x7f', "it's", 'say "hi"', 'back\\slash', 'a b', '*', '?', '$(hostname)', '`id`',
	'/', '/tmp/x', '../../etc/passwd', '/etc/filesystems', 'a,b', 'a:b', 'a=b', '%s%n', '\u202e', '\ufeff',
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
	/** The lines run on this scenario before the failing one, to replay it. */
	history: string[];
	line: string;
	problem: string;
}

export interface FuzzReport {
	lines: number;
	internalErrors: number;
	findings: Finding[];
	ms: number;
}

interface Vocabulary {
	nodes: string[];
	names: string[];
	paths: string[];
}

/** The names a scenario holds now: nodes, groups, servers, monitors, timers, VGs, LVs, file systems, files. */
function vocabulary(state: ClusterState, node: string): Vocabulary {
	const config = dcdOf(state, node);
	const names = [
		...Object.keys(config.resourceGroups),
		...Object.keys(config.appServers),
		...Object.keys(config.appMonitors),
		...Object.keys(config.fallbackTimers ?? {}),
		...Object.keys(config.networks),
		...Object.keys(config.ipLabels),
		...Object.values(state.vgda).flatMap(vg => [vg.name, ...Object.keys(vg.lvs)]),
		...Object.values(state.disks).flatMap(d => Object.values(d.paths)),
		...Object.keys(state.users).slice(0, 20),
	];
	const paths = [...Object.keys(state.nodes[node]!.files), ...Object.values(state.vgda).flatMap(vg => Object.keys(vg.filesystems))];
	return {nodes: Object.keys(state.nodes), names, paths};
}

/** Flags a command's Usage text names: `-x` letters and `-word` options. */
function flagsOf(command: Command): string[] {
	const flags = new Set<string>();
	for (const match of (command.usage ?? '').matchAll(/(?:^|[\s[|])-([A-Za-z]+)/g)) {
		const word = match[1]!;
		flags.add(`-${word}`);
		if (word.length > 1) for (const letter of word) flags.add(`-${letter}`);
	}
	return [...flags];
}

class Generator {
	readonly commands: Command[];
	private readonly flags = new Map<Command, string[]>();

	constructor(
		readonly random: () => number,
		registry: Registry,
	) {
		this.commands = registry.commands();
		for (const command of this.commands) this.flags.set(command, flagsOf(command));
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

	/** A value: mostly something the cluster knows, else a hostile one. */
	value(vocab: Vocabulary): string {
		const r = this.random();
		if (r < 0.35 && vocab.names.length > 0) return this.pick(vocab.names);
		if (r < 0.45) return this.pick(vocab.nodes);
		if (r < 0.55 && vocab.paths.length > 0) return this.pick(vocab.paths);
		if (r < 0.7) return this.pick(PROTOTYPE_NAMES);
		if (r < 0.75) return this.nodeList(vocab);
		if (r < 0.78) return 'A'.repeat(1 + this.int(20000));
		if (r < 0.85) return `${this.pick(['app', 'rg', 'vg', 'lv', 'fs', 'mon', 't'])}${this.int(100)}`;
		if (r < 0.88) return `/${this.pick(['fs', 'data', 'app', 'tmp'])}${this.int(50)}`;
		if (r < 0.9) return String(this.int(1000));
		return this.pick(HOSTILE);
	}

	nodeList(vocab: Vocabulary): string {
		const nodes = Array.from({length: 1 + this.int(3)}, () => (this.chance(0.8) ? this.pick(vocab.nodes) : this.pick(PROTOTYPE_NAMES)));
		return nodes.join(this.pick([',', ' ']));
	}

	/** A word as typed: quoted so it stays one word, mostly; raw now and then (quotes and operators then count). */
	quote(word: string): string {
		const r = this.random();
		if (r < 0.8) return `'${word.replace(/'/g, `'\\''`)}'`;
		if (r < 0.9) return `"${word.replace(/(["\\$`])/g, '\\$1')}"`;
		return word;
	}

	command(vocab: Vocabulary): string {
		const command = this.pick(this.commands);
		const name = this.chance(0.9) ? command.name : `${command.dir}/${command.name}`;
		const words: string[] = [name];
		const flags = this.flags.get(command)!;
		const count = this.int(6);
		for (let i = 0; i < count; i++) {
			const r = this.random();
			if (r < 0.6 && flags.length > 0) {
				words.push(this.pick(flags));
				if (this.chance(0.8)) words.push(this.quote(this.value(vocab)));
			} else if (r < 0.65) words.push(`-${String.fromCharCode(97 + this.int(26))}`);
			else if (r < 0.7 && (command.usage ?? '').includes('-cspoc')) {
				words.push('-cspoc', this.quote(this.chance(0.5) ? `-n ${this.nodeList(vocab)}` : `-g ${this.pick([...vocab.names, ...PROTOTYPE_NAMES, "a'b", 'x"y'])}`));
			} else words.push(this.quote(this.value(vocab)));
		}
		return words.join(' ');
	}

	/** A text command over the node's files, a prototype name or a redirection. */
	fileCommand(vocab: Vocabulary): string {
		const file = this.chance(0.5) && vocab.paths.length > 0 ? this.pick(vocab.paths) : this.pick(PROTOTYPE_NAMES);
		const r = this.random();
		if (r < 0.3) return `${this.pick(TEXT_COMMANDS)} ${this.quote(file)}`;
		if (r < 0.5) return `grep ${this.quote(this.value(vocab))} ${this.quote(file)}`;
		if (r < 0.7) return `echo ${this.quote(this.value(vocab))} ${this.pick(['>', '>>'])} ${this.quote(file)}`;
		return `cat < ${this.quote(file)}`;
	}

	line(vocab: Vocabulary): string {
		const r = this.random();
		if (r < 0.1) return this.fileCommand(vocab);
		if (r < 0.2) {
			const parts = [this.command(vocab), this.pick(OPERATORS), this.command(vocab)];
			return this.chance(0.3) ? `${parts.join(' ')} ${this.pick(OPERATORS)} ${this.fileCommand(vocab)}` : parts.join(' ');
		}
		return this.command(vocab);
	}
}

/** True when a line is one simple command, so its exit code is that command's. */
const simple = (line: string) => !/[;|&<>]/.test(line.replace(/'[^']*'/g, "''"));

/**
 * Run `lines` random lines (runs of `sequence` lines per fresh scenario) and
 * report every broken invariant. The same seed gives the same lines.
 */
export function fuzz(options: {seed: number; lines: number; sequence?: number; scenarios?: readonly string[]; onProgress?: (done: number) => void}): FuzzReport {
	const random = prng(options.seed);
	const registry = createRegistry();
	// Commands that may keep a change although they fail say so through keepOnFailure.
	let kept = false;
	const watched = new Registry(
		registry.commands().map(command => ({
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
		})),
	);
	const generator = new Generator(random, watched);
	const scenarios = SCENARIOS.filter(s => !options.scenarios || options.scenarios.includes(s.name));
	const sequence = options.sequence ?? 40;
	const findings: Finding[] = [];
	let internalErrors = 0;
	const start = performance.now();
	let done = 0;
	while (done < options.lines) {
		const scenario = generator.pick(scenarios);
		const initial = scenario.build(Date.UTC(2026, 10, 21, 12, 0, 0));
		const nodes = Object.keys(initial.nodes);
		const session: Session = {state: initial, node: generator.pick(nodes), registry: watched};
		const history: string[] = [];
		let vocab = vocabulary(session.state, session.node);
		for (let i = 0; i < sequence && done < options.lines; i++, done++) {
			const line = generator.line(vocab);
			const before = session.state;
			kept = false;
			const report = (problem: string) => findings.push({scenario: scenario.name, history: [...history], line, problem});
			try {
				const result = runLine(session, line);
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
				vocab = vocabulary(session.state, session.node);
			}
			history.push(line);
			if (done % 1000 === 999) options.onProgress?.(done + 1);
		}
	}
	return {lines: done, internalErrors, findings, ms: performance.now() - start};
}

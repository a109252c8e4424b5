/**
 * The simulated shell: runs a command line (lists with `;` `&&` `||`,
 * pipelines, `>` `>>` `<` on the node's simulated files) against the cluster.
 * Every simple command is a transaction: it works on a draft of the state
 * and only a command that exits 0 with the model's invariants intact is kept.
 */
import {createDraft, finishDraft, freeze, setAutoFreeze, type Draft} from 'immer';
import type {ClusterState} from '../cluster/state.js';
import {checkInvariants} from '../cluster/invariants.js';
import {writeFile} from '../cluster/files.js';
import {CommandError, UsageError} from '../cluster/errors.js';
import {removeMapPrototypes} from '../cluster/state-shape.js';
import {controlCharacterIn, printable, printableLines} from '../cluster/printable.js';
import {runAppScript} from '../cluster/app-scripts.js';
import {expandPattern} from './glob.js';
import {isPoweredOff, SIMULATION_BIN} from '../cluster/failure/model.js';
import {fault} from '../cluster/failure/messages.js';
import {tokenize, syntaxError, ShellSyntaxError, type Token, type Operator} from './tokenize.js';
import type {CommandContext, FullScreen, Registry} from './registry.js';

export type {FullScreen};
import {installScriptShell} from '../cluster/event-scripts/script-shell.js';
import {expandWords} from './expand.js';

// Committed states are frozen only when HASMIT_FREEZE=1 (the tests set it): a write that bypasses
// the draft then throws instead of outliving a failed command. Freezing a freshly loaded `big`
// state costs about 6 ms, which every command pays since each starts from the state file.
// immer does not freeze by itself: a new state loses its objects' prototypes first (records.ts).
const FREEZE = process.env.HASMIT_FREEZE === '1';
setAutoFreeze(false);

/** A state a command made, ready to commit: its new maps without prototypes, frozen in tests. */
function committed(draft: ClusterState, before: ClusterState): ClusterState {
	const next = removeMapPrototypes(finishDraft(draft as Draft<ClusterState>) as ClusterState, before);
	return FREEZE && next !== before ? freeze(next, true) : next;
}

/** Text a command wrote to stdout (1) or stderr (2). */
export interface Chunk {
	fd: 1 | 2;
	text: string;
}

export interface ShellResult {
	stdout: string;
	stderr: string;
	/** Both streams interleaved in the order they were written, as a terminal shows them. */
	output: string;
	chunks: Chunk[];
	code: number;
	/** The question the line stopped at, on SMIT's terminal, waiting for an answer: nothing was changed. */
	question?: string;
	/** What is typed at the question is not shown (a password). */
	unechoed?: true;
	/** The line ended in a full-screen program (clstat): the terminal keeps its output up to date (CommandContext.fullScreen). */
	screen?: FullScreen;
	/** The line handed the terminal to a SMIT session on this node (CommandContext.openSmit). */
	smitNode?: string;
}

/** A question with no answer yet: the line stops and its changes are dropped (see CommandContext.ask). */
class Unanswered {
	constructor(
		readonly question: string,
		readonly unechoed: boolean,
	) {}
}

/** SMIT's terminal, lent to the commands of one line: the answers typed so far, read in turn. */
type Terminal = {answers: string[]} | undefined;

/**
 * The chunks' text joined by concatenation, not copied: V8 keeps it a rope (C-SPOC listings on big are 90 MB, each
 * node's a rope too), flattened once by whoever reads it, as writing it to the terminal does anyway.
 */
function textOf(chunks: readonly Chunk[], fd?: 1 | 2): string {
	let text = '';
	for (const chunk of chunks) if (fd === undefined || chunk.fd === fd) text += chunk.text;
	return text;
}

function shellResult(chunks: Chunk[], code: number): ShellResult {
	const stdout = textOf(chunks, 1);
	const stderr = textOf(chunks, 2);
	// Without stderr the output is stdout: not joined twice (C-SPOC listings on big are 90 MB).
	return {stdout, stderr, output: stderr === '' ? stdout : textOf(chunks), chunks, code};
}

/** The cluster a shell works on, the node it is on, and the commands it knows. */
export interface Session {
	state: ClusterState;
	node: string;
	registry: Registry;
	/** Called with each command's draft before it runs (clock, due timers). */
	beforeCommand?: (draft: ClusterState) => void;
	/** The environment every command starts with (the locale: LANG, LC_ALL, LC_MESSAGES); a line's assignments add to it. */
	env?: Readonly<Record<string, string>>;
	/** Who hears about each line run (see observe); absent until someone observes. */
	observers?: Set<LineObserver>;
}

/**
 * Where a line came from: SMIT's screens (tui-*), SMIT's dialog rules driven without screens (smit-*),
 * the F9 shell, `hasmit exec`, `hasmit shell`, or code calling runLine (script).
 */
export type LineOrigin = `${'tui' | 'smit'}-${'dialog' | 'list' | 'discover' | 'classify'}` | 'f9-shell' | 'exec' | 'shell' | 'script';

/** One line the shell ran, as its observers see it. */
export interface LineRun {
	line: string;
	node: string;
	origin: LineOrigin;
	result: ShellResult;
	/** The state before the line ran and after it (the same object when the line changed nothing). */
	before: ClusterState;
	after: ClusterState;
}

export type LineObserver = (run: LineRun) => void;

/**
 * Hear about every line the session runs from now on (guided labs check the learner's work this way); returns the
 * unsubscribe. Observers are called before runLine returns (in the CLI, still under the state file's lock): keep them quick.
 */
export function observe(session: Session, observer: LineObserver): () => void {
	(session.observers ??= new Set()).add(observer);
	return () => void session.observers?.delete(observer);
}

interface SimpleCommand {
	words: string[];
	/** The file name pattern of each word that has one (tokenize.ts), expanded when the command runs. */
	patterns?: Map<number, string>;
	env: Record<string, string>;
	input?: string;
	output?: {path: string; append: boolean};
}

interface Pipeline {
	commands: SimpleCommand[];
	/** How this pipeline joins the previous one. */
	connector: ';' | '&&' | '||';
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

function parse(tokens: Token[]): Pipeline[] {
	const pipelines: Pipeline[] = [];
	let pipeline: Pipeline = {commands: [], connector: ';'};
	// Variables are named by the user (`__proto__=x cmd`): a map without a prototype keeps them as keys.
	const newCommand = (): SimpleCommand => ({words: [], env: Object.create(null) as Record<string, string>});
	let command = newCommand();
	const syntax = (near: string) => syntaxError(`\`${near}' is not expected.`);
	const endCommand = (op: Operator | 'end') => {
		if (command.words.length === 0 && Object.keys(command.env).length === 0) {
			if (op === 'end' && pipeline.commands.length === 0) return false;
			throw syntax(op === 'end' ? 'newline' : op);
		}
		pipeline.commands.push(command);
		command = newCommand();
		return true;
	};
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		if (token.kind === 'word') {
			const assignment = command.words.length === 0 ? ASSIGNMENT.exec(token.value) : null;
			if (assignment) command.env[assignment[1]!] = assignment[2]!;
			else {
				if (token.pattern !== undefined) (command.patterns ??= new Map()).set(command.words.length, token.pattern);
				command.words.push(token.value);
			}
			continue;
		}
		const {op} = token;
		if (op === '>' || op === '>>' || op === '<') {
			const target = tokens[++i];
			if (target?.kind !== 'word') throw syntax(target?.kind === 'op' ? target.op : 'newline');
			if (op === '<') command.input = target.value;
			else command.output = {path: target.value, append: op === '>>'};
			continue;
		}
		if (op === '|') {
			endCommand(op);
			continue;
		}
		if (op === '&') throw new ShellSyntaxError('0403-011 Background jobs are not available in this shell.');
		if (!endCommand(op) && pipelines.length === 0) throw syntax(op);
		pipelines.push(pipeline);
		pipeline = {commands: [], connector: op};
	}
	if (endCommand('end')) pipelines.push(pipeline);
	else if (pipeline.connector !== ';') throw syntax('newline');
	return pipelines;
}

/**
 * Run one command line; the session's state is replaced by each command that succeeds. Every line passes here, so
 * observers hear of it here (a line stopped at a question changed nothing; they hear of it when it runs again).
 * `answers`: the line runs on SMIT's terminal, and these are what the user typed at its questions so far.
 */
export function runLine(session: Session, line: string, origin: LineOrigin = 'script', answers?: readonly string[]): ShellResult {
	const before = session.state;
	const result = runPipelines(session, line, answers && {answers: [...answers]});
	if (session.observers?.size && result.question === undefined) {
		const run: LineRun = {line, node: session.node, origin, result, before, after: session.state};
		for (const observer of session.observers) observer(run);
	}
	return result;
}

function runPipelines(session: Session, line: string, terminal: Terminal): ShellResult {
	let pipelines: Pipeline[];
	try {
		pipelines = parse(tokenize(line));
	} catch (error) {
		if (!(error instanceof ShellSyntaxError)) throw error;
		return shellResult([{fd: 2, text: `ksh: ${error.message}\n`}], 2);
	}
	const chunks: Chunk[] = [];
	let code = 0;
	let question: string | undefined;
	let unechoed = false;
	let screen: FullScreen | undefined;
	let smitNode: string | undefined;
	for (const pipeline of pipelines) {
		if (question !== undefined) break;
		if (pipeline.connector === '&&' && code !== 0) continue;
		if (pipeline.connector === '||' && code === 0) continue;
		let stdin = '';
		pipeline.commands.forEach((command, index) => {
			if (question !== undefined) return;
			const last = index === pipeline.commands.length - 1;
			// Only a command whose output reaches the terminal can take it as a full screen.
			const out = runSimpleCommand(session, command, stdin, terminal, last && !command.output);
			code = out.code;
			question = out.question;
			unechoed = out.unechoed;
			screen = out.screen ?? screen;
			smitNode = out.smitNode ?? smitNode;
			if (last) chunks.push(...out.chunks);
			else {
				// Earlier commands of a pipe feed the next one; only their stderr reaches the terminal.
				stdin = out.take(1);
				chunks.push(...out.chunks);
			}
		});
	}
	if (question === undefined) return {...shellResult(chunks, code), ...(screen && {screen}), ...(smitNode !== undefined && {smitNode})};
	return {...shellResult(chunks, 0), question, ...(unechoed ? {unechoed: true as const} : {})};
}

/** What a command writes, in order, and the changes it keeps even if it fails. */
class Output {
	chunks: Chunk[] = [];
	kept: Array<(state: ClusterState) => void> = [];
	code = 0;
	question: string | undefined;
	unechoed = false;
	screen: FullScreen | undefined;
	smitNode: string | undefined;

	write(fd: 1 | 2, text: string): void {
		if (text) this.chunks.push({fd, text});
	}

	/** Remove what was written to one stream and return it (a pipe or a redirection takes it). */
	take(fd: 1 | 2): string {
		const text = textOf(this.chunks, fd);
		this.chunks = this.chunks.filter(c => c.fd !== fd);
		return text;
	}
}

/** Commit what a failed command asked to keep (a log it wrote, a corrective action it finished). */
function keepAfterFailure(session: Session, kept: Output['kept']): void {
	if (kept.length === 0) return;
	const draft = createDraft(session.state) as ClusterState;
	for (const change of kept) change(draft);
	const next = committed(draft, session.state);
	if (checkInvariants(next, session.state).length > 0) return;
	session.state = next;
	withoutPrototype.add(next);
}

function runSimpleCommand(session: Session, command: SimpleCommand, stdin: string, terminal: Terminal, toTerminal: boolean): Output {
	const out = new Output();
	if (command.words.length === 0) return out;
	settled(session);
	// Event scripts and cron jobs (fired while time passes, or by the command's events) run through this session's shell.
	installScriptShell((draft, node, text, argv) => runScript(session.registry, draft, node, text, argv));
	if (command.input !== undefined) {
		const file = session.state.nodes[session.node]?.files[command.input];
		if (file === undefined) {
			out.write(2, `ksh: ${command.input}: 0403-016 Cannot find or open the file.\n`);
			out.code = 1;
			return out;
		}
		stdin = file;
	}
	const draft = createDraft(session.state) as ClusterState;
	try {
		session.beforeCommand?.(draft);
	} catch (error) {
		// Time passing (timers firing) failed: report it for this command rather than take the shell down.
		out.write(2, `hasmit: internal error while simulated time passed: ${error instanceof Error ? error.message : String(error)}\n`);
		out.code = 2;
		return out;
	}
	// Patterns match the files as they are when the command starts, as ksh expands a word before running it.
	const patterns = command.patterns;
	const words = patterns
		? command.words.flatMap((word, i) => (patterns.has(i) ? expandPattern(session.state, session.node, word, patterns.get(i)!) : [word]))
		: command.words;
	try {
		const env = session.env ? {...session.env, ...command.env} : command.env;
		out.code = execute(session, draft, session.node, words, env, stdin, out, toTerminal ? terminal : undefined, terminal);
	} catch (error) {
		if (!(error instanceof Unanswered)) throw error;
		// Nothing is kept, not even what keepOnFailure would: the line runs again, from the start, with the answer.
		out.question = error.question;
		out.unechoed = error.unechoed;
		return out;
	}
	if (out.code === 0 && command.output) {
		const text = out.take(1);
		if (command.output.path !== '/dev/null') writeFile(draft.nodes[session.node]!, command.output.path, text, command.output.append);
	}
	if (out.code !== 0) {
		keepAfterFailure(session, out.kept);
		return out;
	}
	const next = committed(draft, session.state);
	if (next !== session.state) {
		const control = controlCharacterIn(next, session.state);
		if (control !== undefined) {
			// What it printed on the way reported a change that is not made.
			out.take(1);
			const name = command.words[0];
			out.write(2, `${name}: "${printable(control)}" holds a control character; names, paths and values cannot.\n${name}: nothing was changed.\n`);
			out.code = 1;
			return out;
		}
		const violations = checkInvariants(next, session.state);
		if (violations.length > 0) {
			for (const v of violations) out.write(2, `${command.words[0]}: the change would leave the cluster inconsistent: ${v}\n`);
			out.write(2, `${command.words[0]}: nothing was changed.\n`);
			out.code = 1;
			return out;
		}
		session.state = next;
		withoutPrototype.add(next);
	}
	return out;
}

/**
 * Let simulated time pass with no command (a screen kept up to date): what falls due happens, as before any command.
 * A failure while time passes changes nothing here; the next command reports it.
 */
export function passTime(session: Session): void {
	if (!session.beforeCommand) return;
	settled(session);
	const draft = createDraft(session.state) as ClusterState;
	try {
		session.beforeCommand(draft);
	} catch {
		return;
	}
	const next = committed(draft, session.state);
	if (next === session.state || checkInvariants(next, session.state).length > 0) return;
	session.state = next;
	withoutPrototype.add(next);
}

/** States whose maps have no prototype (see records.ts): the ones commands made, and those settled here. */
const withoutPrototype = new WeakSet<ClusterState>();

/** A state loaded or built elsewhere has its maps' prototypes removed once, before a command reads one by name. */
function settled(session: Session): void {
	if (withoutPrototype.has(session.state)) return;
	removeMapPrototypes(session.state);
	if (FREEZE) freeze(session.state, true);
	withoutPrototype.add(session.state);
}

function execute(
	session: Session,
	draft: ClusterState,
	node: string,
	argv: readonly string[],
	env: Record<string, string>,
	stdin: string,
	out: Output,
	display: Terminal,
	terminal: Terminal,
): number {
	const command = session.registry.lookup(argv[0]!, draft.release);
	if (isPoweredOff(draft, node) && command?.dir !== SIMULATION_BIN) {
		out.write(2, `${fault.poweredOff(node).join('\n')}\n`);
		return 1;
	}
	if (!command) {
		if (runAppScript(draft, node, argv[0]!)) return 0;
		const script = argv[0]!.startsWith('/') ? draft.nodes[node]?.files[argv[0]!] : undefined;
		if (script?.startsWith('#!')) {
			const run = runScript(session.registry, draft, node, script, argv);
			out.chunks.push(...run.chunks);
			return run.code;
		}
		out.write(2, `ksh: ${argv[0]}:  not found.\n`);
		return 127;
	}
	const ctx: CommandContext = {
		argv,
		name: command.name,
		env,
		stdin,
		node,
		state: draft,
		write: text => out.write(1, text),
		print: (line = '') => out.write(1, `${line}\n`),
		error: line => out.write(2, `${line}\n`),
		keepOnFailure: change => {
			change(draft);
			out.kept.push(change);
		},
		fullScreen: program => {
			if (!display) return false;
			out.screen = program;
			return true;
		},
		openSmit: smitNode => {
			if (!display) return false;
			out.smitNode = smitNode;
			return true;
		},
		ask: (question, options) => {
			if (!terminal) return undefined;
			const answer = terminal.answers.shift();
			if (answer === undefined) throw new Unanswered(question, options?.echo === false);
			return answer;
		},
		exec: (childArgv, options = {}) =>
			execute(session, draft, options.node ?? node, childArgv, {...env, ...options.env}, options.stdin ?? '', out, display, terminal),
		lookup: word => session.registry.lookup(word, draft.release),
	};
	try {
		return command.run(ctx) ?? 0;
	} catch (error) {
		if (error instanceof Unanswered) throw error;
		if (error instanceof CommandError) {
			// A refusal may quote what was typed: its control characters are shown escaped.
			if (error.message) out.write(2, `${printableLines(error.message)}\n`);
			if (error instanceof UsageError && command.usage) out.write(2, `${command.usage}\n`);
			return error.code;
		}
		const message = error instanceof Error ? error.message : String(error);
		out.write(2, `${command.name}: internal error: ${message}\n`);
		return 2;
	}
}

/**
 * A shell script run inside a command's draft (administrators' event scripts, cron jobs, scripts typed by path), line
 * by line as ksh runs it without `set -e`: $0..$9, $*, $#, $? and the variables it sets are expanded outside single
 * quotes, `exit N` ends it. Returns what it wrote (both streams in order, and as chunks) and its exit code.
 */
export function runScript(registry: Registry, draft: ClusterState, node: string, text: string, argv: readonly string[]): ScriptResult {
	// A script that runs itself, directly or not, runs out of processes as ksh does instead of the host's stack.
	if (scriptDepth >= MAX_SCRIPT_DEPTH) {
		const chunks: Chunk[] = [{fd: 2, text: 'ksh: 0403-031 The fork function failed. Too many processes already exist.\n'}];
		return {code: 1, output: chunks[0]!.text, chunks};
	}
	scriptDepth++;
	try {
		return runScriptLines(registry, draft, node, text, argv);
	} finally {
		scriptDepth--;
	}
}

/** How many scripts run inside one another now, and how many may. */
let scriptDepth = 0;
const MAX_SCRIPT_DEPTH = 64;

/** What a script wrote and its exit code. */
type ScriptResult = {code: number; output: string; chunks: Chunk[]};

function runScriptLines(...[registry, draft, node, text, argv]: Parameters<typeof runScript>): ScriptResult {
	const session: Session = {state: draft, node, registry};
	const out = new Output();
	const vars: Record<string, string> = Object.create(null);
	let code = 0;
	let exited = false;
	for (const raw of text.split('\n')) {
		let pipelines: Pipeline[];
		try {
			pipelines = parse(tokenize(expandWords(raw, argv, vars, code)));
		} catch (error) {
			if (!(error instanceof ShellSyntaxError)) throw error;
			out.write(2, `ksh: ${error.message}\n`);
			return {code: 2, output: textOf(out.chunks), chunks: out.chunks};
		}
		for (const pipeline of pipelines) {
			if (exited || (pipeline.connector === '&&' && code !== 0) || (pipeline.connector === '||' && code === 0)) continue;
			let stdin = '';
			pipeline.commands.forEach((command, index) => {
				const [name, status] = command.words;
				if (name === 'exit') {
					// The exit builtin: its status, or the last command's.
					code = status === undefined ? code : Number(status) & 255;
					exited = true;
				}
				if (exited) return;
				if (command.words.length === 0) {
					Object.assign(vars, command.env);
					code = 0;
					return;
				}
				const step = new Output();
				const input = command.input === undefined ? stdin : draft.nodes[node]?.files[command.input];
				if (input === undefined) {
					out.write(2, `ksh: ${command.input}: 0403-016 Cannot find or open the file.\n`);
					code = 1;
					return;
				}
				code = execute(session, draft, node, command.words, command.env, input, step, undefined, undefined);
				if (index < pipeline.commands.length - 1) stdin = step.take(1);
				else if (command.output) {
					const text = step.take(1);
					if (command.output.path !== '/dev/null') writeFile(draft.nodes[node]!, command.output.path, text, command.output.append);
				}
				out.chunks.push(...step.chunks);
			});
		}
		if (exited) break;
	}
	return {code, output: textOf(out.chunks), chunks: out.chunks};
}

/**
 * The simulated shell: runs a command line (lists with `;` `&&` `||`,
 * pipelines, `>` `>>` `<` on the node's simulated files) against the cluster.
 * Every simple command is a transaction: it works on a draft of the state
 * and only a command that exits 0 with the model's invariants intact is kept.
 */
import {createDraft, finishDraft, setAutoFreeze, type Draft} from 'immer';
import type {ClusterState} from '../cluster/state.js';
import {checkInvariants} from '../cluster/invariants.js';
import {writeFile} from '../cluster/files.js';
import {CommandError, UsageError} from './errors.js';
import {tokenize, ShellSyntaxError, type Token, type Operator} from './tokenize.js';
import type {CommandContext, Registry} from './registry.js';

setAutoFreeze(false);

export interface ShellResult {
	stdout: string;
	stderr: string;
	code: number;
}

/** The cluster a shell works on, the node it is on, and the commands it knows. */
export interface Session {
	state: ClusterState;
	node: string;
	registry: Registry;
	/** Called with each command's draft before it runs (clock, due timers). */
	beforeCommand?: (draft: ClusterState) => void;
}

interface SimpleCommand {
	words: string[];
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
	let command: SimpleCommand = {words: [], env: {}};
	const syntax = (near: string) => new ShellSyntaxError(`0403-057 Syntax error at line 1 : \`${near}' is not expected.`);
	const endCommand = (op: Operator | 'end') => {
		if (command.words.length === 0 && Object.keys(command.env).length === 0) {
			if (op === 'end' && pipeline.commands.length === 0) return false;
			throw syntax(op === 'end' ? 'newline' : op);
		}
		pipeline.commands.push(command);
		command = {words: [], env: {}};
		return true;
	};
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		if (token.kind === 'word') {
			const assignment = command.words.length === 0 ? ASSIGNMENT.exec(token.value) : null;
			if (assignment) command.env[assignment[1]!] = assignment[2]!;
			else command.words.push(token.value);
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

/** Run one command line; the session's state is replaced by each command that succeeds. */
export function runLine(session: Session, line: string): ShellResult {
	const result: ShellResult = {stdout: '', stderr: '', code: 0};
	let pipelines: Pipeline[];
	try {
		pipelines = parse(tokenize(line));
	} catch (error) {
		if (!(error instanceof ShellSyntaxError)) throw error;
		return {stdout: '', stderr: `ksh: ${error.message}\n`, code: 2};
	}
	for (const pipeline of pipelines) {
		if (pipeline.connector === '&&' && result.code !== 0) continue;
		if (pipeline.connector === '||' && result.code === 0) continue;
		let stdin = '';
		for (const command of pipeline.commands) {
			const {stdout, stderr, code} = runSimpleCommand(session, command, stdin);
			result.stderr += stderr;
			result.code = code;
			stdin = stdout;
		}
		result.stdout += stdin;
	}
	return result;
}

/** A command's output, and the changes it keeps even if it fails. */
interface Output {
	stdout: string;
	stderr: string;
	kept: Array<(state: ClusterState) => void>;
}

/** Commit what a failed command asked to keep (a log it wrote, a corrective action it finished). */
function keepAfterFailure(session: Session, kept: Output['kept']): void {
	if (kept.length === 0) return;
	const draft = createDraft(session.state) as ClusterState;
	for (const change of kept) change(draft);
	const next = finishDraft(draft as Draft<ClusterState>) as ClusterState;
	if (checkInvariants(next).length === 0) session.state = next;
}

function runSimpleCommand(session: Session, command: SimpleCommand, stdin: string): ShellResult {
	const out: Output = {stdout: '', stderr: '', kept: []};
	if (command.words.length === 0) return {stdout: '', stderr: '', code: 0};
	const draft = createDraft(session.state) as ClusterState;
	session.beforeCommand?.(draft);
	let code: number;
	if (command.input !== undefined) {
		const file = draft.nodes[session.node]?.files[command.input];
		if (file === undefined) {
			return {stdout: '', stderr: `ksh: ${command.input}: 0403-016 Cannot find or open the file.\n`, code: 1};
		}
		stdin = file;
	}
	code = execute(session, draft, session.node, command.words, command.env, stdin, out);
	if (code === 0 && command.output) {
		if (command.output.path !== '/dev/null') writeFile(draft.nodes[session.node]!, command.output.path, out.stdout, command.output.append);
		out.stdout = '';
	}
	if (code !== 0) {
		keepAfterFailure(session, out.kept);
		return {stdout: out.stdout, stderr: out.stderr, code};
	}
	const next = finishDraft(draft as Draft<ClusterState>) as ClusterState;
	if (next !== session.state) {
		const violations = checkInvariants(next);
		if (violations.length > 0) {
			const lines = violations.map(v => `${command.words[0]}: the change would leave the cluster inconsistent: ${v}\n`);
			return {stdout: out.stdout, stderr: out.stderr + lines.join('') + `${command.words[0]}: nothing was changed.\n`, code: 1};
		}
		session.state = next;
	}
	return {stdout: out.stdout, stderr: out.stderr, code};
}

function execute(
	session: Session,
	draft: ClusterState,
	node: string,
	argv: readonly string[],
	env: Record<string, string>,
	stdin: string,
	out: Output,
): number {
	const command = session.registry.lookup(argv[0]!);
	if (!command) {
		out.stderr += `ksh: ${argv[0]}:  not found.\n`;
		return 127;
	}
	const ctx: CommandContext = {
		argv,
		name: command.name,
		env,
		stdin,
		node,
		state: draft,
		write: text => void (out.stdout += text),
		print: (line = '') => void (out.stdout += `${line}\n`),
		error: line => void (out.stderr += `${line}\n`),
		keepOnFailure: change => void out.kept.push(change),
		exec: (childArgv, options = {}) =>
			execute(session, draft, options.node ?? node, childArgv, {...env, ...options.env}, options.stdin ?? '', out),
	};
	try {
		return command.run(ctx) ?? 0;
	} catch (error) {
		if (error instanceof CommandError) {
			if (error.message) out.stderr += `${error.message}\n`;
			if (error instanceof UsageError && command.usage) out.stderr += `${command.usage}\n`;
			return error.code;
		}
		const message = error instanceof Error ? error.message : String(error);
		out.stderr += `${command.name}: internal error: ${message}\n`;
		return 2;
	}
}

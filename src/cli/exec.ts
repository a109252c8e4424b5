/**
 * `hasmit exec '<command line>'` runs one line with no UI and exits with its
 * code; `hasmit exec -` runs the lines of standard input (a smit.script, say),
 * skipping blank lines and comments, and stops at the first failure unless -k.
 */
import type {Chunk} from '../command/shell.js';
import {writeOutput} from './output.js';
import {openSession, UsageProblem, type ClusterSession} from './session.js';

export const EXEC_USAGE = `Usage: hasmit exec [--state FILE] [--node NODE] [-k] 'command line'
       hasmit exec [--state FILE] [--node NODE] [-k] -     (lines from standard input)`;

export interface ExecOptions {
	state?: string;
	node?: string;
	keepGoing: boolean;
	line: string;
}

export function parseExecArgs(args: string[]): ExecOptions {
	const options: Partial<ExecOptions> = {keepGoing: false};
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--state' || arg === '--node') {
			const value = args[++i];
			if (value === undefined) throw new UsageProblem(`hasmit exec: ${arg} needs a value.\n${EXEC_USAGE}`);
			options[arg === '--state' ? 'state' : 'node'] = value;
		} else if (arg === '-k') options.keepGoing = true;
		else if (options.line === undefined) options.line = arg;
		else throw new UsageProblem(`hasmit exec: give the command line as one argument, in quotes.\n${EXEC_USAGE}`);
	}
	if (options.line === undefined) throw new UsageProblem(`hasmit exec: no command line given.\n${EXEC_USAGE}`);
	return options as ExecOptions;
}

/** Script lines: continuation backslashes joined, blank lines and comments dropped. */
export function scriptLines(text: string): string[] {
	const joined = text.replace(/\\\n/g, '');
	return joined.split('\n').filter(line => line.trim() !== '' && !line.trim().startsWith('#'));
}

/** All of standard input. Read as a stream: a pipe whose writer is slow (or a non-blocking one) makes a synchronous read fail with EAGAIN. */
async function readStandardInput(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

export async function execCommand(args: string[]): Promise<number> {
	const options = parseExecArgs(args);
	const {cluster, notices} = await openSession(options);
	for (const notice of notices) writeOutput(2, `${notice}\n`);
	const lines = options.line === '-' ? scriptLines(await readStandardInput()) : [options.line];
	return execLines(cluster, lines, options.keepGoing, chunk => writeOutput(chunk.fd, chunk.text));
}

/** Run the lines as `hasmit exec` does (origin exec), writing what they print; the exit code of the last failure, else 0. */
export function execLines(cluster: Pick<ClusterSession, 'run'>, lines: readonly string[], keepGoing: boolean, write: (chunk: Chunk) => void): number {
	let code = 0;
	for (const line of lines) {
		const result = cluster.run(line, 'exec');
		for (const chunk of joined(result.chunks)) write(chunk);
		if (result.code !== 0) {
			code = result.code;
			if (!keepGoing) break;
		}
	}
	return code;
}

/**
 * The chunks with each run of them to the same descriptor joined, in order: written with one system call a run, not one
 * a line (a start on big prints some 110 lines).
 */
function joined(chunks: readonly Chunk[]): Chunk[] {
	const runs: Chunk[] = [];
	for (const chunk of chunks) {
		const last = runs.at(-1);
		if (last?.fd === chunk.fd) last.text += chunk.text;
		else runs.push({fd: chunk.fd, text: chunk.text});
	}
	return runs;
}

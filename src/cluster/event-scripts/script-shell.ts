/**
 * The node's shell as the model reaches it. Administrators' event scripts (pre-, post-event, notify, recovery, custom
 * events) and cron jobs are simulated shell scripts on a node, run through hasmit's shell, never the host's; the model
 * cannot import the command layer, so the shell installs itself here before each command it runs.
 */
import {readFile} from '../files.js';
import type {ClusterState} from '../state.js';

export interface ScriptRun {
	code: number;
	/** What the script wrote, both streams in order. */
	output: string;
}

/** Run a script's text on a node inside the current command's draft; argv[0] is the script's path ($0). */
export type ScriptShell = (state: ClusterState, node: string, text: string, argv: readonly string[]) => ScriptRun;

let shell: ScriptShell | undefined;

export function installScriptShell(run: ScriptShell): void {
	shell = run;
}

/**
 * Run the command line of a method (an executable path and its own words) on `node` with the event's arguments after
 * them. A missing file gives ksh's message and 127, as the cluster manager's exec would.
 */
export function runMethod(state: ClusterState, node: string, method: string, args: readonly string[]): ScriptRun {
	const [path = '', ...own] = method.trim().split(/\s+/);
	const text = readFile(state, node, path);
	if (text === undefined) return {code: 127, output: `ksh: ${path}:  not found.\n`};
	return runShellText(state, node, text, [path, ...own, ...args]);
}

/** Run text (a script's lines, or one command line such as a cron job) on `node` through its shell. */
export function runShellText(state: ClusterState, node: string, text: string, argv: readonly string[]): ScriptRun {
	if (!shell) throw new Error('no shell is installed to run scripts');
	return shell(state, node, text, argv);
}

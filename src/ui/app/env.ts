/** What the controller works with: the menus, the command runner, the logs and the smitty flags. */
import type {Catalog} from '../../menu/catalog.js';
import {quoteAlways} from '../../command/tokenize.js';
import type {SmitLog, ToolKind} from '../logs/smit-log.js';
import type {PendingRun} from '../popups/types.js';
import type {Size} from '../screens/types.js';

export interface CommandResult {
	stdout: string;
	stderr: string;
	/** Both streams in the order they were written, as the Command Status screen shows them. */
	output: string;
	code: number;
}

/** The result of a command that was not run (-X, -x). */
export const NOT_RUN: CommandResult = {stdout: '', stderr: '', output: '', code: 0};

function failure(text: string): CommandResult {
	return {stdout: '', stderr: text, output: text, code: 1};
}

/** Runs one command line on the simulated cluster (a ClusterSession in the CLI, an in-memory session in tests). */
export interface Runner {
	run(line: string): CommandResult;
	/** The node commands run on (the F9 prompt). */
	readonly node: string;
}

/** Work the store does after the current frame is drawn. */
export type Deferred = {type: 'execute'; run: PendingRun; statusAt: number};

/** Messages to show once the cluster is open (a damaged state file was moved aside). */
export type Action = {type: 'resize'; size: Size} | {type: 'notice'; text: string} | Deferred;

export interface Env {
	catalog: Catalog;
	runner: Runner;
	log: SmitLog;
	/** -x: log cmd_to_exec commands without running them. */
	noExec: boolean;
	/** -X: run no command at all. */
	noCommands: boolean;
	defer(action: Deferred): void;
}

/** Run a list, discover or classify command (nothing with -X); verbose logs record it. */
export function runTool(env: Env, kind: ToolKind, line: string): CommandResult {
	if (env.noCommands) return NOT_RUN;
	const result = safeRun(env.runner, line);
	env.log.tool(kind, line, result);
	return result;
}

/** A runner that throws (a lock that cannot be had, say) reports a failed command instead. */
export function safeRun(runner: Runner, line: string): CommandResult {
	try {
		return runner.run(line);
	} catch (error) {
		return failure(`${error instanceof Error ? error.message : String(error)}\n`);
	}
}

/** SMIT's postfix: appended to the command, with names (_rawname, discovered names, fields) replaced by their quoted values. */
export function withPostfix(command: string, postfix: string, names: Readonly<Record<string, string>>): string {
	if (!postfix) return command;
	const words = postfix
		.split(/(\s+)/)
		.map(word => (Object.hasOwn(names, word) ? quoteAlways(names[word]!) : word))
		.join('');
	return `${command} ${words}`;
}

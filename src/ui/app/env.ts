/** What the controller works with: the menus, the command runner, the logs and the smitty flags. */
import type {Catalog} from '../../menu/catalog.js';
import type {LineOrigin} from '../../command/shell.js';
import type {Command} from '../../command/registry.js';
import type {DeepReadonly} from '../../cluster/readonly.js';
import type {ClusterState} from '../../cluster/state.js';
import type {CommandResult, SmitRunner, SmitStep} from '../../menu/dialog.js';
import type {SmitLog, ToolKind} from '../logs/smit-log.js';
import type {PendingRun} from '../popups/types.js';
import type {LabAction} from '../keys/commands.js';
import type {LabView} from '../screens/lab-panel.js';
import type {Size} from '../screens/types.js';

export type {CommandResult};

/** The result of a command that was not run (-X, -x). */
export const NOT_RUN: CommandResult = {stdout: '', stderr: '', output: '', code: 0};

function failure(text: string): CommandResult {
	return {stdout: '', stderr: text, output: text, code: 1};
}

/** Runs one command line on the simulated cluster (a ClusterSession in the CLI, an in-memory session in tests). */
export interface Runner {
	/** `origin` tells the session's observers where the line came from; `answers`: on SMIT's terminal (see runLine). */
	run(line: string, origin: LineOrigin, answers?: readonly string[]): CommandResult;
	/** The node commands run on (the F9 prompt). */
	readonly node: string;
	/** Run commands on another node from now on (a SMIT session opened on it, and back when it is left). */
	moveTo?(node: string): void;
	/** The declared command a word names, for the explanations (F1 on a field, F1 in the F6 pop-up); undefined before the cluster opens. */
	lookup?(word: string): Command | undefined;
	/** The cluster as the last command left it (F12 draws it); undefined before the cluster opens. */
	readonly state?: DeepReadonly<ClusterState>;
	/** Catch up with the cluster as it is now (another hasmit's change, events due as simulated time passes). */
	refresh?(): void;
	/** What a line would do, run on a copy of the cluster (hasmit whatif): F6 shows it for a fault. */
	preview?(line: string): readonly string[];
}

/** Work the store does after the current frame is drawn. */
export type Deferred = {type: 'execute'; run: PendingRun; statusAt: number; answers?: readonly string[]};

/** Messages to show once the cluster is open (a damaged state file was moved aside). */
export type Action = {type: 'resize'; size: Size} | {type: 'notice'; text: string} | {type: 'tick'} | Deferred;

export interface Env {
	catalog: Catalog;
	runner: Runner;
	log: SmitLog;
	/** -x: log cmd_to_exec commands without running them. */
	noExec: boolean;
	/** -X: run no command at all. */
	noCommands: boolean;
	defer(action: Deferred): void;
	/** The guided lab being worked on, if any (the CLI's host: checks run through the session observer). */
	lab?: LabHost;
}

/** A lab as the screens see it: what to show (the same object until something changed), and the panel's actions. */
export interface LabHost {
	view(): LabView;
	act(action: LabAction): void;
}

const TOOLS: Record<Exclude<SmitStep, 'dialog'>, ToolKind> = {list: 'List', discover: 'Discover', classify: 'Classify'};

/** The runner SMIT's dialog rules (src/menu/dialog.ts) use on screen: nothing runs with -X; verbose logs record list, discover and classify. */
export function smitRunner(env: Env): SmitRunner {
	return {
		run(line, step, answers) {
			if (env.noCommands) return undefined;
			const result = safeRun(env.runner, line, `tui-${step}`, answers);
			if (step !== 'dialog') env.log.tool(TOOLS[step], line, result);
			return result;
		},
	};
}

/** A runner that throws (a lock that cannot be had, say) reports a failed command instead. */
export function safeRun(runner: Runner, line: string, origin: LineOrigin, answers?: readonly string[]): CommandResult {
	try {
		return runner.run(line, origin, answers);
	} catch (error) {
		return failure(`${error instanceof Error ? error.message : String(error)}\n`);
	}
}

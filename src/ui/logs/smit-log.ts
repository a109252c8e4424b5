/**
 * smit.log and smit.script, as SMIT keeps them: real files, appended to and
 * never overwritten. smit.script gets every command SMIT runs, after a
 * comment block with the time, so `hasmit exec - < smit.script` replays it.
 * smit.log gets the start and exit stamps, the screens chosen, each command
 * and its output, F8 screen images and, with -v/-t/-D, the list, discover
 * and classify commands too. A file that cannot be written is left alone and
 * SMIT carries on without it.
 */
import type {CommandResult} from '../app/env.js';
import {appendFileSync} from 'node:fs';
import {smitTime} from '../../cluster/clock.js';

export type ToolKind = 'List' | 'Discover' | 'Classify';

export interface SmitLog {
	start(): void;
	exit(): void;
	/** A screen was shown: `Menu`, `Selector` or `Dialogue`. */
	screen(kind: 'Menu' | 'Selector' | 'Dialogue', fields: Record<string, string>): void;
	/** A cmd_to_exec command line, before it runs (or instead, with -x). */
	command(line: string): void;
	/** The executed command's output, both streams in the order written. */
	output(text: string): void;
	/** A list, discover or classify command and its output (verbose only). */
	tool(kind: ToolKind, line: string, result: CommandResult): void;
	/** F8: the screen image. */
	image(fastPath: string, screen: string): void;
	/** A trace record (-t). */
	trace(message: string): void;
}

export interface SmitLogOptions {
	logFile: string;
	scriptFile: string;
	verbose: boolean;
	trace: boolean;
	now?: () => number;
}

export function createSmitLog(options: SmitLogOptions): SmitLog {
	const now = options.now ?? Date.now;
	const broken = new Set<string>();
	const append = (path: string, text: string) => {
		if (broken.has(path)) return;
		try {
			appendFileSync(path, text);
		} catch {
			broken.add(path);
		}
	};
	const log = (text: string) => append(options.logFile, text);
	const stamp = () => `${smitTime(now())}\n`;
	const block = (text: string) => `---- start ----\n${text}${text && !text.endsWith('\n') ? '\n' : ''}---- end ----\n\n`;
	return {
		start: () => log(`${stamp()}        Starting SMIT\n\n`),
		exit: () => log(`${stamp()}        Exiting SMIT\n\n`),
		screen(kind, fields) {
			const lines = Object.entries(fields).map(([name, value]) => `        ${name} = "${value}"`);
			log(`(${kind} screen selected,\n${lines.join(',\n')}.)\n\n`);
		},
		command(line) {
			log(`${stamp()}Command_to_Execute follows below:\n>> ${line}\n\n`);
			append(options.scriptFile, `#\n# ${smitTime(now())}\n#\n${line}\n\n`);
		},
		output(text) {
			log(`Output from Command_to_Execute follows below:\n${block(text)}`);
		},
		tool(kind, line, result) {
			if (!options.verbose) return;
			log(
				`Command_to_${kind} follows below:\n>> ${line}\n\nOutput from Command_to_${kind} (exit code ${result.code}) follows ` +
					`below:\n${block(result.output)}`,
			);
		},
		image(fastPath, screen) {
			log(`${stamp()}Screen image (FastPath = "${fastPath}") follows below:\n${block(`${screen}\n`)}`);
		},
		trace(message) {
			if (options.trace) log(`(trace) ${message}\n`);
		},
	};
}

/** A log that writes nothing (tests that do not look at the logs). */
export const NO_LOG: SmitLog = {start() {}, exit() {}, screen() {}, command() {}, output() {}, tool() {}, image() {}, trace() {}};

/**
 * F9: a shell prompt over the whole screen. Lines run through the command
 * layer on the simulated cluster, never a host shell; `exit` returns to SMIT.
 */
import {clean, text, type Line} from '../render/line.js';
import {createField, fieldView, type FieldState} from '../widgets/field/index.js';
import type {Size} from './types.js';

export interface ShellState {
	/** What the shell has printed so far, line by line. */
	transcript: string[];
	input: FieldState;
	prompt: string;
	/** Lines entered, for Up and Down. */
	history: string[];
	/** Position in history while recalling (history.length: a new line). */
	recall: number;
}

const SHELL_BANNER = 'Type exit to return to SMIT. Commands run on the simulated cluster.';

export function createShell(node: string): ShellState {
	return {transcript: [SHELL_BANNER], input: createField(''), prompt: `${node}:/# `, history: [], recall: 0};
}

export function shellView(shell: ShellState, size: Size): Line[] {
	const promptLine: Line = [{text: shell.prompt}, ...fieldView(shell.input, Math.max(size.width - shell.prompt.length - 1, 1), true)];
	const lines = shell.transcript.map(clean).flatMap(line => {
		const parts: string[] = [];
		for (let i = 0; i < Math.max(line.length, 1); i += size.width) parts.push(line.slice(i, i + size.width));
		return parts;
	});
	const shown = [...lines.slice(-(size.height - 1)).map(l => text(l)), promptLine];
	while (shown.length < size.height) shown.push([]);
	return shown;
}

/**
 * F9: a shell prompt over the whole screen. Lines run through the command
 * layer on the simulated cluster, never a host shell; `exit` returns to SMIT.
 */
import {displayWidth, piecesOfWidth} from '../../command/display-width.js';
import {clean, text, type Line} from '../render/line.js';
import {createField, fieldView, type FieldState} from '../widgets/field/index.js';
import {programView, type ProgramState} from './program.js';
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
	/** A line stopped at a command's question: the prompt is the question, and what is typed its answer. */
	asking?: ShellQuestion;
	/** A full-screen program (clstat) has the terminal until q. */
	program?: ProgramState;
	/** The line just run opened a SMIT session on this node (cl_smit): it opens over the shell. */
	smitOn?: string;
}

/** The line to run again with the answers given so far, the question, and how many of its output lines are shown already. */
export interface ShellQuestion {
	line: string;
	answers: readonly string[];
	question: string;
	/** What is typed is not shown (a password). */
	unechoed: boolean;
	shown: number;
}

/** `banner`: its first line, in the screens' language (words.ts). */
export function createShell(node: string, banner: string): ShellState {
	return {transcript: [banner], input: createField(''), prompt: `${node}:/# `, history: [], recall: 0};
}

/** The most transcript lines kept: more than any screen shows (the shell does not scroll back). */
const KEPT_LINES = 1000;

/** The transcript with `lines` added, its oldest lines dropped past KEPT_LINES. */
export function appendTranscript(transcript: readonly string[], lines: readonly string[]): string[] {
	const all = [...transcript, ...lines];
	return all.length > KEPT_LINES ? all.slice(-KEPT_LINES) : all;
}

export function shellView(shell: ShellState, size: Size): Line[] {
	if (shell.program) return programView(shell.program, size);
	const prompt = shell.asking ? `${shell.asking.question} ` : shell.prompt;
	const input = shell.asking?.unechoed ? createField('') : shell.input;
	const promptLine: Line = [{text: prompt}, ...fieldView(input, Math.max(size.width - displayWidth(prompt) - 1, 1), true)];
	// Only the last lines of the transcript are on screen: wrap from the end until the screen is full.
	const rows = size.height - 1;
	const shown: Line[] = [];
	for (let i = shell.transcript.length - 1; i >= 0 && shown.length < rows; i--) {
		const line = clean(shell.transcript[i]!);
		const pieces = piecesOfWidth(line, size.width);
		shown.unshift(...pieces.slice(Math.max(pieces.length - (rows - shown.length), 0)).map(piece => text(piece)));
	}
	const lines = [...shown, promptLine];
	while (lines.length < size.height) lines.push([]);
	return lines;
}

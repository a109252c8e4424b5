/**
 * COMMAND STATUS: `Command: running` until the command ends, then `OK` or
 * `failed`; whether it wrote to stdout and stderr; its output, scrollable,
 * with `/` find and `n` find next.
 */
import type {CommandResult} from '../app/env.js';
import {scrollMarkers} from '../render/box.js';
import {place, text, type Line} from '../render/line.js';
import {createScroll, scrollReducer, scrollView} from '../widgets/scroll/index.js';
import {WORDS, type Words} from '../words.js';
import {assemble, screenFrame} from './layout.js';
import type {Asking, Size, StatusScreen} from './types.js';

function statusLine(screen: StatusScreen, words: Words): Line {
	const said = (flag: boolean) => (flag ? words.yes : words.no);
	let line = text(`${words.command}${words[screen.state]}`);
	line = place(line, 23, text(`stdout: ${said(screen.stdout)}`));
	return place(line, 45, text(`stderr: ${said(screen.stderr)}`));
}

/** `words`: the screen's language; the rows a frame leaves are the same in every language (words.ts). */
function frameFor(size: Size, words: Words = WORDS.en) {
	return screenFrame(words.statusTitle, ['', '', '', words.statusNote, ''], words.statusKeys, size.width, size.height);
}

export function createStatusScreen(id: string, command: string, size: Size): StatusScreen {
	return {kind: 'status', id, command, state: 'running', stdout: false, stderr: false, output: createScroll([], frameFor(size).bodyRows)};
}

function outputLines(result: CommandResult): string[] {
	const lines = result.output.replace(/\n$/, '');
	return lines === '' ? [] : lines.split('\n');
}

/** The command ended: its output (both streams, in the order written) and its exit code. */
export function finishStatus(screen: StatusScreen, result: CommandResult): StatusScreen {
	return {
		...screen,
		state: result.code === 0 ? 'ok' : 'failed',
		stdout: result.stdout !== '',
		stderr: result.stderr !== '',
		output: scrollReducer(screen.output, {type: 'set-lines', lines: outputLines(result)}),
		asking: undefined,
	};
}

/** The command stopped at a question: still running, its output so far, the question last with the answer typed. */
export function askStatus(screen: StatusScreen, result: CommandResult, asked: Omit<Asking, 'before' | 'typed'>): StatusScreen {
	const asking = {...asked, before: outputLines(result), typed: ''};
	return typeAnswer({...screen, stdout: result.stdout !== '', stderr: result.stderr !== '', asking}, '');
}

/** The answer as the user types it, on the question's line, kept in view. */
export function typeAnswer(screen: StatusScreen, typed: string): StatusScreen {
	const asking = screen.asking!;
	const lines = [...asking.before, `${asking.question} ${asking.unechoed ? '' : typed}`];
	return {...screen, asking: {...asking, typed}, output: scrollReducer(scrollReducer(screen.output, {type: 'set-lines', lines}), {type: 'end'})};
}

export function resizeStatus(screen: StatusScreen, size: Size): StatusScreen {
	return {...screen, output: scrollReducer(screen.output, {type: 'resize', rows: frameFor(size).bodyRows})};
}

/** `fullLines`: every output line whole, from its first column (F8's image), not as the terminal's width shows it. */
export function statusView(screen: StatusScreen, size: Size, words: Words, fullLines = false): Line[] {
	const frame = frameFor(size, words);
	frame.head[2] = statusLine(screen, words);
	const {above, below} = scrollMarkers(screen.output.top, screen.output.rows, screen.output.lines.length);
	return assemble(
		frame,
		text(above),
		fullLines ? scrollView({...screen.output, left: 0}, Number.POSITIVE_INFINITY) : scrollView(screen.output, size.width),
		text(below),
		size.height,
	);
}

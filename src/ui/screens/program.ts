/**
 * A full-screen program (clstat, or `hasmit status` on a terminal) as the F9 shell and `hasmit shell` show it: its
 * output in pages the height of the terminal, the last line (the keys it takes) at the foot of every page. The host
 * runs its refresh line again on a tick and on `r`; `f` and `b` page, `q` quits.
 */
import type {FullScreen} from '../../command/shell.js';
import {clean, text, type Line} from '../render/line.js';
import type {Size} from './types.js';

export interface ProgramState {
	screen: FullScreen;
	/** What the last refresh printed, line by line. */
	lines: readonly string[];
	page: number;
}

/** What a key does to the program; `quit` ends it, `refresh` asks the host to run it again now. */
export type ProgramKey = 'forward' | 'back' | 'refresh' | 'quit';

/** The program's keys, as clstat's legend names them (`f/forward, b/back, r/refresh, q/quit`). */
export const PROGRAM_KEYS: Readonly<Record<string, ProgramKey>> = {
	f: 'forward',
	b: 'back',
	r: 'refresh',
	q: 'quit',
	F: 'forward',
	B: 'back',
	R: 'refresh',
	Q: 'quit',
};

/** A command's output, line by line. */
export const outputLines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

export const createProgram = (screen: FullScreen, lines: readonly string[]): ProgramState => ({screen, lines, page: 0});

const bodyRows = (size: Size) => Math.max(size.height - 1, 1);

function pageCount(program: ProgramState, size: Size): number {
	return Math.max(Math.ceil((program.lines.length - 1) / bodyRows(size)), 1);
}

/** The output of the refresh, on the same page (or the last one, should the output have shrunk). */
export const refreshProgram = (program: ProgramState, lines: readonly string[]): ProgramState => ({...program, lines});

/** f / b: the next or previous page, kept within the pages there are. */
export function turnPage(program: ProgramState, key: 'forward' | 'back', size: Size): ProgramState {
	const page = Math.min(Math.max(program.page + (key === 'forward' ? 1 : -1), 0), pageCount(program, size) - 1);
	return page === program.page ? program : {...program, page};
}

export function programView(program: ProgramState, size: Size): Line[] {
	const rows = bodyRows(size);
	const page = Math.min(program.page, pageCount(program, size) - 1);
	const body = program.lines.slice(0, -1);
	const shown = body.slice(page * rows, (page + 1) * rows);
	const lines = shown.map(line => cut(line, size.width));
	while (lines.length < rows) lines.push([]);
	return size.height > 1 ? [...lines, cut(program.lines[program.lines.length - 1] ?? '', size.width)] : lines;
}

/** A line wider than the terminal ends in `>`, as COMMAND STATUS marks one: nothing is cut silently. */
function cut(line: string, width: number): Line {
	const value = clean(line);
	return text(value.length > width ? `${value.slice(0, width - 1)}>` : value);
}

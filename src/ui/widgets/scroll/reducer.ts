/** A scrollable block of text (command output, help): the first visible line and column, and the last find. */
import {displayWidth} from '../../../command/display-width.js';

export interface ScrollState {
	readonly lines: readonly string[];
	readonly top: number;
	readonly rows: number;
	/** The first column shown: long lines scroll sideways rather than being cut. */
	readonly left: number;
	readonly query: string;
	/** The line the last find stopped on, or -1. */
	readonly hit: number;
}

export type ScrollAction =
	| {type: 'up' | 'down' | 'page-up' | 'page-down' | 'home' | 'end' | 'find-next' | 'left' | 'right'}
	| {type: 'resize'; rows: number}
	| {type: 'find'; query: string}
	| {type: 'set-lines'; lines: readonly string[]};

export function createScroll(lines: readonly string[], rows: number): ScrollState {
	return {lines, top: 0, rows: Math.max(rows, 1), left: 0, query: '', hit: -1};
}

/** Columns one left or right key moves: half an 80-column screen. */
const SIDE_STEP = 40;

/** The first column after a left or right key, over lines at most `longest` long: one step, never past the last step that still shows an end. */
export function sideways(left: number, longest: number, direction: 'left' | 'right'): number {
	if (direction === 'left') return Math.max(left - SIDE_STEP, 0);
	// Only while the longest line goes on for another step: the last move still shows its end.
	return left + SIDE_STEP <= longest - SIDE_STEP ? left + SIDE_STEP : left;
}

const longest = (state: ScrollState) => state.lines.reduce((max, line) => Math.max(max, displayWidth(line)), 0);

const clampTop = (state: ScrollState, top: number) => Math.min(Math.max(top, 0), Math.max(state.lines.length - state.rows, 0));

function find(state: ScrollState, query: string, after: number): ScrollState {
	const needle = query.toLowerCase();
	if (!needle) return {...state, query};
	const n = state.lines.length;
	for (let k = 1; k <= n; k++) {
		const i = (after + k + n) % n;
		if (state.lines[i]!.toLowerCase().includes(needle)) return {...state, query, hit: i, top: clampTop(state, i)};
	}
	return {...state, query, hit: -1};
}

export function scrollReducer(state: ScrollState, action: ScrollAction): ScrollState {
	switch (action.type) {
		case 'up':
			return {...state, top: clampTop(state, state.top - 1)};
		case 'down':
			return {...state, top: clampTop(state, state.top + 1)};
		case 'page-up':
			return {...state, top: clampTop(state, state.top - state.rows)};
		case 'page-down':
			return {...state, top: clampTop(state, state.top + state.rows)};
		case 'left':
		case 'right': {
			const left = sideways(state.left, longest(state), action.type);
			return left === state.left ? state : {...state, left};
		}
		case 'home':
			return {...state, top: 0};
		case 'end':
			return {...state, top: clampTop(state, state.lines.length)};
		case 'resize': {
			const next = {...state, rows: Math.max(action.rows, 1)};
			return {...next, top: clampTop(next, next.top)};
		}
		case 'find':
			return find(state, action.query, state.top - 1);
		case 'find-next':
			return find(state, state.query, state.hit >= 0 ? state.hit : state.top - 1);
		case 'set-lines': {
			const next = {...state, lines: action.lines};
			return {...next, top: clampTop(next, next.top)};
		}
	}
}

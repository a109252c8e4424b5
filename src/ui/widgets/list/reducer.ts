/**
 * A windowed list: menus and F4 pop-ups. Only the cursor, the first visible
 * row and the marks change, so a 2,000-entry list costs what a 10-entry one
 * does. Entries that are not selectable (blank menu lines, `#` headers,
 * range text) are shown but skipped by the cursor.
 */

import {displayWidth} from '../../../command/display-width.js';
import {sideways} from '../scroll/index.js';

export interface ListItem {
	text: string;
	selectable: boolean;
}

export interface ListState {
	readonly items: readonly ListItem[];
	/** Index of the highlighted item; -1 when nothing can be selected. */
	readonly cursor: number;
	/** First visible item. */
	readonly top: number;
	/** Visible rows. */
	readonly rows: number;
	/** Items selected with F7 (multi-select lists). */
	readonly marks: ReadonlySet<number>;
	/** The last text looked for with `/`. */
	readonly query: string;
	/** The first column shown: long items scroll sideways rather than being cut. */
	readonly left: number;
}

export type ListAction =
	| {type: 'up' | 'down' | 'page-up' | 'page-down' | 'home' | 'end' | 'toggle' | 'find-next' | 'left' | 'right'}
	| {type: 'resize'; rows: number}
	| {type: 'find'; query: string};

export function createList(items: readonly ListItem[], options: {rows: number; cursor?: number; marks?: Iterable<number>}): ListState {
	const first = nextSelectable(items, (options.cursor ?? 0) - 1, 1);
	const state: ListState = {items, cursor: first, top: 0, rows: Math.max(options.rows, 1), marks: new Set(options.marks ?? []), query: '', left: 0};
	return reveal(state);
}

/** The next selectable index from `from` (exclusive) in direction `step`, or -1. */
function nextSelectable(items: readonly ListItem[], from: number, step: 1 | -1): number {
	for (let i = from + step; i >= 0 && i < items.length; i += step) if (items[i]!.selectable) return i;
	return -1;
}

/** Keep the cursor in the window and the window inside the list. */
function reveal(state: ListState): ListState {
	const maxTop = Math.max(state.items.length - state.rows, 0);
	let top = Math.min(Math.max(state.top, 0), maxTop);
	if (state.cursor >= 0) {
		if (state.cursor < top) top = state.cursor;
		if (state.cursor >= top + state.rows) top = state.cursor - state.rows + 1;
	}
	// Show the headers above the first selectable item when the cursor is on it.
	if (state.cursor >= 0 && nextSelectable(state.items, state.cursor, -1) < 0 && state.cursor < state.rows) top = 0;
	return top === state.top ? state : {...state, top};
}

function moveTo(state: ListState, target: number, step: 1 | -1): ListState {
	const clamped = Math.min(Math.max(target, 0), state.items.length - 1);
	let cursor = state.items[clamped]?.selectable ? clamped : nextSelectable(state.items, clamped, step);
	if (cursor < 0) cursor = nextSelectable(state.items, clamped, step === 1 ? -1 : 1);
	if (cursor < 0) return state;
	return reveal({...state, cursor});
}

function find(state: ListState, query: string, from: number): ListState {
	const needle = query.toLowerCase();
	if (!needle) return {...state, query};
	const n = state.items.length;
	for (let k = 1; k <= n; k++) {
		const i = (from + k) % n;
		const item = state.items[i]!;
		if (item.selectable && item.text.toLowerCase().includes(needle)) return reveal({...state, cursor: i, query, top: i});
	}
	return {...state, query};
}

export function listReducer(state: ListState, action: ListAction): ListState {
	switch (action.type) {
		case 'up': {
			const target = nextSelectable(state.items, state.cursor, -1);
			return target < 0 ? reveal({...state, top: 0}) : reveal({...state, cursor: target});
		}
		case 'down': {
			const target = nextSelectable(state.items, state.cursor, 1);
			return target < 0 ? state : reveal({...state, cursor: target});
		}
		case 'page-up':
			return moveTo({...state, top: state.top - state.rows}, state.cursor - state.rows, -1);
		case 'page-down':
			return moveTo({...state, top: state.top + state.rows}, state.cursor + state.rows, 1);
		case 'home':
			return moveTo({...state, top: 0}, 0, 1);
		case 'end':
			return moveTo(state, state.items.length - 1, -1);
		case 'toggle': {
			if (state.cursor < 0) return state;
			const marks = new Set(state.marks);
			if (marks.has(state.cursor)) marks.delete(state.cursor);
			else marks.add(state.cursor);
			return {...state, marks};
		}
		case 'left':
		case 'right': {
			const left = sideways(state.left, Math.max(0, ...state.items.map(item => displayWidth(item.text))), action.type);
			return left === state.left ? state : {...state, left};
		}
		case 'resize':
			return reveal({...state, rows: Math.max(action.rows, 1)});
		case 'find':
			return find(state, action.query, state.cursor < 0 ? -1 : state.cursor - 1);
		case 'find-next':
			return find(state, state.query, state.cursor);
	}
}

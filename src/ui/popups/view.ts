/**
 * Pop-up boxes, as lines with their position: lists anchored to the foot of
 * the screen, the others centred. Each box has a centred title, its
 * instructions, a window (list items, text, the value being edited) with
 * scroll markers, and a legend in three columns. Every box fits the screen:
 * on a short one the window shrinks to a few rows, then the legend and the
 * instructions give way.
 */
import {displayWidth, piecesOfWidth} from '../../command/display-width.js';
import {box, boxInner, scrollMarkers} from '../render/box.js';
import {EDIT_KEYS, FIND_SCREEN_KEYS, HELP_KEYS, LIST_KEYS, MULTI_LIST_KEYS, POPUP_KEYS, RANGE_LIST_KEYS, legend} from '../render/legend.js';
import {center, text, wrap, type Line} from '../render/line.js';
import type {Size} from '../screens/types.js';
import {fieldView} from '../widgets/field/index.js';
import {listView} from '../widgets/list/index.js';
import type {EditPopup, FindPopup, ListPopup, Popup, TextPopup} from './types.js';

interface PlacedBox {
	lines: Line[];
	row: number;
	col: number;
}

const RETURN_NOTE = 'Press Enter or Cancel to return to the application.';
export const CONFIRM_TEXT = [
	'Continuing may delete information you may want',
	'to keep.  This is your last chance to stop',
	'before continuing.',
	'     Press Enter to continue.',
	'     Press Cancel to return to the application.',
].join('\n');

const SINGLE_INSTRUCTIONS = ['Move cursor to desired item and press Enter.'];
const MULTI_INSTRUCTIONS = [
	'Move cursor to desired item and press F7.',
	'    ONE OR MORE items can be selected.',
	'Press Enter AFTER making all selections.',
];
const RANGE_INSTRUCTIONS = ['The value must be in this range.'];
const EDIT_INSTRUCTIONS = ['Edit the value, then press Enter to put it in the entry field.'];
const FIND_INSTRUCTIONS = ['Type the text to find and press Enter.'];
const FIND_SCREEN_INSTRUCTIONS = [...FIND_INSTRUCTIONS, 'F4 finds the words in every screen instead.'];

export const wideWidth = (size: Size) => Math.max(size.width - 4, 20);
const narrowWidth = (size: Size) => Math.min(wideWidth(size), 64);

/** Borders, title and the two scroll-marker lines: the rows a box with a window always takes. */
const WINDOW_CHROME = 5;
/** The fewest window rows worth keeping the instructions and the legend for. */
const MIN_WINDOW = 3;

interface Fitted {
	/** Rows for the window. */
	rows: number;
	instructions: readonly string[];
	legend: Line[];
}

/**
 * What of a box fits in `room` rows: `fixed` rows always, a window of at least
 * `need` rows, then the instructions and the legend while there is room for
 * them (the legend gives way first).
 */
function fitBox(room: number, fixed: number, need: number, instructions: readonly string[], keys: Line[]): Fitted {
	const tries: Array<[readonly string[], Line[]]> = [
		[instructions, keys],
		[instructions, []],
		[[], []],
	];
	for (const [shown, shownKeys] of tries) {
		const rows = room - fixed - shown.length - shownKeys.length;
		if (rows >= need) return {rows, instructions: shown, legend: shownKeys};
	}
	return {rows: Math.max(room - fixed, 1), instructions: [], legend: []};
}

const centred = (lines: Line[], width: number, size: Size): PlacedBox => ({
	lines,
	row: Math.max(Math.floor((size.height - lines.length) / 2), 0),
	col: Math.floor((size.width - width) / 2),
});

// --- lists ------------------------------------------------------------------

type ListKind = Pick<ListPopup, 'multi' | 'range'>;

function listLayout(kind: ListKind, size: Size): Fitted {
	const keys = kind.multi ? MULTI_LIST_KEYS : kind.range ? RANGE_LIST_KEYS : LIST_KEYS;
	const instructions = kind.range ? RANGE_INSTRUCTIONS : kind.multi ? MULTI_INSTRUCTIONS : SINGLE_INSTRUCTIONS;
	// Two rows of the screen stay in view above the list.
	return fitBox(size.height - 2, WINDOW_CHROME, MIN_WINDOW, instructions, legend(keys, boxInner(wideWidth(size)), 3));
}

/** Rows of items a list pop-up shows at this size. */
export const listRows = (kind: ListKind, size: Size): number => listLayout(kind, size).rows;

function listBox(popup: ListPopup, size: Size, focused: boolean): PlacedBox {
	const width = wideWidth(size);
	const inner = boxInner(width);
	const layout = listLayout(popup, size);
	const {list} = popup;
	const shownRows = Math.min(list.rows, Math.max(list.items.length, 1));
	const window = listView({...list, rows: shownRows}, inner, {indent: 2, marks: popup.multi, focused: focused && !popup.range});
	const {above, below} = scrollMarkers(list.top, list.rows, list.items.length);
	const body = [center(popup.title, inner), ...layout.instructions.map(i => text(i)), text(above), ...window, text(below), ...layout.legend];
	const lines = box(body, width);
	return {lines, row: Math.max(size.height - lines.length, 0), col: Math.floor((size.width - width) / 2)};
}

// --- messages ---------------------------------------------------------------

const TEXT_KEYS: Record<TextPopup['variant'], readonly string[]> = {
	help: HELP_KEYS,
	command: POPUP_KEYS,
	error: POPUP_KEYS,
	message: POPUP_KEYS,
	confirm: POPUP_KEYS,
	fastpath: POPUP_KEYS,
	picture: HELP_KEYS,
};

const textWidth = (popup: TextPopup, size: Size) =>
	popup.variant === 'help' || popup.variant === 'command' || popup.variant === 'picture' ? wideWidth(size) : narrowWidth(size);

/** The columns a picture of the cluster may take inside its pop-up (drawn to fit, never wrapped). */
export const pictureColumns = (size: Size) => boxInner(wideWidth(size));

/** A message pop-up's text, wrapped, and the rows of it shown at a time. */
export function textWindow(popup: TextPopup, size: Size): {lines: string[]; rows: number; legend: Line[]} {
	const inner = boxInner(textWidth(popup, size));
	const body = popup.variant === 'command' || popup.variant === 'fastpath' ? `${RETURN_NOTE}\n\n${popup.text}` : popup.text;
	const {rows, legend: keys} = fitBox(size.height - 1, WINDOW_CHROME, MIN_WINDOW, [], legend(TEXT_KEYS[popup.variant], inner, 3));
	return {lines: wrap(body, inner), rows, legend: keys};
}

/** The first line a message pop-up can show with the rest of its text in view. */
export function lastTop(popup: TextPopup, size: Size): number {
	const {lines, rows} = textWindow(popup, size);
	return Math.max(lines.length - rows, 0);
}

function textBox(popup: TextPopup, size: Size): PlacedBox {
	const width = textWidth(popup, size);
	const inner = boxInner(width);
	const {lines: all, rows, legend: keys} = textWindow(popup, size);
	const top = Math.min(popup.top, Math.max(all.length - rows, 0));
	const {above, below} = scrollMarkers(top, rows, all.length);
	const body = [center(popup.title, inner), text(above), ...all.slice(top, top + rows).map(l => text(l)), text(below), ...keys];
	return centred(box(body, width), width, size);
}

// --- the F7 edit box and the find box ----------------------------------------

/** The columns of one line of the F7 edit box (Up and Down move the text cursor by this much). */
export const editColumns = (size: Size) => boxInner(wideWidth(size));

function editBox(popup: EditPopup, size: Size): PlacedBox {
	const width = wideWidth(size);
	const inner = boxInner(width);
	const {value, cursor} = popup.field;
	// The value over as many lines of `inner` columns as it takes (one more when a cursor after it would not fit).
	const pieces = piecesOfWidth(value, inner);
	if (displayWidth(pieces[pieces.length - 1]!) + 1 > inner) pieces.push('');
	const starts: number[] = [];
	for (let n = 0, at = 0; n < pieces.length; at += pieces[n]!.length, n++) starts.push(at);
	const count = pieces.length;
	const layout = fitBox(size.height - 1, WINDOW_CHROME, Math.min(count, MIN_WINDOW), EDIT_INSTRUCTIONS, legend(EDIT_KEYS, inner, 3));
	const rows = Math.min(layout.rows, count);
	const found = starts.findIndex((start, n) => cursor < start + pieces[n]!.length);
	const cursorLine = found < 0 ? count - 1 : found;
	const top = Math.max(cursorLine - rows + 1, 0);
	const chunks: Line[] = [];
	for (let n = top; n < top + rows; n++) {
		const seg = {value: pieces[n]!, cursor: cursor - starts[n]!};
		chunks.push(n === cursorLine ? fieldView(seg, inner, true) : text(seg.value));
	}
	const {above, below} = scrollMarkers(top, rows, count);
	const body = [center(popup.title, inner), ...layout.instructions.map(i => text(i)), text(above), ...chunks, text(below), ...layout.legend];
	return centred(box(body, width), width, size);
}

function findBox(popup: FindPopup, size: Size): PlacedBox {
	const width = narrowWidth(size);
	const inner = boxInner(width);
	// Borders, the title and the entry field.
	const [instructions, keys] = popup.screens ? [FIND_SCREEN_INSTRUCTIONS, FIND_SCREEN_KEYS] : [FIND_INSTRUCTIONS, EDIT_KEYS];
	const layout = fitBox(size.height, 4, 0, instructions, legend(keys, inner, 3));
	const field: Line = [{text: '['}, ...fieldView(popup.field, inner - 2, true), {text: ']'}];
	const body = [center('FIND', inner), ...layout.instructions.map(i => text(i)), field, ...layout.legend];
	return centred(box(body, width), width, size);
}

export function popupView(popup: Popup, size: Size, focused: boolean): PlacedBox {
	switch (popup.kind) {
		case 'list':
			return listBox(popup, size, focused);
		case 'text':
			return textBox(popup, size);
		case 'edit':
			return editBox(popup, size);
		case 'find':
			return findBox(popup, size);
	}
}

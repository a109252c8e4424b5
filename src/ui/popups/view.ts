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
import type {Language} from '../../command/language.js';
import {legend} from '../render/legend.js';
import {center, text, wrap, type Line} from '../render/line.js';
import type {Size} from '../screens/types.js';
import {fieldView, type FieldState} from '../widgets/field/index.js';
import {listView} from '../widgets/list/index.js';
import {WORDS, type Words} from '../words.js';
import type {EditPopup, FindPopup, ListPopup, Popup, TextPopup} from './types.js';

interface PlacedBox {
	lines: Line[];
	row: number;
	col: number;
}

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

/** `words`: the box's language; the rows it leaves the list are the same in every language (words.ts). */
function listLayout(kind: ListKind, size: Size, words: Words = WORDS.en): Fitted {
	// A range list is information only: no find.
	const keys = kind.multi ? words.multiListKeys : kind.range ? words.popupKeys : words.listKeys;
	const instructions = kind.range ? words.rangeInstructions : kind.multi ? words.multiInstructions : words.singleInstructions;
	// Two rows of the screen stay in view above the list.
	return fitBox(size.height - 2, WINDOW_CHROME, MIN_WINDOW, instructions, legend(keys, boxInner(wideWidth(size)), 3));
}

/** Rows of items a list pop-up shows at this size. */
export const listRows = (kind: ListKind, size: Size): number => listLayout(kind, size).rows;

function listBox(popup: ListPopup, size: Size, focused: boolean, words: Words): PlacedBox {
	const width = wideWidth(size);
	const inner = boxInner(width);
	const layout = listLayout(popup, size, words);
	const {list} = popup;
	const shownRows = Math.min(list.rows, Math.max(list.items.length, 1));
	const window = listView({...list, rows: shownRows}, inner, {indent: 2, marks: popup.multi, focused: focused && !popup.range});
	const {above, below} = scrollMarkers(list.top, list.rows, list.items.length);
	const body = [center(popup.title, inner), ...layout.instructions.map(i => text(i)), text(above), ...window, text(below), ...layout.legend];
	const lines = box(body, width);
	return {lines, row: Math.max(size.height - lines.length, 0), col: Math.floor((size.width - width) / 2)};
}

// --- messages ---------------------------------------------------------------

const TEXT_KEYS: Record<TextPopup['variant'], 'helpKeys' | 'popupKeys'> = {
	help: 'helpKeys',
	command: 'popupKeys',
	error: 'popupKeys',
	message: 'popupKeys',
	confirm: 'popupKeys',
	fastpath: 'popupKeys',
	picture: 'helpKeys',
};

const textWidth = (popup: TextPopup, size: Size) =>
	popup.variant === 'help' || popup.variant === 'command' || popup.variant === 'picture' ? wideWidth(size) : narrowWidth(size);

/** The columns a picture of the cluster may take inside its pop-up (drawn to fit, never wrapped). */
export const pictureColumns = (size: Size) => boxInner(wideWidth(size));

/** A message pop-up's text, wrapped, and the rows of it shown at a time. */
export function textWindow(popup: TextPopup, size: Size, language: Language): {lines: string[]; rows: number; legend: Line[]} {
	const words = WORDS[language];
	const inner = boxInner(textWidth(popup, size));
	const body = popup.variant === 'command' || popup.variant === 'fastpath' ? `${words.returnNote}\n\n${popup.text}` : popup.text;
	const {rows, legend: keys} = fitBox(size.height - 1, WINDOW_CHROME, MIN_WINDOW, [], legend(words[TEXT_KEYS[popup.variant]], inner, 3));
	return {lines: wrap(body, inner), rows, legend: keys};
}

/** The first line a message pop-up can show with the rest of its text in view. */
export function lastTop(popup: TextPopup, size: Size, language: Language): number {
	const {lines, rows} = textWindow(popup, size, language);
	return Math.max(lines.length - rows, 0);
}

function textBox(popup: TextPopup, size: Size, language: Language): PlacedBox {
	const width = textWidth(popup, size);
	const inner = boxInner(width);
	const {lines: all, rows, legend: keys} = textWindow(popup, size, language);
	const top = Math.min(popup.top, Math.max(all.length - rows, 0));
	const {above, below} = scrollMarkers(top, rows, all.length);
	const body = [center(popup.title, inner), text(above), ...all.slice(top, top + rows).map(l => text(l)), text(below), ...keys];
	return centred(box(body, width), width, size);
}

// --- the F7 edit box and the find box ----------------------------------------

/** The F7 edit box's value over as many lines of its columns as it takes (one more when a cursor after it would not fit). */
function editLines(value: string, size: Size): {pieces: string[]; starts: number[]} {
	const inner = boxInner(wideWidth(size));
	const pieces = piecesOfWidth(value, inner);
	if (displayWidth(pieces[pieces.length - 1]!) + 1 > inner) pieces.push('');
	const starts: number[] = [];
	for (let n = 0, at = 0; n < pieces.length; at += pieces[n]!.length, n++) starts.push(at);
	return {pieces, starts};
}

/** The line the text cursor is on (after the last character of a full line: the next one). */
function cursorLineOf({pieces, starts}: ReturnType<typeof editLines>, cursor: number): number {
	const found = starts.findIndex((start, n) => cursor < start + pieces[n]!.length);
	return found < 0 ? pieces.length - 1 : found;
}

/**
 * Up (-1) and Down (1) in the F7 edit box: the text cursor to the same display column of the line above or below
 * (or the last character boundary before it, Chinese taking two columns); past the first or last line, to the
 * value's start or end.
 */
export function editCursorMoved(field: FieldState, size: Size, by: -1 | 1): number {
	const lines = editLines(field.value, size);
	const line = cursorLineOf(lines, field.cursor);
	const target = line + by;
	if (target < 0) return 0;
	if (target >= lines.pieces.length) return field.value.length;
	const column = displayWidth(field.value.slice(lines.starts[line], field.cursor));
	let at = 0;
	let width = 0;
	for (const char of lines.pieces[target]!) {
		width += displayWidth(char);
		if (width > column) break;
		at += char.length;
	}
	return lines.starts[target]! + at;
}

function editBox(popup: EditPopup, size: Size, words: Words): PlacedBox {
	const width = wideWidth(size);
	const inner = boxInner(width);
	const {cursor} = popup.field;
	const lines = editLines(popup.field.value, size);
	const {pieces, starts} = lines;
	const count = pieces.length;
	const layout = fitBox(size.height - 1, WINDOW_CHROME, Math.min(count, MIN_WINDOW), words.editInstructions, legend(words.editKeys, inner, 3));
	const rows = Math.min(layout.rows, count);
	const cursorLine = cursorLineOf(lines, cursor);
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

function findBox(popup: FindPopup, size: Size, words: Words): PlacedBox {
	const width = narrowWidth(size);
	const inner = boxInner(width);
	// Borders, the title and the entry field.
	const [instructions, keys] = popup.screens ? [words.findScreenInstructions, words.findScreenKeys] : [words.findInstructions, words.editKeys];
	const layout = fitBox(size.height, 4, 0, instructions, legend(keys, inner, 3));
	const field: Line = [{text: '['}, ...fieldView(popup.field, inner - 2, true), {text: ']'}];
	const body = [center(words.findTitle, inner), ...layout.instructions.map(i => text(i)), field, ...layout.legend];
	return centred(box(body, width), width, size);
}

/** `language`: of SMIT's own words in the box (instructions, legend); the box's text comes in its own. */
export function popupView(popup: Popup, size: Size, focused: boolean, language: Language = 'en'): PlacedBox {
	switch (popup.kind) {
		case 'list':
			return listBox(popup, size, focused, WORDS[language]);
		case 'text':
			return textBox(popup, size, language);
		case 'edit':
			return editBox(popup, size, WORDS[language]);
		case 'find':
			return findBox(popup, size, WORDS[language]);
	}
}

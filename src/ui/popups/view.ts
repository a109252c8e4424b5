/**
 * Pop-up boxes, as lines with their position: lists anchored to the foot of
 * the screen, messages centred. Each box has a centred title, its text and a
 * legend in three columns.
 */
import {box, boxInner, scrollMarkers} from '../render/box.js';
import {LIST_KEYS, MULTI_LIST_KEYS, POPUP_KEYS, legend} from '../render/legend.js';
import {center, text, wrap, type Line} from '../render/line.js';
import type {Size} from '../screens/types.js';
import {fieldView} from '../widgets/field/index.js';
import {listView} from '../widgets/list/index.js';
import type {EditPopup, FindPopup, ListPopup, Popup, TextPopup} from './types.js';

export interface PlacedBox {
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
const MULTI_INSTRUCTIONS = ['Move cursor to desired item and press F7.', '    ONE OR MORE items can be selected.', 'Press Enter AFTER making all selections.'];
const RANGE_INSTRUCTIONS = ['The value must be in this range.'];

export const wideWidth = (size: Size) => Math.max(size.width - 4, 20);
const narrowWidth = (size: Size) => Math.min(wideWidth(size), 64);

/** Rows of items a list pop-up shows at this size. */
export function listRows(multi: boolean, size: Size): number {
	const chrome = 2 + 1 + (multi ? 3 : 1) + 2 + legend(multi ? MULTI_LIST_KEYS : LIST_KEYS, boxInner(wideWidth(size)), 3).length;
	return Math.max(size.height - 2 - chrome, 1);
}

function listBox(popup: ListPopup, size: Size, focused: boolean): PlacedBox {
	const width = wideWidth(size);
	const inner = boxInner(width);
	const keys = popup.multi ? MULTI_LIST_KEYS : popup.range ? ['F1=Help', 'F2=Refresh', 'F3=Cancel', 'F8=Image', 'F10=Exit', 'Enter=Do'] : LIST_KEYS;
	const instructions = popup.range ? RANGE_INSTRUCTIONS : popup.multi ? MULTI_INSTRUCTIONS : SINGLE_INSTRUCTIONS;
	const {list} = popup;
	const shownRows = Math.min(list.rows, Math.max(list.items.length, 1));
	const window = listView({...list, rows: shownRows}, inner, {indent: 2, marks: popup.multi, focused: focused && !popup.range});
	const {above, below} = scrollMarkers(list.top, list.rows, list.items.length);
	const body = [center(popup.title, inner), ...instructions.map(i => text(i)), text(above), ...window, text(below), ...legend(keys, inner, 3)];
	const lines = box(body, width);
	return {lines, row: Math.max(size.height - lines.length, 0), col: Math.floor((size.width - width) / 2)};
}

const TEXT_KEYS: Record<TextPopup['variant'], readonly string[]> = {
	help: ['F2=Refresh', 'F3=Cancel', 'F8=Image', 'F10=Exit', 'Enter=Do'],
	command: POPUP_KEYS,
	error: POPUP_KEYS,
	message: POPUP_KEYS,
	confirm: POPUP_KEYS,
	fastpath: POPUP_KEYS,
};

/** The text lines of a message pop-up (wrapped), before windowing. */
export function textLines(popup: TextPopup, size: Size): string[] {
	const inner = boxInner(popup.variant === 'help' || popup.variant === 'command' ? wideWidth(size) : narrowWidth(size));
	const intro = popup.variant === 'command' || popup.variant === 'fastpath' ? [RETURN_NOTE, ''] : [];
	return [...intro, ...wrap(popup.text, inner)];
}

/** Rows of text a message pop-up shows at this size. */
export function textRows(popup: TextPopup, size: Size): number {
	const inner = boxInner(popup.variant === 'help' || popup.variant === 'command' ? wideWidth(size) : narrowWidth(size));
	return Math.max(size.height - 2 - 2 - 2 - legend(TEXT_KEYS[popup.variant], inner, 3).length, 1);
}

function textBox(popup: TextPopup, size: Size): PlacedBox {
	const width = popup.variant === 'help' || popup.variant === 'command' ? wideWidth(size) : narrowWidth(size);
	const inner = boxInner(width);
	const all = textLines(popup, size);
	const rows = textRows(popup, size);
	const shown = all.slice(popup.top, popup.top + rows);
	const {above, below} = scrollMarkers(popup.top, rows, all.length);
	const body = [center(popup.title, inner), text(above), ...shown.map(l => text(l)), text(below), ...legend(TEXT_KEYS[popup.variant], inner, 3)];
	const lines = box(body, width);
	return {lines, row: Math.max(Math.floor((size.height - lines.length) / 2), 0), col: Math.floor((size.width - width) / 2)};
}

function editBox(popup: EditPopup, size: Size): PlacedBox {
	const width = wideWidth(size);
	const inner = boxInner(width);
	// The value over several lines, the cursor line in view.
	const chunks: Line[] = [];
	const {value, cursor} = popup.field;
	for (let at = 0; at <= value.length; at += inner) {
		const seg = {value: value.slice(at, at + inner), cursor: cursor - at};
		const here = cursor >= at && cursor < at + inner;
		chunks.push(here ? fieldView(seg, inner, true) : text(seg.value));
		if (value.length - at < inner) break;
	}
	const body = [center(popup.title, inner), text('Edit the value, then press Enter to put it in the entry field.'), [], ...chunks, [], ...legend(['F3=Cancel', 'Enter=Do'], inner, 3)];
	const lines = box(body, width);
	return {lines, row: Math.max(Math.floor((size.height - lines.length) / 2), 0), col: Math.floor((size.width - width) / 2)};
}

function findBox(popup: FindPopup, size: Size): PlacedBox {
	const width = narrowWidth(size);
	const inner = boxInner(width);
	const body = [center('FIND', inner), text('Type the text to find and press Enter.'), [{text: '['}, ...fieldView(popup.field, inner - 2, true), {text: ']'}], ...legend(['F3=Cancel', 'Enter=Do'], inner, 3)];
	const lines = box(body, width);
	return {lines, row: Math.max(Math.floor((size.height - lines.length) / 2), 0), col: Math.floor((size.width - width) / 2)};
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

/**
 * Dialogs and selectors share one form: labels on the left, `[value]` entry
 * fields or bare ring values in the value column, `*` for required fields and
 * `+ # X /` markers on the right, `[TOP]` / `[MORE...n]` when the fields do
 * not fit.
 */
import {columns} from '../../command/display-width.js';
import type {CommandOption} from '../../menu/schema.js';
import {hasList, initialValue, isTypeable, labelLines, type DialogField} from '../../menu/dialog.js';
import {scrollMarkers} from '../render/box.js';
import {place, text, type Line} from '../render/line.js';
import {createField, fieldView} from '../widgets/field/index.js';
import {WORDS, type Words} from '../words.js';
import {assemble, screenFrame} from './layout.js';
import type {Context, FormField, FormScreen, Size} from './types.js';

const formTitle = (screen: FormScreen) => (screen.kind === 'dialog' ? screen.dialog.name : screen.selector.name);

/** `+` when F4 has something to show, then `#` numeric, `X` hexadecimal, `/` file name. */
export function markers(option: CommandOption): string {
	const list = hasList(option) ? '+' : '';
	const type = option.entry_type === '#' ? '#' : option.entry_type === 'x' ? 'X' : option.entry_type === 'f' ? '/' : '';
	return list + type;
}

/** A dialog field on screen: its text cursor after the value. */
export const formField = (field: DialogField): FormField => ({...field, ...createField(field.value)});

export function createFormField(option: CommandOption, context: Context): FormField {
	const value = initialValue(option, context);
	return formField({option, value, initial: value});
}

/** The field holding `value`, the text cursor after it. */
export const withValue = (field: FormField, value: string): FormField => ({...field, ...createField(value)});

function formGeometry(width: number) {
	const markerCol = width - 3;
	const valueCol = width >= 80 ? 54 + Math.floor((width - 80) / 2) : Math.max(Math.floor(width * 0.6), 12);
	return {markerCol, valueCol, valueWidth: Math.max(markerCol - 2 - valueCol, 4), labelWidth: Math.max(valueCol - 4, 4)};
}

/** `words`: the screen's language; the rows a frame leaves are the same in every language (words.ts). */
function frameFor(screen: FormScreen, size: Size, words: Words = WORDS.en) {
	return screenFrame(formTitle(screen), words.dialogInstructions, words.dialogKeys, size.width, size.height);
}

export const formBodyRows = (screen: FormScreen, size: Size) => frameFor(screen, size).bodyRows;

/** First row of each field, and the total, in the field area. */
function rowStarts(fields: readonly FormField[]): {starts: number[]; total: number} {
	const starts: number[] = [];
	let total = 0;
	for (const field of fields) {
		starts.push(total);
		total += labelLines(field.option).length;
	}
	return {starts, total};
}

/** Scroll so the field under the cursor is in view. */
export function revealField<S extends FormScreen>(screen: S, size: Size): S {
	const rows = formBodyRows(screen, size);
	const {starts, total} = rowStarts(screen.fields);
	const first = starts[screen.cursor] ?? 0;
	const last = first + (screen.fields[screen.cursor] ? labelLines(screen.fields[screen.cursor]!.option).length : 1) - 1;
	let top = Math.min(screen.top, Math.max(total - rows, 0));
	if (first < top) top = first;
	if (last >= top + rows) top = last - rows + 1;
	return top === screen.top ? screen : {...screen, top: Math.max(top, 0)};
}

function fieldLines(field: FormField, width: number, focused: boolean): Line[] {
	const {markerCol, valueCol, valueWidth, labelWidth} = formGeometry(width);
	const labels = labelLines(field.option);
	const first = field.option.required === '+' ? '*' : ' ';
	const lines = labels.map((label, k) => {
		const shown = columns(label, 0, labelWidth).trimEnd();
		return focused ? [{text: k === 0 ? `${first} ` : '  '}, {text: shown || ' ', inverse: true}] : text(`${k === 0 ? first : ' '} ${shown}`);
	});
	let line = lines[0]!;
	if (isTypeable(field.option)) {
		const value = fieldView(field, valueWidth, focused);
		line = place(line, valueCol - 1, [{text: '['}, ...value, {text: ']'}]);
	} else {
		line = place(line, valueCol, fieldView(field, valueWidth + 1, false));
	}
	const mark = markers(field.option);
	if (mark) line = place(line, markerCol, text(mark));
	lines[0] = line;
	return lines;
}

export function formView(screen: FormScreen, size: Size, focused: boolean, words: Words): Line[] {
	const frame = frameFor(screen, size, words);
	const {valueCol} = formGeometry(size.width);
	const rows: Line[] = [];
	screen.fields.forEach((field, i) => rows.push(...fieldLines(field, size.width, focused && i === screen.cursor)));
	const {above, below} = scrollMarkers(screen.top, frame.bodyRows, rows.length);
	const header = place(text(above), valueCol + 2, text(words.entryFields));
	return assemble(frame, header, rows.slice(screen.top, screen.top + frame.bodyRows), text(below), size.height);
}

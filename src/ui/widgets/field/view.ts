/**
 * Draws a field's value in `width` columns. Focused: a window that keeps the
 * text cursor in view, the cursor character in reverse video. Not focused:
 * the start of the value, `>` at the end when more is hidden.
 */
import {charWidth, columns, cutToWidth, displayWidth} from '../../../command/display-width.js';
import {merge, type Line} from '../../render/line.js';
import type {FieldState} from './reducer.js';

export function fieldView(state: FieldState, width: number, focused: boolean): Line {
	const w = Math.max(width, 1);
	const {cursor} = state;
	// Typed values have no control characters; discovered ones might.
	// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced
	const value = state.value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
	if (!focused) return [{text: displayWidth(value) > w ? cutToWidth(value, w, '>') : value}];
	// The window, in columns: the cursor's character and as much before it as fits, then what follows.
	const under = value[cursor] ?? ' ';
	let start = cursor;
	let used = charWidth(under.codePointAt(0)!);
	while (start > 0 && used + charWidth(value.charCodeAt(start - 1)) <= w) used += charWidth(value.charCodeAt(--start));
	let end = cursor + 1;
	while (end < value.length && used + charWidth(value.charCodeAt(end)) <= w) used += charWidth(value.charCodeAt(end++));
	// Scrolled: `<` takes the first column (and a blank the second half of a wide character it covers).
	const before = value.slice(start, cursor);
	return merge([{text: start > 0 ? `<${columns(before, 1)}` : before}, {text: under, inverse: true}, {text: value.slice(cursor + 1, end)}]);
}

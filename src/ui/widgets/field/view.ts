/**
 * Draws a field's value in `width` columns. Focused: a window that keeps the
 * text cursor in view, the cursor character in reverse video. Not focused:
 * the start of the value, `>` at the end when more is hidden.
 */
import {cutToWidth, displayWidth} from '../../../command/display-width.js';
import {merge, type Line} from '../../render/line.js';
import type {FieldState} from './reducer.js';

export function fieldView(state: FieldState, width: number, focused: boolean): Line {
	const w = Math.max(width, 1);
	const {cursor} = state;
	// Typed values have no control characters; discovered ones might.
	// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced
	const value = state.value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
	if (!focused) return [{text: displayWidth(value) > w ? cutToWidth(value, w, '>') : value}];
	const start = cursor >= w ? cursor - w + 1 : 0;
	const shown = value.slice(start, start + w);
	const at = cursor - start;
	return merge([
		{text: start > 0 ? `<${shown.slice(1, at)}` : shown.slice(0, at)},
		{text: shown[at] ?? ' ', inverse: true},
		{text: shown.slice(at + 1)},
	]);
}

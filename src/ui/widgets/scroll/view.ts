/**
 * Draws the visible lines of a scroll view; the line a find stopped on is in reverse video. A line that goes on
 * past the right edge ends in `>`, one scrolled sideways starts with `<` (as a long field's value does).
 */
import {columns, displayWidth} from '../../../command/display-width.js';
import {clean, text, type Line} from '../../render/line.js';
import type {ScrollState} from './reducer.js';

/** The part of a line shown from column `left` in `width` columns, marked where it goes on. */
export function visible(line: string, left: number, width: number): string {
	const start = left > 0 && line !== '' ? '<' : '';
	const rest = columns(line, left);
	const room = width - start.length;
	return start + (displayWidth(rest) > room ? `${columns(rest, 0, Math.max(room - 1, 0))}>` : rest);
}

export function scrollView(state: ScrollState, width: number): Line[] {
	const lines: Line[] = [];
	for (let row = 0; row < state.rows; row++) {
		const i = state.top + row;
		const line = visible(clean(state.lines[i] ?? ''), state.left, width);
		lines.push(i === state.hit ? [{text: line || ' ', inverse: true}] : text(line));
	}
	return lines;
}

/** Draws the visible lines of a scroll view; the line a find stopped on is in reverse video. */
import {clean, text, type Line} from '../../render/line.js';
import type {ScrollState} from './reducer.js';

export function scrollView(state: ScrollState, width: number): Line[] {
	const lines: Line[] = [];
	for (let row = 0; row < state.rows; row++) {
		const i = state.top + row;
		const line = clean(state.lines[i] ?? '').slice(0, width);
		lines.push(i === state.hit ? [{text: line || ' ', inverse: true}] : text(line));
	}
	return lines;
}

/** The function-key legends at the foot of screens and pop-ups (their words: ../words.ts): four columns, 20 wide at 80 columns. */
import {place, text, type Line} from './line.js';

/** Lay out key labels in `columns` columns across `width`. */
export function legend(keys: readonly string[], width: number, columns = 4): Line[] {
	const step = Math.max(Math.floor(width / columns), 12);
	const perLine = Math.max(Math.min(columns, Math.floor((width + 2) / step)), 1);
	const lines: Line[] = [];
	for (let i = 0; i < keys.length; i += perLine) {
		let line: Line = [];
		keys.slice(i, i + perLine).forEach((label, k) => {
			line = place(line, k * step, text(label));
		});
		lines.push(line);
	}
	return lines;
}

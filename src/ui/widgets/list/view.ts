/** Draws a list window: exactly `rows` lines, the cursor item in reverse video, `>` on marked items. */
import {clean, text, type Line} from '../../render/line.js';
import {visible} from '../scroll/index.js';
import type {ListState} from './reducer.js';

export interface ListViewOptions {
	/** Columns before the item text (marks go in column 0). */
	indent?: number;
	/** Show `>` on marked items. */
	marks?: boolean;
	/** Highlight the cursor item (off while a pop-up covers the list). */
	focused?: boolean;
}

export function listView(state: ListState, width: number, options: ListViewOptions = {}): Line[] {
	const indent = options.indent ?? 2;
	const lines: Line[] = [];
	for (let row = 0; row < state.rows; row++) {
		const i = state.top + row;
		const item = state.items[i];
		if (!item) {
			lines.push([]);
			continue;
		}
		const mark = options.marks && state.marks.has(i) ? '>' : ' ';
		const lead = (mark + ' '.repeat(indent)).slice(0, indent);
		const body = visible(clean(item.text), state.left, Math.max(width - indent, 0));
		if (i === state.cursor && options.focused !== false) lines.push([{text: lead}, {text: body || ' ', inverse: true}]);
		else lines.push(text(lead + body));
	}
	return lines;
}

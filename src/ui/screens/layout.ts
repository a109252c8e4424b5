/** Where things go on a full screen: title, instructions, body window, markers and legend. */
import {legend} from '../render/legend.js';
import {columns} from '../../command/display-width.js';
import {center, text, type Line} from '../render/line.js';

export interface ScreenFrame {
	/** Lines above the body (title, instructions, the header/marker line). */
	head: Line[];
	/** Rows available for the body. */
	bodyRows: number;
	legend: Line[];
}

/**
 * Title on row 0, then `instructions`, then a header line (for markers or
 * `[Entry Fields]`); the legend at the foot with a marker line above it.
 */
export function screenFrame(title: string, instructions: readonly string[], keys: readonly string[], width: number, height: number): ScreenFrame {
	const head = [center(title, width), ...instructions.map(i => text(columns(i, 0, width)))];
	const foot = legend(keys, width);
	const bodyRows = Math.max(height - head.length - 1 - 1 - foot.length, 1);
	return {head, bodyRows, legend: foot};
}

/** Put head, header line, body, marker line and legend together, exactly `height` lines. */
export function assemble(frame: ScreenFrame, header: Line, body: readonly Line[], footer: Line, height: number): Line[] {
	const lines = [...frame.head, header, ...body.slice(0, frame.bodyRows)];
	while (lines.length < frame.head.length + 1 + frame.bodyRows) lines.push([]);
	lines.push(footer, ...frame.legend);
	while (lines.length < height) lines.splice(lines.length - frame.legend.length, 0, []);
	return lines.slice(0, height);
}

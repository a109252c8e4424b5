/** Pop-up boxes: a frame of + - | around lines, drawn over a screen. */
import {fit, text, type Line} from './line.js';

/** Surround body lines with a border; the box is `width` columns wide. */
export function box(body: readonly Line[], width: number): Line[] {
	const inner = boxInner(width);
	const edge = text(`+${'-'.repeat(inner + 2)}+`);
	return [edge, ...body.map(line => [{text: '| '}, ...fit(line, inner), {text: ' |'}]), edge];
}

/** The interior width of a box `width` wide. */
export const boxInner = (width: number) => Math.max(width - 4, 1);

/** `[TOP]` / `[MORE...n]` above a window and `[MORE...n]` / `[BOTTOM]` below it. */
export function scrollMarkers(top: number, rows: number, count: number): {above: string; below: string} {
	if (count <= rows) return {above: '', below: ''};
	const hiddenBelow = Math.max(count - top - rows, 0);
	return {above: top === 0 ? '[TOP]' : `[MORE...${top}]`, below: hiddenBelow === 0 ? '[BOTTOM]' : `[MORE...${hiddenBelow}]`};
}

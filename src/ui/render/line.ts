/**
 * A frame is a list of lines; a line is a list of styled segments. Screens
 * and pop-ups are pure functions to lines, so layout is exact, cheap and
 * testable without Ink. Widths are display columns (src/command/display-width.ts): a Chinese character takes two.
 */
import {breakUnits, charWidth, columns, cutToWidth, displayWidth} from '../../command/display-width.js';

export interface Seg {
	text: string;
	inverse?: boolean;
	bold?: boolean;
}

export type Line = Seg[];

export const text = (value: string, style: Omit<Seg, 'text'> = {}): Line => (value ? [{text: value, ...style}] : []);

export function lineText(line: Line): string {
	return line.map(s => s.text).join('');
}

export function lineWidth(line: Line): number {
	let width = 0;
	for (const seg of line) width += displayWidth(seg.text);
	return width;
}

/** Columns [start, end) of a line. */
export function slice(line: Line, start: number, end = Number.POSITIVE_INFINITY): Line {
	const out: Line = [];
	let col = 0;
	for (const seg of line) {
		const width = displayWidth(seg.text);
		const from = Math.max(start - col, 0);
		const to = Math.min(end - col, width);
		if (to > from) out.push({...seg, text: columns(seg.text, from, to)});
		col += width;
		if (col >= end) break;
	}
	return out;
}

/** Truncate or pad with blanks to exactly `width` columns. */
export function fit(line: Line, width: number): Line {
	const cut = slice(line, 0, width);
	const missing = width - lineWidth(cut);
	return missing > 0 ? [...cut, {text: ' '.repeat(missing)}] : cut;
}

/** Put `segs` at column `col` (padding with blanks), keeping what is to the right of them. */
export function place(line: Line, col: number, segs: Line): Line {
	const left = fit(slice(line, 0, col), col);
	const right = slice(line, col + lineWidth(segs));
	return merge([...left, ...segs, ...right]);
}

/** Join neighbouring segments with the same style (fewer Text nodes to draw). */
export function merge(line: Line): Line {
	const out: Line = [];
	for (const seg of line) {
		if (!seg.text) continue;
		const last = out[out.length - 1];
		if (last && Boolean(last.inverse) === Boolean(seg.inverse) && Boolean(last.bold) === Boolean(seg.bold)) last.text += seg.text;
		else out.push({...seg});
	}
	return out;
}

export function center(value: string, width: number): Line {
	const cut = cutToWidth(value, width).trimEnd();
	return text(' '.repeat(Math.max(Math.floor((width - displayWidth(cut)) / 2), 0)) + cut);
}

/** Draw `box` over `base` with its top-left corner at row, col. */
export function overlay(base: readonly Line[], box: readonly Line[], row: number, col: number): Line[] {
	const out = [...base];
	box.forEach((boxLine, i) => {
		const r = row + i;
		if (r < 0 || r >= out.length) return;
		out[r] = place(out[r] ?? [], col, boxLine);
	});
	return out;
}

/** Text fit for the screen: tabs expanded to 8-column stops, other control characters dropped. */
export function clean(value: string): string {
	let out = '';
	let col = 0;
	for (const char of value) {
		if (char === '\t') {
			out += ' '.repeat(8 - (col % 8));
			col += 8 - (col % 8);
		} else {
			const code = char.codePointAt(0)!;
			if (code >= 0x20 && !(code >= 0x7f && code < 0xa0)) {
				out += char;
				col += charWidth(code);
			}
		}
	}
	return out;
}

/** Word-wrap plain text to a width in columns (long words are cut; Chinese breaks between any two characters). */
export function wrap(value: string, width: number): string[] {
	const out: string[] = [];
	const w = Math.max(width, 1);
	for (const paragraph of value.split('\n').map(clean)) {
		let line = '';
		let used = 0;
		for (const word of breakUnits(paragraph)) {
			const size = displayWidth(word);
			if (used + size <= w) {
				line += word;
				used += size;
				continue;
			}
			if (line.trim()) out.push(line.trimEnd());
			line = /^\s+$/.test(word) ? '' : word;
			while (displayWidth(line) > w) {
				const head = columns(line, 0, w);
				out.push(head.trimEnd());
				line = line.slice(head.trimEnd().length || 1);
			}
			used = displayWidth(line);
		}
		out.push(line.trimEnd());
	}
	return out;
}

/** ANSI for one line: used for the first frame, written before Ink is loaded. */
export function toAnsi(line: Line): string {
	let out = '';
	for (const seg of line) {
		let t = seg.text;
		if (seg.inverse) t = `\x1b[7m${t}\x1b[27m`;
		if (seg.bold) t = `\x1b[1m${t}\x1b[22m`;
		out += t;
	}
	return out;
}

/** A frame as plain text (tests, the F8 screen image). */
export function frameText(lines: readonly Line[]): string {
	return lines.map(l => lineText(l).trimEnd()).join('\n');
}

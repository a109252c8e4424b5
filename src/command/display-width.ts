/**
 * Text measured as a terminal shows it: East Asian Wide and Fullwidth characters (Chinese, Japanese, Korean,
 * fullwidth forms, wide emoji) take two columns, every other character one. The screens, the pop-ups' frames,
 * the manual pages and the lab panel measure, cut and wrap text with these functions only, never with
 * `.length`, so a Chinese label keeps `[Entry Fields]` aligned. Combining marks are not handled (no text here
 * has them; the screens drop control characters).
 */

/** First and last code point of each wide range (Unicode's EastAsianWidth W and F, the blocks text here uses). */
const WIDE: readonly (readonly [number, number])[] = [
	[0x1100, 0x115f],
	[0x231a, 0x231b],
	[0x2329, 0x232a],
	[0x2e80, 0x303e],
	[0x3041, 0x33ff],
	[0x3400, 0x4dbf],
	[0x4e00, 0x9fff],
	[0xa000, 0xa4cf],
	[0xa960, 0xa97f],
	[0xac00, 0xd7a3],
	[0xf900, 0xfaff],
	[0xfe10, 0xfe19],
	[0xfe30, 0xfe6f],
	[0xff00, 0xff60],
	[0xffe0, 0xffe6],
	[0x1f300, 0x1f64f],
	[0x1f900, 0x1f9ff],
	[0x20000, 0x2fffd],
	[0x30000, 0x3fffd],
];

/** Anything that could be wide: text without it is measured by its length. */
const MAYBE_WIDE = /[\u1100-\uffff]/;

/** Columns one code point takes. */
export function charWidth(code: number): 1 | 2 {
	if (code < 0x1100) return 1;
	for (const [first, last] of WIDE) {
		if (code < first) return 1;
		if (code <= last) return 2;
	}
	return 1;
}

/** Columns a string takes on a terminal. */
export function displayWidth(text: string): number {
	if (!MAYBE_WIDE.test(text)) return text.length;
	let width = 0;
	for (const char of text) width += charWidth(char.codePointAt(0)!);
	return width;
}

/**
 * Columns [start, end) of a string. A wide character cut by either edge becomes a blank for the half that is
 * inside, so the result is exactly as wide as the columns it covers (a pop-up drawn over Chinese text keeps its
 * frame where it should be).
 */
export function columns(text: string, start: number, end = Number.POSITIVE_INFINITY): string {
	if (!MAYBE_WIDE.test(text)) return text.slice(start, end);
	let out = '';
	let col = 0;
	for (const char of text) {
		if (col >= end) break;
		const w = charWidth(char.codePointAt(0)!);
		if (col >= start && col + w <= end) out += char;
		else if (col + w > start) out += ' '.repeat(Math.min(col + w, end) - Math.max(col, start));
		col += w;
	}
	return out;
}

/** Padded with blanks to `width` columns (padEnd by display width). */
export const padToWidth = (text: string, width: number) => text + ' '.repeat(Math.max(width - displayWidth(text), 0));

/** The string cut to at most `width` columns, with `mark` (`>`, `~`) as its last column when it was cut. */
export function cutToWidth(text: string, width: number, mark = ''): string {
	if (displayWidth(text) <= width) return text;
	const room = Math.max(width - mark.length, 0);
	return padToWidth(`${columns(text, 0, room)}${mark}`, width);
}

/**
 * The units a line may break between: blank runs, runs of narrow non-blank characters (words), and each wide
 * character alone (Chinese breaks between any two characters), an opening bracket kept with what follows it and
 * closing punctuation with what precedes it, so no line starts with 。 or ends with （. The brackets （“‘《「【〈 and the
 * punctuation ，。、；：？！）”’》」】〉 are written as escapes: one character outside ASCII in the bundle makes V8 hold all
 * of its source as two-byte text (twice the memory, and a slower read at every start).
 */
const OPENING = String.raw`[\uff08\u201c\u2018\u300a\u300c\u3010\u3008]*`;
const CLOSING = String.raw`[\uff0c\u3002\u3001\uff1b\uff1a\uff1f\uff01\uff09\u201d\u2019\u300b\u300d\u3011\u3009]*`;
const UNIT = new RegExp(String.raw`\s+|${OPENING}(?:[^\s\u1100-\uffff\u{10000}-\u{10ffff}]+|[\u1100-\uffff\u{10000}-\u{10ffff}])${CLOSING}`, 'gu');
export function breakUnits(text: string): string[] {
	return text.match(UNIT) ?? [];
}

/** Hard-wrapped into pieces of at most `width` columns (a wide character never split: it starts the next piece). */
export function piecesOfWidth(text: string, width: number): string[] {
	if (!MAYBE_WIDE.test(text)) {
		const pieces: string[] = [];
		const step = Math.max(width, 1);
		for (let at = 0; at < text.length; at += step) pieces.push(text.slice(at, at + step));
		return pieces.length ? pieces : [''];
	}
	const pieces: string[] = [];
	let piece = '';
	let used = 0;
	for (const char of text) {
		const w = charWidth(char.codePointAt(0)!);
		if (used + w > width && piece) {
			pieces.push(piece);
			piece = '';
			used = 0;
		}
		piece += char;
		used += w;
	}
	return [...pieces, piece];
}

/**
 * The escape sequences terminals send, by family. xterm and tmux/screen use
 * SS3 P..S for F1-F4 and CSI n~ for the rest; the Linux console sends
 * CSI [A..[E for F1-F5; rxvt and PuTTY's default mode CSI 11~..14~; PuTTY's
 * VT100+ mode SS3 P..[ for F1-F12; PuTTY's SCO mode CSI M..X.
 */

/** `ESC [ n ~` (and rxvt's `^` `$` `@` endings): the key for n. */
export const TILDE_KEYS: Readonly<Record<number, string>> = {
	1: 'home',
	2: 'insert',
	3: 'delete',
	4: 'end',
	5: 'pageup',
	6: 'pagedown',
	7: 'home',
	8: 'end',
	11: 'f1',
	12: 'f2',
	13: 'f3',
	14: 'f4',
	15: 'f5',
	17: 'f6',
	18: 'f7',
	19: 'f8',
	20: 'f9',
	21: 'f10',
	23: 'f11',
	24: 'f12',
	// rxvt's shifted F3..F10 arrive as F13..F20.
	25: 'f13',
	26: 'f14',
	28: 'f15',
	29: 'f16',
	31: 'f17',
	32: 'f18',
	33: 'f19',
	34: 'f20',
};

/** `ESC [ x` with a letter final and no parameters (xterm cursor keys, SCO F-keys). */
export const CSI_LETTER_KEYS: Readonly<Record<string, string>> = {
	A: 'up',
	B: 'down',
	C: 'right',
	D: 'left',
	E: 'begin',
	F: 'end',
	G: 'begin',
	H: 'home',
	// PuTTY SCO mode: ESC [ M .. ESC [ X are F1 .. F12.
	M: 'f1',
	N: 'f2',
	O: 'f3',
	P: 'f4',
	Q: 'f5',
	R: 'f6',
	S: 'f7',
	T: 'f8',
	U: 'f9',
	V: 'f10',
	W: 'f11',
	X: 'f12',
};

/** `ESC [ 1 ; m x`: the same letters with xterm modifier parameters (P..S are F1..F4 here). */
export const CSI_MODIFIED_KEYS: Readonly<Record<string, string>> = {
	A: 'up',
	B: 'down',
	C: 'right',
	D: 'left',
	E: 'begin',
	F: 'end',
	H: 'home',
	P: 'f1',
	Q: 'f2',
	R: 'f3',
	S: 'f4',
};

/** rxvt's shifted cursor keys `ESC [ a..d`. */
export const CSI_SHIFT_KEYS: Readonly<Record<string, string>> = {a: 'up', b: 'down', c: 'right', d: 'left'};

/** `ESC O x`: xterm application cursor keys, F1-F4, PuTTY VT100+ F5-F12, rxvt Ctrl-arrows. */
export const SS3_KEYS: Readonly<Record<string, string>> = {
	A: 'up',
	B: 'down',
	C: 'right',
	D: 'left',
	E: 'begin',
	F: 'end',
	H: 'home',
	M: 'enter',
	P: 'f1',
	Q: 'f2',
	R: 'f3',
	S: 'f4',
	T: 'f5',
	U: 'f6',
	V: 'f7',
	W: 'f8',
	X: 'f9',
	Y: 'f10',
	Z: 'f11',
	'[': 'f12',
};

/** rxvt's Ctrl-arrows `ESC O a..d`. */
export const SS3_CTRL_KEYS: Readonly<Record<string, string>> = {a: 'up', b: 'down', c: 'right', d: 'left'};

/** The numeric keypad in application mode sends SS3 letters for its characters. */
export const SS3_KEYPAD_TEXT: Readonly<Record<string, string>> = {
	j: '*',
	k: '+',
	l: ',',
	m: '-',
	n: '.',
	o: '/',
	p: '0',
	q: '1',
	r: '2',
	s: '3',
	t: '4',
	u: '5',
	v: '6',
	w: '7',
	x: '8',
	y: '9',
};

/** Ctrl with the characters after the letters: 0x1c..0x1f. */
export const CTRL_SYMBOLS: Readonly<Record<number, string>> = {0x00: 'space', 0x1c: '\\', 0x1d: ']', 0x1e: '^', 0x1f: '_'};

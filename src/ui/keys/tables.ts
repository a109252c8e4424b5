/**
 * The escape sequences terminals send, by family. xterm and tmux/screen use
 * SS3 P..S for F1-F4 and CSI n~ for the rest; the Linux console sends
 * CSI [A..[E for F1-F5; rxvt and PuTTY's default mode CSI 11~..14~; PuTTY's
 * VT100+ mode SS3 P..[ for F1-F12; PuTTY's SCO mode CSI M..X.
 */

/** F1, F2, ... for a run of final characters. */
const fKeys = (finals: string): Record<string, string> => Object.fromEntries([...finals].map((final, i) => [final, `f${i + 1}`]));

/** The cursor keys' final letters, the same after `ESC [`, `ESC [ 1 ; m` and `ESC O`. */
const CURSOR_KEYS: Readonly<Record<string, string>> = {A: 'up', B: 'down', C: 'right', D: 'left', E: 'begin', F: 'end', H: 'home'};

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

/** `ESC [ x` with a letter final and no parameters: xterm cursor keys, and PuTTY's SCO mode F1..F12 as M..X. */
export const CSI_LETTER_KEYS: Readonly<Record<string, string>> = {...CURSOR_KEYS, G: 'begin', ...fKeys('MNOPQRSTUVWX')};

/** `ESC [ 1 ; m x`: the cursor letters with xterm modifier parameters, and P..S as F1..F4. */
export const CSI_MODIFIED_KEYS: Readonly<Record<string, string>> = {...CURSOR_KEYS, ...fKeys('PQRS')};

/** `ESC O x`: xterm application cursor keys, keypad Enter, F1-F4, PuTTY VT100+ F5-F12. */
export const SS3_KEYS: Readonly<Record<string, string>> = {...CURSOR_KEYS, M: 'enter', ...fKeys('PQRSTUVWXYZ[')};

/** rxvt's arrows with lowercase finals: Shift after `ESC [`, Ctrl after `ESC O`. */
export const RXVT_ARROWS: Readonly<Record<string, string>> = {a: 'up', b: 'down', c: 'right', d: 'left'};

/** The numeric keypad in application mode sends `ESC O j..y` for `*+,-./0123456789`. */
export const SS3_KEYPAD_TEXT: Readonly<Record<string, string>> = Object.fromEntries(
	[...'jklmnopqrstuvwxy'].map((final, i) => [final, '*+,-./0123456789'[i]!]),
);

/** Ctrl with the characters after the letters: 0x1c..0x1f. */
export const CTRL_SYMBOLS: Readonly<Record<number, string>> = {0: 'space', 28: '\\', 29: ']', 30: '^', 31: '_'};

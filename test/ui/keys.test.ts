import {describe, expect, it} from 'vitest';
import {createDecoder, toCommand, type InputEvent} from '../../src/ui/keys/index.js';

const ESC = '\x1b';
/** Decode chunks with one decoder; returns every event. */
function decode(...chunks: Array<string | Uint8Array>): InputEvent[] {
	const decoder = createDecoder();
	return chunks.flatMap(chunk => decoder(chunk));
}
/** A compact name for each event: `f4`, `S-f5`, `C-a`, `M-x`, `text:abc`, `paste:...`. */
function names(...chunks: Array<string | Uint8Array>): string[] {
	return decode(...chunks).map(e => {
		if (e.kind !== 'key') return `${e.kind}:${e.text}`;
		return `${e.ctrl ? 'C-' : ''}${e.alt ? 'M-' : ''}${e.shift ? 'S-' : ''}${e.name}`;
	});
}

describe('function keys, every terminal family', () => {
	const fkeys: Array<[string, string[]]> = [
		[
			'xterm / tmux / screen',
			[
				`${ESC}OP`,
				`${ESC}OQ`,
				`${ESC}OR`,
				`${ESC}OS`,
				`${ESC}[15~`,
				`${ESC}[17~`,
				`${ESC}[18~`,
				`${ESC}[19~`,
				`${ESC}[20~`,
				`${ESC}[21~`,
				`${ESC}[23~`,
				`${ESC}[24~`,
			],
		],
		[
			'rxvt / PuTTY default',
			[
				`${ESC}[11~`,
				`${ESC}[12~`,
				`${ESC}[13~`,
				`${ESC}[14~`,
				`${ESC}[15~`,
				`${ESC}[17~`,
				`${ESC}[18~`,
				`${ESC}[19~`,
				`${ESC}[20~`,
				`${ESC}[21~`,
				`${ESC}[23~`,
				`${ESC}[24~`,
			],
		],
		[
			'Linux console',
			[
				`${ESC}[[A`,
				`${ESC}[[B`,
				`${ESC}[[C`,
				`${ESC}[[D`,
				`${ESC}[[E`,
				`${ESC}[17~`,
				`${ESC}[18~`,
				`${ESC}[19~`,
				`${ESC}[20~`,
				`${ESC}[21~`,
				`${ESC}[23~`,
				`${ESC}[24~`,
			],
		],
		[
			'PuTTY VT100+',
			[
				`${ESC}OP`,
				`${ESC}OQ`,
				`${ESC}OR`,
				`${ESC}OS`,
				`${ESC}OT`,
				`${ESC}OU`,
				`${ESC}OV`,
				`${ESC}OW`,
				`${ESC}OX`,
				`${ESC}OY`,
				`${ESC}OZ`,
				`${ESC}O[`,
			],
		],
		['PuTTY SCO', 'MNOPQRSTUVWX'.split('').map(c => `${ESC}[${c}`)],
	];
	for (const [family, sequences] of fkeys) {
		it(`${family}: F1..F${sequences.length}`, () => {
			sequences.forEach((seq, i) => expect(names(seq), `${family} ${JSON.stringify(seq)}`).toEqual([`f${i + 1}`]));
			// All at once in one chunk, and byte by byte.
			expect(names(sequences.join(''))).toEqual(sequences.map((_, i) => `f${i + 1}`));
			expect(names(...sequences.join('').split(''))).toEqual(sequences.map((_, i) => `f${i + 1}`));
		});
	}
	it('modified F-keys carry their modifiers and never produce text', () => {
		expect(names(`${ESC}[1;2P`)).toEqual(['S-f1']);
		expect(names(`${ESC}[1;5P`)).toEqual(['C-f1']);
		expect(names(`${ESC}[1;3S`)).toEqual(['M-f4']);
		expect(names(`${ESC}[15;2~`)).toEqual(['S-f5']);
		expect(names(`${ESC}[21;5~`)).toEqual(['C-f10']);
		expect(names(`${ESC}[17;6~`)).toEqual(['C-S-f6']);
		expect(names(`${ESC}O2P`)).toEqual(['S-f1']);
		expect(names(`${ESC}[11^`)).toEqual(['C-f1']); // rxvt Ctrl-F1
		expect(names(`${ESC}[23$`)).toEqual(['S-f11']); // rxvt Shift-F11
		expect(names(`${ESC}[25~`)).toEqual(['f13']); // rxvt Shift-F3
		expect(names(`${ESC}${ESC}OP`)).toEqual(['M-f1']);
		for (const e of decode(`${ESC}[1;2P${ESC}[15;2~${ESC}[1;5Q`)) expect(e.kind).toBe('key');
	});
});

describe('Esc + digit', () => {
	it('is F1..F10 in one chunk', () => {
		expect(names(`${ESC}1`, `${ESC}2`, `${ESC}9`, `${ESC}0`)).toEqual(['f1', 'f2', 'f9', 'f10']);
		const [event] = decode(`${ESC}4`);
		expect(event).toMatchObject({kind: 'key', name: 'f4', escDigit: true});
	});
	it('is F1..F10 when ESC and the digit come in two chunks (the ESC is held, no timeout)', () => {
		const decoder = createDecoder();
		expect(decoder(ESC)).toEqual([]);
		expect(decoder('3')).toMatchObject([{kind: 'key', name: 'f3'}]);
		expect(names(ESC, '0')).toEqual(['f10']);
		expect(names(`x${ESC}`, '6y')).toEqual(['text:x', 'f6', 'text:y']);
	});
	it('never types the digit', () => {
		for (const chunks of [[`${ESC}1`], [ESC, '1'], [`${ESC}1${ESC}2`]]) {
			expect(decode(...chunks).some(e => e.kind === 'text')).toBe(false);
		}
	});
});

describe('cursor and editing keys', () => {
	it('arrows in CSI and SS3 form, with modifiers', () => {
		expect(names(`${ESC}[A${ESC}[B${ESC}[C${ESC}[D`)).toEqual(['up', 'down', 'right', 'left']);
		expect(names(`${ESC}OA${ESC}OB${ESC}OC${ESC}OD`)).toEqual(['up', 'down', 'right', 'left']);
		expect(names(`${ESC}[1;2A${ESC}[1;5B${ESC}[1;3C`)).toEqual(['S-up', 'C-down', 'M-right']);
		expect(names(`${ESC}[a${ESC}Ob`)).toEqual(['S-up', 'C-down']); // rxvt
		expect(names(`${ESC}${ESC}[A`)).toEqual(['M-up']);
	});
	it('Home, End, PgUp, PgDn, Insert, Delete in all their forms', () => {
		expect(names(`${ESC}[H${ESC}[F${ESC}OH${ESC}OF`)).toEqual(['home', 'end', 'home', 'end']);
		expect(names(`${ESC}[1~${ESC}[4~${ESC}[7~${ESC}[8~`)).toEqual(['home', 'end', 'home', 'end']);
		expect(names(`${ESC}[5~${ESC}[6~${ESC}[2~${ESC}[3~`)).toEqual(['pageup', 'pagedown', 'insert', 'delete']);
		expect(names(`${ESC}[5;5~${ESC}[3;2~${ESC}[1;2H`)).toEqual(['C-pageup', 'S-delete', 'S-home']);
	});
	it('Tab, Shift-Tab, Backspace (both codes), Enter in its three forms', () => {
		expect(names(`\t${ESC}[Z`)).toEqual(['tab', 'S-tab']);
		expect(names('\x7f\x08')).toEqual(['backspace', 'backspace']);
		expect(names('\r', 'a', '\n', 'b', '\r\n')).toEqual(['enter', 'text:a', 'enter', 'text:b', 'enter']);
		expect(names('\r\n\r\n')).toEqual(['enter', 'enter']);
		expect(names('\r', '\nabc')).toEqual(['enter', 'text:abc']); // \r\n split across reads is one Enter
		expect(names(`${ESC}OM`)).toEqual(['enter']); // keypad Enter
	});
	it('Ctrl keys', () => {
		expect(names('\x01\x03\x0c\x16\x1a\x00\x1f')).toEqual(['C-a', 'C-c', 'C-l', 'C-v', 'C-z', 'C-space', 'C-_']);
	});
	it('Alt keys (ESC + char) never produce text', () => {
		expect(names(`${ESC}x${ESC}v${ESC}V${ESC}\x7f`)).toEqual(['M-x', 'M-v', 'M-S-v', 'M-backspace']);
		expect(decode(`${ESC}x${ESC}a${ESC}é`).every(e => e.kind === 'key')).toBe(true);
		expect(names(`${ESC}${ESC}`, 'x')).toEqual(['M-escape', 'text:x']);
	});
	it('application keypad characters are text', () => {
		expect(names(`${ESC}Oq${ESC}Ok`)).toEqual(['text:1', 'text:+']);
	});
});

describe('chunks, text and paste', () => {
	it('holds an incomplete CSI or SS3 sequence until the rest arrives', () => {
		expect(names(`${ESC}[`, 'B')).toEqual(['down']);
		expect(names(`${ESC}[1`, '5', '~')).toEqual(['f5']);
		expect(names(`${ESC}O`, 'S')).toEqual(['f4']);
		expect(names(`${ESC}[[`, 'C')).toEqual(['f3']);
		expect(names(`a${ESC}[2`, '1~b')).toEqual(['text:a', 'f10', 'text:b']);
	});
	it('Enter followed by text in one read is an Enter and the text', () => {
		expect(names('\rabc')).toEqual(['enter', 'text:abc']);
		expect(names('ab\rcd\r')).toEqual(['text:ab', 'enter', 'text:cd', 'enter']);
	});
	it('40 Down keys in one read are 40 events', () => {
		expect(names(`${ESC}[B`.repeat(40))).toEqual(Array(40).fill('down'));
	});
	it('a run of characters is one text event; UTF-8 split across reads is kept whole', () => {
		expect(names('x'.repeat(200))).toEqual([`text:${'x'.repeat(200)}`]);
		const bytes = new TextEncoder().encode('né€');
		expect(names(bytes.slice(0, 2), bytes.slice(2, 4), bytes.slice(4))).toEqual(['text:n', 'text:é', 'text:€']);
	});
	it('bracketed paste, also split across reads and containing escapes', () => {
		expect(names(`${ESC}[200~hello world${ESC}[201~`)).toEqual(['paste:hello world']);
		expect(names(`${ESC}[200~ab`, 'cd', `${ESC}[20`, '1~x')).toEqual(['paste:abcd', 'text:x']);
		expect(names(`${ESC}[200~a${ESC}OPb${ESC}[201~`)).toEqual([`paste:a${ESC}OPb`]);
	});
	it('ignores sequences that are not keys (focus, cursor reports, mouse)', () => {
		expect(names(`${ESC}[I${ESC}[12;40R${ESC}[<0;3;4M`)).toEqual([]);
	});
});

describe('key bindings', () => {
	const commands = (...chunks: string[]) => decode(...chunks).map(e => toCommand(e)?.type ?? '-');
	it('maps F-keys and Esc+digit to smitty actions', () => {
		expect(commands(`${ESC}OP${ESC}OQ${ESC}OR${ESC}OS${ESC}[15~${ESC}[17~${ESC}[18~${ESC}[19~${ESC}[20~${ESC}[21~`)).toEqual([
			'help',
			'refresh',
			'cancel',
			'list',
			'reset',
			'command',
			'edit',
			'image',
			'shell',
			'exit',
		]);
		expect(commands(`${ESC}1${ESC}2${ESC}3${ESC}4${ESC}5${ESC}6${ESC}7${ESC}8${ESC}9${ESC}0`)).toEqual([
			'help',
			'refresh',
			'cancel',
			'list',
			'reset',
			'command',
			'edit',
			'image',
			'shell',
			'exit',
		]);
	});
	it('ignores modified F-keys and Alt keys; Ctrl-L refreshes; Ctrl-V / Esc-v page', () => {
		expect(commands(`${ESC}[1;2P${ESC}[15;5~${ESC}x`)).toEqual(['-', '-', '-']);
		expect(commands('\x0c\x16', `${ESC}v`)).toEqual(['refresh', 'pagedown', 'pageup']);
		expect(commands(`\t${ESC}[Z\r`)).toEqual(['next-value', 'prev-value', 'do']);
	});
});

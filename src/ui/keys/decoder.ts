/**
 * The one key decoder: raw terminal input (in whatever chunks the terminal
 * delivers it) → key, text and paste events. It is stateful across chunks:
 * an escape sequence cut in two is held until the rest arrives, and an ESC at
 * the end of a chunk is held, with no timeout, until the next chunk decides
 * whether it is Esc+digit (smitty's F1..F10), an Alt key or a sequence.
 * Text never comes out of a modified key: Shift/Ctrl-F-keys, Alt keys and
 * unknown sequences produce a key event or nothing.
 *
 * A paste whose end marker never comes (a terminal that dropped it, stray
 * bytes) would hold every later key, F10 and Ctrl-C included: a paste is ended
 * PASTE_LIMIT_MS after it started. The decoder stays pure: the caller passes
 * the time with each chunk and calls `flush(now)` at `deadline()`.
 */
import {CSI_LETTER_KEYS, CSI_MODIFIED_KEYS, CTRL_SYMBOLS, RXVT_ARROWS, SS3_KEYPAD_TEXT, SS3_KEYS, TILDE_KEYS} from './tables.js';
import type {InputEvent, KeyEvent} from './types.js';

const ESC = '\x1b';
const PASTE_END = `${ESC}[201~`;
/** Longest escape sequence we wait for before giving up on it. */
const MAX_SEQUENCE = 32;
/** A paste still open this long after its start is ended: what came so far is the paste, what follows is keys. */
export const PASTE_LIMIT_MS = 2000;

type Parsed = {events: InputEvent[]; next: number; paste?: boolean} | undefined;

export interface Decoder {
	/** Decode a chunk that arrived at `now` (ms; without it, an open paste never times out). */
	(chunk: string | Uint8Array, now?: number): InputEvent[];
	/** When `flush` has something to do without more input: the end of an open paste's time. */
	deadline(): number | undefined;
	/** The events due by `now` with no more input: an open paste past its time, ended. */
	flush(now: number): InputEvent[];
}

/**
 * `terminalKeys`: escape sequence → key name, what the terminfo entry of $TERM says its function keys send
 * (src/host/terminfo.ts); matched before the built-in tables, which still decode everything else.
 */
export function createDecoder(terminalKeys?: ReadonlyMap<string, string>): Decoder {
	const utf8 = new TextDecoder('utf-8');
	let pending = '';
	let afterCR = false;
	let paste: string | undefined;
	/** When the open paste started, if the caller gives the time. */
	let pasteSince: number | undefined;

	const deadline = () => (paste !== undefined && pasteSince !== undefined ? pasteSince + PASTE_LIMIT_MS : undefined);
	/** End an open paste past its time. A partial end marker held for the next chunk goes too: it is not keys (ESC [ 2 0 is F9's start). */
	const flush = (now: number): InputEvent[] => {
		const due = deadline();
		if (due === undefined || now < due) return [];
		const text = paste!;
		paste = undefined;
		pasteSince = undefined;
		pending = '';
		return [{kind: 'paste', text}];
	};

	const decode = (chunk: string | Uint8Array, now?: number): InputEvent[] => {
		const text = typeof chunk === 'string' ? chunk : utf8.decode(chunk, {stream: true});
		const events: InputEvent[] = now === undefined ? [] : flush(now);
		const buf = pending + text;
		pending = '';
		const skipLF = afterCR;
		afterCR = false;
		let i = 0;
		while (i < buf.length) {
			if (paste !== undefined) {
				const end = buf.indexOf(PASTE_END, i);
				if (end < 0) {
					const keep = partialSuffix(buf, PASTE_END);
					paste += buf.slice(i, buf.length - keep);
					pending = buf.slice(buf.length - keep);
					break;
				}
				events.push({kind: 'paste', text: paste + buf.slice(i, end)});
				paste = undefined;
				pasteSince = undefined;
				i = end + PASTE_END.length;
				continue;
			}
			const c = buf[i]!;
			if (c === ESC) {
				const known = terminalKeys?.size ? terminalKey(buf, i, terminalKeys) : undefined;
				if (known === 'partial') {
					pending = buf.slice(i);
					break;
				}
				if (known) {
					events.push(key(known.name));
					i += known.length;
					continue;
				}
				const parsed = parseEscape(buf, i);
				if (!parsed) {
					pending = buf.slice(i);
					break;
				}
				if (parsed.paste) {
					paste = '';
					pasteSince = now;
				}
				events.push(...parsed.events);
				i = parsed.next;
				continue;
			}
			if (c === '\r') {
				events.push(key('enter'));
				i += buf[i + 1] === '\n' ? 2 : 1;
				if (i === buf.length && buf[i - 1] === '\r') afterCR = true;
				continue;
			}
			if (c === '\n') {
				if (!(i === 0 && skipLF)) events.push(key('enter'));
				i++;
				continue;
			}
			const code = c.charCodeAt(0);
			if (code < 0x20 || code === 0x7f) {
				events.push(controlKey(code));
				i++;
				continue;
			}
			let end = i + 1;
			while (end < buf.length && isPrintable(buf.charCodeAt(end))) end++;
			const run = stripC1(buf.slice(i, end));
			if (run) events.push({kind: 'text', text: run});
			i = end;
		}
		return events;
	};
	return Object.assign(decode, {deadline, flush});
}

/** The terminal's own sequence at `i`; 'partial' when the input ends inside one (held for the next chunk). */
function terminalKey(buf: string, i: number, keys: ReadonlyMap<string, string>): {name: string; length: number} | 'partial' | undefined {
	const rest = buf.slice(i, i + MAX_SEQUENCE);
	let partial = false;
	for (const [sequence, name] of keys) {
		if (rest.startsWith(sequence)) return {name, length: sequence.length};
		// A lone ESC is left to the Esc+digit rules below.
		if (rest.length > 1 && sequence.startsWith(rest)) partial = true;
	}
	return partial ? 'partial' : undefined;
}

function key(name: string, mods: Omit<KeyEvent, 'kind' | 'name'> = {}): KeyEvent {
	return {kind: 'key', name, ...mods};
}

function isPrintable(code: number): boolean {
	return code >= 0x20 && code !== 0x7f && code !== 0x1b;
}

function stripC1(text: string): string {
	return text.replace(/[\u0080-\u009f]/g, '');
}

function controlKey(code: number): KeyEvent {
	if (code === 0x09) return key('tab');
	if (code === 0x08 || code === 0x7f) return key('backspace');
	const symbol = CTRL_SYMBOLS[code];
	if (symbol) return key(symbol, {ctrl: true});
	return key(String.fromCharCode(code + 0x60), {ctrl: true});
}

/** How many characters at the end of buf could start `marker` (kept for the next chunk). */
function partialSuffix(buf: string, marker: string): number {
	for (let n = Math.min(marker.length - 1, buf.length); n > 0; n--) {
		if (marker.startsWith(buf.slice(buf.length - n))) return n;
	}
	return 0;
}

/** xterm modifier parameter: 1 + shift(1) + alt(2) + ctrl(4) + meta(8). */
function modifiers(param: string | undefined): Omit<KeyEvent, 'kind' | 'name'> {
	const m = Number.parseInt(param ?? '', 10) - 1;
	if (!(m > 0)) return {};
	return {...(m & 1 && {shift: true}), ...(m & 10 && {alt: true}), ...(m & 4 && {ctrl: true})};
}

function parseEscape(buf: string, i: number): Parsed {
	if (i + 1 >= buf.length) return undefined;
	const d = buf[i + 1]!;
	if (d === '[') return parseCsi(buf, i + 2);
	if (d === 'O') return parseSs3(buf, i + 2);
	if (d === ESC) {
		if (i + 2 >= buf.length) return undefined;
		const after = buf[i + 2];
		if (after === '[' || after === 'O') {
			const inner = parseEscape(buf, i + 1);
			if (!inner) return undefined;
			return {...inner, events: inner.events.map(e => (e.kind === 'key' ? {...e, alt: true} : e))};
		}
		return {events: [key('escape', {alt: true})], next: i + 2};
	}
	if (d >= '0' && d <= '9') return {events: [key(`f${d === '0' ? 10 : Number(d)}`, {escDigit: true})], next: i + 2};
	const code = buf.codePointAt(i + 1)!;
	const width = code > 0xffff ? 2 : 1;
	if (code < 0x20 || code === 0x7f) {
		const control = d === '\r' || d === '\n' ? key('enter') : controlKey(code);
		return {events: [{...control, alt: true}], next: i + 1 + width};
	}
	const char = String.fromCodePoint(code);
	const lower = char.toLowerCase();
	return {events: [key(lower, {alt: true, ...(lower !== char && {shift: true})})], next: i + 1 + width};
}

function parseCsi(buf: string, start: number): Parsed {
	let j = start;
	if (j >= buf.length) return undefined;
	if (buf[j] === '[') {
		// Linux console F1..F5: ESC [ [ A..E
		if (j + 1 >= buf.length) return undefined;
		const letter = buf[j + 1]!;
		const name = 'ABCDE'.includes(letter) ? `f${letter.charCodeAt(0) - 64}` : undefined;
		return {events: name ? [key(name)] : [], next: j + 2};
	}
	while (j < buf.length && /[0-9;:<=>?]/.test(buf[j]!)) j++;
	const params = buf.slice(start, j);
	// rxvt ends modified tilde keys with $ (shift): treat it as a final byte after a number.
	while (j < buf.length && buf[j]! >= ' ' && buf[j]! <= '/' && !(buf[j] === '$' && /^\d/.test(params))) j++;
	if (j >= buf.length) return j - start > MAX_SEQUENCE ? {events: [], next: buf.length} : undefined;
	const final = buf[j]!;
	const next = j + 1;
	if (final < '@' && final !== '$') return {events: [], next: j}; // not a sequence after all: drop the prefix
	return {...interpretCsi(params, final), next};
}

function interpretCsi(params: string, final: string): {events: InputEvent[]; paste?: boolean} {
	const parts = params.split(';');
	if (final === '~' || final === '^' || final === '$' || final === '@') {
		if (params === '200' && final === '~') return {events: [], paste: true};
		const name = TILDE_KEYS[Number(parts[0])];
		if (!name) return {events: []};
		const mods = modifiers(parts[1]);
		if (final === '^' || final === '@') mods.ctrl = true;
		if (final === '$' || final === '@') mods.shift = true;
		return {events: [key(name, mods)]};
	}
	if (final === 'Z') return {events: [key('tab', {shift: true, ...modifiers(parts[1])})]};
	if (final === 'u' && /^\d+(;\d+)?$/.test(params)) return {events: csiU(Number(parts[0]), parts[1])};
	if (params === '') {
		const name = CSI_LETTER_KEYS[final];
		if (name) return {events: [key(name)]};
		const shifted = RXVT_ARROWS[final];
		return {events: shifted ? [key(shifted, {shift: true})] : []};
	}
	// ESC [ 1 ; m x (xterm), ESC [ m x (older xterm); a cursor report ESC [ row ; col R is not a key.
	const name = CSI_MODIFIED_KEYS[final];
	if (!name || !/^\d*(;\d+)?$/.test(params)) return {events: []};
	if (parts.length === 2 && parts[0] !== '1' && parts[0] !== '') return {events: []};
	return {events: [key(name, modifiers(parts.length === 2 ? parts[1] : parts[0]))]};
}

/** Keys kitty's CSI u names by their code point. */
const CSI_U_KEYS: Readonly<Record<number, string>> = {9: 'tab', 13: 'enter', 27: 'escape', 127: 'backspace'};

/** kitty's CSI codepoint ; modifiers u (only if a terminal sends it unasked). */
function csiU(code: number, mods: string | undefined): InputEvent[] {
	const m = modifiers(mods);
	const named = CSI_U_KEYS[code];
	if (named) return [key(named, m)];
	if (m.ctrl || m.alt) return [key(String.fromCodePoint(code).toLowerCase(), m)];
	return code >= 0x20 ? [{kind: 'text', text: String.fromCodePoint(code)}] : [];
}

function parseSs3(buf: string, start: number): Parsed {
	let j = start;
	while (j < buf.length && /[0-9;]/.test(buf[j]!)) j++;
	if (j >= buf.length) return j - start > MAX_SEQUENCE ? {events: [], next: buf.length} : undefined;
	const final = buf[j]!;
	const params = buf.slice(start, j);
	const mods = modifiers(params.split(';').pop());
	const next = j + 1;
	const name = SS3_KEYS[final];
	if (name) return {events: [key(name, mods)], next};
	const ctrl = RXVT_ARROWS[final];
	if (ctrl) return {events: [key(ctrl, {ctrl: true})], next};
	const text = SS3_KEYPAD_TEXT[final];
	if (text) return {events: [{kind: 'text', text}], next};
	if (final < ' ') return {events: [], next: j};
	return {events: [], next};
}

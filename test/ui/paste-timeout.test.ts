/** A paste-start with no end never holds the keys that follow: it is ended PASTE_LIMIT_MS after it started. */
import {afterEach, describe, expect, it, vi} from 'vitest';
import {createDecoder, type InputEvent} from '../../src/ui/keys/index.js';
import {PASTE_LIMIT_MS} from '../../src/ui/keys/decoder.js';
import {resolveFastPath} from '../../src/menu/catalog.js';
import {NO_LOG} from '../../src/ui/logs/smit-log.js';
import {startAt} from '../../src/ui/app/open.js';
import {initialState, sizeFor} from '../../src/ui/app/state.js';
import {createStore} from '../../src/ui/app/store.js';
import {fixtureCatalog, memoryRunner} from '../helpers/runner.js';
import {KEY} from '../helpers/keys.js';

const ESC = '\x1b';
const PASTE_START = `${ESC}[200~`;
const show = (events: InputEvent[]) => events.map(e => (e.kind === 'key' ? `${e.ctrl ? 'C-' : ''}${e.name}` : `${e.kind}:${e.text}`));

describe('the decoder (pure: the caller gives the time)', () => {
	it('a paste still open at its deadline is ended by flush: what came is the paste', () => {
		const decode = createDecoder();
		expect(decode(`${PASTE_START}half a pas`, 1000)).toEqual([]);
		expect(decode.deadline()).toBe(1000 + PASTE_LIMIT_MS);
		expect(decode.flush(1000 + PASTE_LIMIT_MS - 1)).toEqual([]);
		expect(show(decode.flush(1000 + PASTE_LIMIT_MS))).toEqual(['paste:half a pas']);
		expect(decode.deadline()).toBeUndefined();
		// Keys after it are keys again.
		expect(show(decode(KEY.F10, 1000 + PASTE_LIMIT_MS + 5))).toEqual(['f10']);
	});

	it('F10 and Ctrl-C arriving after the deadline are keys, even before any flush', () => {
		const decode = createDecoder();
		decode(PASTE_START, 0);
		expect(show(decode(`\x03${KEY.F10}`, PASTE_LIMIT_MS + 1))).toEqual(['paste:', 'C-c', 'f10']);
	});

	it('within its time a paste holds what comes, as before; a completed paste sets no deadline', () => {
		const decode = createDecoder();
		expect(decode(`${PASTE_START}a\x03b`, 0)).toEqual([]);
		expect(show(decode(`c${ESC}[201~x`, PASTE_LIMIT_MS - 1))).toEqual(['paste:a\x03bc', 'text:x']);
		expect(decode.deadline()).toBeUndefined();
	});

	it('a partial end marker held at the deadline is dropped, never read as the start of F9', () => {
		const decode = createDecoder();
		decode(`${PASTE_START}ab${ESC}[20`, 0);
		expect(show(decode.flush(PASTE_LIMIT_MS))).toEqual(['paste:ab']);
		expect(show(decode(`~${KEY.F10}`, PASTE_LIMIT_MS + 1))).toEqual(['text:~', 'f10']);
	});
});

describe('the store', () => {
	afterEach(() => vi.useRealTimers());

	/** A store at the top menu, on a fake clock. */
	function topMenu() {
		vi.useFakeTimers();
		const catalog = fixtureCatalog();
		const base = {catalog, runner: memoryRunner(), log: NO_LOG, noExec: false, noCommands: false};
		return createStore(env => startAt(initialState(sizeFor(80, 24)), env, resolveFastPath(catalog, 'top_menu')!), base);
	}

	it('a lone paste-start no longer swallows Ctrl-C: after the limit SMIT leaves on it', () => {
		const store = topMenu();
		store.input(PASTE_START);
		store.input('\x03');
		expect(store.getState().exit).toBeUndefined();
		vi.advanceTimersByTime(PASTE_LIMIT_MS);
		store.input('\x03');
		expect(store.getState().exit).toBe(130);
	});

	it('with no more input, the paste is delivered at its deadline and F10 then leaves', () => {
		const store = topMenu();
		store.input(`${PASTE_START}x`);
		vi.advanceTimersByTime(PASTE_LIMIT_MS);
		expect(vi.getTimerCount()).toBe(0);
		store.input(KEY.F10);
		expect(store.getState().exit).toBe(0);
	});
});

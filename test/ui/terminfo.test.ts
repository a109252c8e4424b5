/** Function keys as the terminfo entry of $TERM defines them, for every terminal type of the system's database. */
import {existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {terminfoFunctionKeys} from '../../src/host/terminfo.js';
import {createDecoder, toCommand} from '../../src/ui/keys/index.js';

const DATABASES = ['/lib/terminfo', '/usr/share/terminfo', '/etc/terminfo'].filter(existsSync);
const entries = (db: string) =>
	readdirSync(db, {withFileTypes: true})
		.filter(d => d.isDirectory())
		.flatMap(d => readdirSync(join(db, d.name)));
const TYPES = [...new Set(DATABASES.flatMap(entries))].sort();
const ENV = {HOME: '/nonexistent'};

/** What one key's sequence does in SMIT, sent whole or split in two chunks. */
function commandsFor(keys: ReadonlyMap<string, string>, sequence: string): string[] {
	const whole = createDecoder(keys)(sequence).map(e => toCommand(e)?.type ?? 'nothing');
	const decoder = createDecoder(keys);
	const split = [...decoder(sequence.slice(0, 2)), ...decoder(sequence.slice(2))].map(e => toCommand(e)?.type ?? 'nothing');
	expect(split).toEqual(whole);
	return whole;
}

describe.skipIf(TYPES.length === 0)('keys from terminfo', () => {
	it.each(TYPES)('%s: F3 cancels and F10 exits, as its entry says they are sent', term => {
		const keys = terminfoFunctionKeys(term, ENV);
		const sequence = (name: string) => [...keys].find(([, key]) => key === name)?.[0];
		for (const [name, command] of [
			['f3', 'cancel'],
			['f10', 'exit'],
		] as const) {
			const sent = sequence(name);
			if (sent !== undefined) expect(commandsFor(keys, sent)).toEqual([command]);
		}
		// Esc+digit keeps working on every terminal type.
		expect(commandsFor(keys, '\x1b3')).toEqual(['cancel']);
		expect(commandsFor(keys, '\x1b0')).toEqual(['exit']);
	});

	it.skipIf(!TYPES.includes('vt100'))('vt100 sends F10 as ESC O x, which the built-in tables read as the keypad’s 8', () => {
		expect(createDecoder()('\x1bOx').map(e => toCommand(e)?.type)).not.toEqual(['exit']);
		expect(commandsFor(terminfoFunctionKeys('vt100', ENV), '\x1bOx')).toEqual(['exit']);
	});

	it('a name that is not a terminal type reads nothing', () => {
		expect(terminfoFunctionKeys('../../etc/passwd', ENV).size).toBe(0);
		expect(terminfoFunctionKeys('no-such-terminal', ENV).size).toBe(0);
		expect(terminfoFunctionKeys(undefined, ENV).size).toBe(0);
	});
});

/**
 * The function keys a terminal type sends, from the system's terminfo database (what curses, and so smitty, reads):
 * the compiled entry of $TERM, its kf1..kf10 string capabilities. Only sequences that start with ESC are kept (the
 * decoder's built-in tables stay for everything else). No entry, an unreadable or a malformed one: no keys.
 */
import {closeSync} from 'node:fs';
import {homedir} from 'node:os';
import {join} from 'node:path';
import {openRegular, readFd} from './regular-file.js';

/** The positions of kf1..kf10 among terminfo's string capabilities (term.h: key_f1 = 66, key_f10 = 67, key_f2..f9). */
const F_KEY_INDEX: Readonly<Record<string, number>> = {f1: 66, f2: 68, f3: 69, f4: 70, f5: 71, f6: 72, f7: 73, f8: 74, f9: 75, f10: 67};

const MAGIC_16 = 0o432;
const MAGIC_32 = 0o1036;

/** The string capabilities of a compiled terminfo entry (legacy or 32-bit number format); undefined where absent. */
export function terminfoStrings(data: Buffer): (string | undefined)[] | undefined {
	if (data.length < 12) return undefined;
	const magic = data.readInt16LE(0);
	if (magic !== MAGIC_16 && magic !== MAGIC_32) return undefined;
	const [namesSize, boolCount, numCount, strCount, tableSize] = [2, 4, 6, 8, 10].map(at => data.readInt16LE(at)) as number[];
	let at = 12 + namesSize! + boolCount!;
	if (at % 2 === 1) at++;
	at += numCount! * (magic === MAGIC_32 ? 4 : 2);
	const table = at + strCount! * 2;
	if (table + tableSize! > data.length) return undefined;
	return Array.from({length: strCount!}, (_, i) => {
		const offset = data.readInt16LE(at + i * 2);
		if (offset < 0 || offset >= tableSize!) return undefined;
		const end = data.indexOf(0, table + offset);
		return data.toString('latin1', table + offset, end < 0 ? table + tableSize! : end);
	});
}

/** Where curses looks for a terminal type's entry: $TERMINFO, ~/.terminfo, $TERMINFO_DIRS, then the system folders. */
function entryPaths(term: string, env: NodeJS.ProcessEnv): string[] {
	const dirs = [env.TERMINFO, join(env.HOME ?? homedir(), '.terminfo'), ...(env.TERMINFO_DIRS ?? '').split(':')]
		.concat(['/etc/terminfo', '/lib/terminfo', '/usr/share/terminfo', '/usr/lib/terminfo'])
		.filter((dir): dir is string => !!dir);
	const first = term[0]!;
	return dirs.flatMap(dir => [join(dir, first, term), join(dir, first.charCodeAt(0).toString(16), term)]);
}

/** Escape sequence → f1..f10, as the terminfo entry of `term` defines them. */
export function terminfoFunctionKeys(term: string | undefined, env: NodeJS.ProcessEnv = process.env): Map<string, string> {
	const keys = new Map<string, string>();
	// A name with a slash or a dot-dot is not a terminal type: never a path out of the database.
	if (!term || term.includes('/') || term.startsWith('.')) return keys;
	for (const path of entryPaths(term, env)) {
		let data: Buffer;
		try {
			// A regular file only (never a FIFO that would block the start); entries are a few kilobytes.
			const {fd, stats} = openRegular(path);
			try {
				data = readFd(fd, Math.min(stats.size, 1 << 16));
			} finally {
				closeSync(fd);
			}
		} catch {
			continue;
		}
		const strings = terminfoStrings(data) ?? [];
		for (const [name, index] of Object.entries(F_KEY_INDEX)) {
			const sequence = strings[index];
			if (sequence?.startsWith('\x1b') && sequence.length > 1) keys.set(sequence, name);
		}
		return keys;
	}
	return keys;
}

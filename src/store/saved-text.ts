/**
 * The text of a saved state, and what a save reuses of the one before. It is the state's JSON with each entry of its
 * top-level maps (nodes, vgda, disks, ...) on a line of its own. A command changes few entries (a node joining big
 * changes that node and two groups, of 32 nodes and 96 volume groups), and the draft gives every entry it left alone
 * back as the same object; committed states are never changed in place. So a save writes those entries' bytes as
 * they were read or last written, and serialises only the rest. JSON strings hold no raw newline: the lines of the
 * file are its entries.
 */
import type {ClusterState} from '../cluster/state.js';

/** The bytes of entries of a saved state, by the object each was read into or written from. */
export type EntryBytes = WeakMap<object, Buffer>;

type JsonObject = Record<string, unknown>;

/** A map whose entries go on lines of their own: an object with an entry JSON keeps (one not undefined). */
function isSplitMap(value: unknown): value is JsonObject {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	for (const name in value) if ((value as JsonObject)[name] !== undefined) return true;
	return false;
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/**
 * The file's bytes for `state` as generation `generation` (the release early, where peekRelease reads it without
 * loading the rest), in pieces to write one after another, reusing the bytes `written` holds for unchanged entries;
 * and the bytes of every entry written.
 */
export function serialize(state: ClusterState, generation: number, written: EntryBytes): {pieces: Buffer[]; entries: EntryBytes} {
	const {format, version, release, ...model} = state;
	const top: JsonObject = {format, version, generation, release, ...model};
	const pieces: Buffer[] = [];
	const entries: EntryBytes = new WeakMap();
	let text = '{';
	let separator = '';
	for (const key of Object.keys(top)) {
		const value = top[key];
		// As JSON.stringify: a key whose value is undefined is left out.
		if (value === undefined) continue;
		text += `${separator}${JSON.stringify(key)}:`;
		separator = ',';
		if (!isSplitMap(value)) {
			text += JSON.stringify(value);
			continue;
		}
		text += '{';
		let before = '\n';
		for (const name in value) {
			const entry = value[name];
			if (entry === undefined) continue;
			text += `${before}${JSON.stringify(name)}:`;
			before = ',\n';
			if (!isObject(entry)) {
				text += JSON.stringify(entry);
				continue;
			}
			pieces.push(Buffer.from(text, 'utf8'));
			text = '';
			const bytes = written.get(entry) ?? Buffer.from(JSON.stringify(entry), 'utf8');
			pieces.push(bytes);
			entries.set(entry, bytes);
		}
		text += '\n}';
	}
	pieces.push(Buffer.from(`${text}}`, 'utf8'));
	return {pieces, entries};
}

/**
 * The bytes of each entry of `state`, read from `bytes` (whose text is `text`), the save (see serialize) it was parsed
 * from; none when the text is not laid out that way (an older hasmit's save), or holds characters beyond ASCII, whose
 * lines' bytes this does not count.
 */
export function readEntries(state: ClusterState, text: string, bytes: Buffer): EntryBytes {
	const entries: EntryBytes = new WeakMap();
	const none: EntryBytes = new WeakMap();
	if (text.length !== bytes.length) return none;
	// The first line holds the scalars up to the first map's opening brace.
	let line = text.indexOf('\n') + 1;
	for (const value of Object.values(state)) {
		if (!isSplitMap(value)) continue;
		if (line === 0) return none;
		for (const name in value) {
			const entry = value[name];
			if (entry === undefined) continue;
			const prefix = `${JSON.stringify(name)}:`;
			const end = text.indexOf('\n', line);
			if (end === -1 || !text.startsWith(prefix, line)) return none;
			if (isObject(entry)) entries.set(entry, bytes.subarray(line + prefix.length, text.charCodeAt(end - 1) === 0x2c ? end - 1 : end));
			line = end + 1;
		}
		// The line that closes the map, and opens the next one.
		line = text.indexOf('\n', line) + 1;
	}
	return entries;
}

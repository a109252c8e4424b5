/**
 * Control characters (newline, tab, escape, ...) have no place in the names,
 * paths and values of the model: AIX and HACMP refuse them in VG, LV, group
 * and server names, ODM stanzas and /etc/filesystems are line based, and a
 * value holding a newline would break pick lists, dialogs and smit.script
 * replay. File contents are the one exception. Where such text is shown back
 * (a refusal quoting it), it is shown escaped.
 */

const isControl = (code: number) => code < 0x20 || code === 0x7f;
const ESCAPES: Record<string, string> = {'\n': '\\n', '\t': '\\t', '\r': '\\r'};

function hasControl(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return true;
	return false;
}

/** The text with its control characters, but those `kept`, written as escapes (`\n`, `\t`, `\x1b`). */
function escapeControls(text: string, kept: string): string {
	if (!hasControl(text)) return text;
	let out = '';
	for (const char of text) {
		out += isControl(char.charCodeAt(0)) && !kept.includes(char) ? (ESCAPES[char] ?? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`) : char;
	}
	return out;
}

/** Text with its control characters written as escapes, safe to print on one line. */
export const printable = (text: string) => escapeControls(text, '');

/** A message safe to print: its lines and tabs kept, every other control character written as an escape. */
export const printableLines = (text: string) => escapeControls(text, '\n\t');

/**
 * The first string (key or value) holding a control character in what `state`
 * does not share with `before`: only what a command changed is walked, so a
 * value an older state already held does not stop the next change. Files are
 * skipped.
 */
export function controlCharacterIn(state: unknown, before: unknown): string | undefined {
	if (state === before) return undefined;
	if (typeof state === 'string') return hasControl(state) ? state : undefined;
	if (typeof state !== 'object' || state === null) return undefined;
	const previous = typeof before === 'object' && before !== null ? (before as Record<string, unknown>) : undefined;
	for (const key of Object.keys(state)) {
		const known = previous !== undefined && Object.hasOwn(previous, key);
		if (!known && hasControl(key)) return key;
		if (key === 'files') continue;
		const found = controlCharacterIn((state as Record<string, unknown>)[key], known ? previous[key] : undefined);
		if (found !== undefined) return found;
	}
	return undefined;
}

/**
 * Control characters (newline, tab, escape, ...) have no place in the names,
 * paths and values of the model: AIX and HACMP refuse them in VG, LV, group
 * and server names, ODM stanzas and /etc/filesystems are line based, and a
 * value holding a newline would break pick lists, dialogs and smit.script
 * replay. File contents are the one exception. Where such text is shown back
 * (a refusal quoting it), it is shown escaped.
 */

const CONTROL = /[\x00-\x1f\x7f]/;
const ESCAPES: Record<string, string> = {'\n': '\\n', '\t': '\\t', '\r': '\\r'};

const escaped = (c: string) => ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** Text with its control characters written as escapes (`\n`, `\t`, `\x1b`), safe to print on one line. */
export function printable(text: string): string {
	return text.replace(/[\x00-\x1f\x7f]/g, escaped);
}

/** A message safe to print: its lines and tabs kept, every other control character written as an escape. */
export function printableLines(text: string): string {
	return text.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, escaped);
}

/**
 * The first string (key or value) holding a control character in what `state`
 * does not share with `before`: only what a command changed is walked. File
 * contents are skipped.
 */
export function controlCharacterIn(state: unknown, before: unknown): string | undefined {
	if (state === before) return undefined;
	if (typeof state === 'string') return CONTROL.test(state) ? state : undefined;
	if (typeof state !== 'object' || state === null) return undefined;
	const previous = typeof before === 'object' && before !== null ? (before as Record<string, unknown>) : undefined;
	for (const key of Object.keys(state)) {
		if (CONTROL.test(key)) return key;
		if (key === 'files') continue;
		const found = controlCharacterIn((state as Record<string, unknown>)[key], previous && Object.hasOwn(previous, key) ? previous[key] : undefined);
		if (found !== undefined) return found;
	}
	return undefined;
}

/**
 * The output formats SMIT reads back from commands: cmd_to_discover's
 * `#name1:name2` / `value1:value2` pair (a colon inside a value is written
 * `#!:`), and cmd_to_list's one entry per line.
 */

const ESCAPED_COLON = '#!:';

/** Split a colon record, honouring `#!:` escapes. */
export function splitColons(line: string): string[] {
	const parts: string[] = [];
	let current = '';
	for (let i = 0; i < line.length; i++) {
		if (line.startsWith(ESCAPED_COLON, i)) {
			current += ':';
			i += ESCAPED_COLON.length - 1;
		} else if (line[i] === ':') {
			parts.push(current);
			current = '';
		} else current += line[i];
	}
	parts.push(current);
	return parts;
}

/** Write a colon record, escaping colons inside values. */
export function joinColons(values: readonly string[]): string {
	return values.map(v => v.replaceAll(':', ESCAPED_COLON)).join(':');
}

/** Read discover output into name → value. Returns undefined when it is not in the format. */
export function parseDiscover(output: string): Record<string, string> | undefined {
	const lines = output.split('\n').filter(l => l.length > 0);
	const header = lines.findIndex(l => l.startsWith('#'));
	if (header < 0) return undefined;
	const names = splitColons(lines[header]!.slice(1));
	const values = splitColons(lines[header + 1] ?? '');
	return Object.fromEntries(names.map((name, i) => [name.trim(), values[i] ?? '']));
}

export interface ListEntry {
	/** The line as shown. */
	text: string;
	/** What choosing it puts in the field. */
	value: string;
	selectable: boolean;
}

/** Turn cmd_to_list output into pop-up entries by the field's cmd_to_list_mode. */
export function parseList(output: string, mode: string): ListEntry[] {
	const lines = output.replace(/\n$/, '').split('\n');
	if (lines.length === 1 && lines[0] === '') return [];
	if (mode === 'r') return lines.map(text => ({text, value: '', selectable: false}));
	return lines.map(text => {
		const trimmed = text.trim();
		if (trimmed.startsWith('#') || trimmed === '') return {text, value: '', selectable: false};
		const words = trimmed.split(/\s+/);
		const value = mode === '1' ? words[0]! : mode === '2' ? (words[1] ?? '') : trimmed;
		return {text, value, selectable: true};
	});
}

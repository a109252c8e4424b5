/**
 * A one-line text entry: the value and the text cursor. Typing obeys the
 * field's rules: control characters never get in, a numeric field takes
 * digits and one leading sign, and entry_size caps the length.
 */

export interface FieldState {
	readonly value: string;
	/** Text cursor, 0..value.length. */
	readonly cursor: number;
}

export interface FieldRules {
	/** Most characters the field holds; 0 or undefined: no limit. */
	maxLength?: number;
	/** Digits and a leading + or - only (entry_type #). */
	numeric?: boolean;
}

export type FieldAction = {type: 'insert'; text: string} | {type: 'backspace' | 'delete' | 'left' | 'right' | 'home' | 'end' | 'kill'};

export const createField = (value: string): FieldState => ({value, cursor: value.length});

/** What of `text` a field accepts at `at`. */
function acceptable(text: string, value: string, at: number, rules: FieldRules): string {
	let out = '';
	let signed = /^[+-]/.test(value);
	for (const char of text.replace(/[\r\n]+/g, ' ')) {
		const code = char.codePointAt(0)!;
		if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
		if (rules.numeric) {
			const position = at + out.length;
			const sign = (char === '+' || char === '-') && position === 0 && !signed;
			if (!sign && !(char >= '0' && char <= '9')) continue;
			if (sign) signed = true;
		}
		out += char;
	}
	if (rules.maxLength && rules.maxLength > 0) out = out.slice(0, Math.max(rules.maxLength - value.length, 0));
	return out;
}

export function fieldReducer(state: FieldState, action: FieldAction, rules: FieldRules = {}): FieldState {
	const {value, cursor} = state;
	switch (action.type) {
		case 'insert': {
			const text = acceptable(action.text, value, cursor, rules);
			if (!text) return state;
			return {value: value.slice(0, cursor) + text + value.slice(cursor), cursor: cursor + text.length};
		}
		case 'backspace':
			return cursor === 0 ? state : {value: value.slice(0, cursor - 1) + value.slice(cursor), cursor: cursor - 1};
		case 'delete':
			return cursor >= value.length ? state : {value: value.slice(0, cursor) + value.slice(cursor + 1), cursor};
		case 'left':
			return {value, cursor: Math.max(cursor - 1, 0)};
		case 'right':
			return {value, cursor: Math.min(cursor + 1, value.length)};
		case 'home':
			return {value, cursor: 0};
		case 'end':
			return {value, cursor: value.length};
		case 'kill':
			return {value: '', cursor: 0};
	}
}

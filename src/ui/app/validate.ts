/** The checks SMIT makes before it runs anything: it refuses, says why, and keeps every value. */
import {fieldLabel} from '../screens/form.js';
import type {FormField} from '../screens/types.js';

const label = (field: FormField) => fieldLabel(field.option);

/** The first problem with the fields, or undefined when the command may run. */
export function validateFields(fields: readonly FormField[]): string | undefined {
	for (const field of fields) {
		const {option, value} = field;
		if (option.required === '+' && value.trim() === '') {
			return `A value is required for this entry field:\n  ${label(field)}\nType or select a value, then press Enter again.`;
		}
		if (value === '') continue;
		if (option.entry_type === '#' && !/^[+-]?\d+$/.test(value.trim())) {
			return `This entry field takes a number (digits, with an optional leading + or -):\n  ${label(field)}\n"${value}" is not a number.`;
		}
		if (option.entry_type === 'x' && !/^(0[xX])?[0-9a-fA-F]+$/.test(value.trim())) {
			return `This entry field takes a hexadecimal number:\n  ${label(field)}\n"${value}" is not a hexadecimal number.`;
		}
		if (option.entry_size > 0 && value.length > option.entry_size) {
			return `The value of this entry field is ${value.length} characters long; it can hold at most ${option.entry_size}:\n  ${label(field)}`;
		}
	}
	return undefined;
}

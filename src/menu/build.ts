/**
 * SMIT's command generation: cmd_to_exec, then (pass 1) every included
 * flag field with its prefix, then (pass 2) every included `--` positional,
 * each value in single quotes. A field is included when its value changed,
 * when required is y or +, or when required is ? and it is not empty.
 */
import {quoteAlways} from '../command/tokenize.js';
import type {CommandOption} from './schema.js';

/** What a dialog field holds now, and what it started with. */
export interface FieldValue {
	/** Text in the entry field; for a ring, the displayed value. */
	value: string;
	/** The discovered or default value (F5 restores it). */
	initial: string;
}

export function ringValues(field: CommandOption): string[] {
	return field.disp_values ? field.disp_values.split(',') : [];
}

export const isRing = (field: CommandOption) => field.op_type.toLowerCase() === 'r';
export const isPositional = (field: CommandOption) => field.prefix.startsWith('--');

/** The ring value shown first (value_index). */
export function ringDefault(field: CommandOption): string {
	const values = ringValues(field);
	return values[field.value_index] ?? values[0] ?? '';
}

/** What a ring shows for a value a command printed: a displayed value, or the one whose aix value it is. */
export function displayValue(field: CommandOption, value: string): string {
	const values = ringValues(field);
	if (values.includes(value)) return value;
	const at = field.aix_values ? field.aix_values.split(',').indexOf(value) : -1;
	return at >= 0 ? (values[at] ?? value) : value;
}

/** The value a field hands to the command: a ring's aix value, else the text. */
export function commandValue(field: CommandOption, value: string): string {
	if (!isRing(field) || !field.aix_values) return value;
	const index = ringValues(field).indexOf(value);
	return index < 0 ? value : (field.aix_values.split(',')[index] ?? value);
}

export function isIncluded(field: CommandOption, {value, initial}: FieldValue): boolean {
	if (field.required === 'y' || field.required === '+') return true;
	if (field.required === '?') return value !== '';
	return value !== initial;
}

/** The words one field contributes, before quoting: the prefix and its values. */
function fieldArguments(field: CommandOption, value: string): Array<{prefix: string; value: string}> {
	const prefix = isPositional(field) ? '' : field.prefix;
	const sent = commandValue(field, value);
	if (field.multi_select === 'y' || field.multi_select === 'm') {
		const items = sent.split(/\s+/).filter(Boolean);
		if (items.length === 0) return [{prefix, value: ''}];
		return items.map((item, i) => ({prefix: field.multi_select === 'm' || i === 0 ? prefix : '', value: item}));
	}
	return [{prefix, value: sent}];
}

/** The exact command line Enter runs and F6 shows. */
export function buildCommand(cmdToExec: string, fields: readonly CommandOption[], values: readonly FieldValue[]): string {
	const flags: string[] = [];
	const positionals: string[] = [];
	fields.forEach((field, index) => {
		const value = values[index];
		if (!value || !isIncluded(field, value)) return;
		const target = isPositional(field) ? positionals : flags;
		for (const arg of fieldArguments(field, value.value)) {
			// A ring choice whose aix value is empty (a "false" that sends no flag) adds nothing.
			if (arg.prefix === '' && arg.value === '' && isRing(field)) continue;
			target.push(`${arg.prefix}${quoteAlways(arg.value)}`);
		}
	});
	return [cmdToExec, ...flags, ...positionals].filter(Boolean).join(' ');
}

/** A field's multi-select entries as they are written into the entry field. */
export function joinSelection(field: CommandOption, items: readonly string[]): string {
	return items.join(field.multi_select === ',' ? ',' : ' ');
}

/** The entries an entry field holds (joinSelection's reverse). */
export function splitSelection(field: CommandOption, text: string): string[] {
	return text.split(field.multi_select === ',' ? ',' : /\s+/).filter(Boolean);
}

/**
 * F1 on a dialog field: which flag or operand of the command the dialog runs
 * the field sets, read from its prefix (or, for a ring, the flags its values
 * send) and the command's declared help. Pure, over a lookup of commands.
 */
import {explainLine} from '../command/manual.js';
import type {Command} from '../command/registry.js';
import type {Dialog} from './catalog.js';
import {isPositional, isRing} from './build.js';
import type {CommandOption} from './schema.js';

type Lookup = (word: string) => Command | undefined;

/** `-g` → the declared flag g, with the command's name for the sentence. */
function flagSentence(command: Command, word: string): string | undefined {
	const key = word.replace(/^-/, '');
	const flag = command.help.flags[key];
	if (!flag) return undefined;
	return `-${key}${flag.arg ? ` ${flag.arg}` : ''}: ${flag.help}${flag.notSimulated ? ' (not simulated by hasmit)' : ''}`;
}

/** A ring whose values send flags (now → -N): each value with the flag it sends. */
function ringFlags(command: Command, option: CommandOption): string | undefined {
	if (!isRing(option) || !option.aix_values) return undefined;
	const shown = option.disp_values.split(',');
	const sent = option.aix_values.split(',');
	const lines = shown.flatMap((value, i) => {
		const words = (sent[i] ?? '').split(/\s+/).filter(Boolean);
		if (words.length === 0) return [`  ${value}: no flag`];
		if (!words.every(word => word.startsWith('-'))) return [];
		return [`  ${value}: ${words.map(word => flagSentence(command, word) ?? `${word} (not a flag ${command.name} declares)`).join('; ')}`];
	});
	return lines.length === shown.length ? [`Each value gives ${command.name} a flag (or none):`, ...lines].join('\n') : undefined;
}

/** The nth positional field of the dialog gives the nth operand. */
function operandSentence(command: Command, dialog: Dialog, option: CommandOption): string {
	const operands = command.help.operands;
	const position = dialog.fields.filter(isPositional).indexOf(option);
	const operand = operands[Math.min(Math.max(position, 0), operands.length - 1)];
	return operand ? `This field gives ${command.name} its operand ${operand.name}: ${operand.help}.` : `This field gives ${command.name} an operand.`;
}

/** What the field sets on the command line the dialog runs; undefined when hasmit does not know the command. */
export function fieldFlagHelp(dialog: Dialog, option: CommandOption, lookup: Lookup): string | undefined {
	const command = explainLine(dialog.cmd_to_exec, lookup)?.runs;
	if (!command) return undefined;
	const prefix = option.prefix.trim();
	const cspoc = /^-cspoc-([ngf])$/.exec(prefix);
	if (cspoc) {
		const flag = command.help.flags.cspoc;
		return `This field sets -${cspoc[1]} in ${command.name}'s -cspoc option (fix_args turns ${prefix} into it)${flag ? `: ${flag.help}.` : '.'}`;
	}
	const flag = /^(-[A-Za-z][A-Za-z0-9]*)(?:\s+(\S+=))?$/.exec(prefix);
	if (flag) {
		const sentence = flagSentence(command, flag[1]!);
		const attribute = flag[2] ? ` (the attribute ${flag[2].slice(0, -1)})` : '';
		return sentence ? `This field sets ${sentence}${attribute}.` : `This field adds ${prefix} to the ${command.name} command line.`;
	}
	if (/^[A-Za-z_][A-Za-z0-9_]*=$/.test(prefix)) return `This field gives ${command.name} the operand ${prefix}Value.`;
	const rung = ringFlags(command, option);
	if (rung) return rung;
	return isPositional(option) ? operandSentence(command, dialog, option) : `This field adds its value to the ${command.name} command line.`;
}

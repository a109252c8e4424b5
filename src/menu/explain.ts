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
import type {Language} from '../command/language.js';

type Lookup = (word: string) => Command | undefined;

/** The sentences F1 adds, in each language (the flags' help comes from the lookup, translated there). */
const SAY = {
	en: {
		notSimulated: ' (not simulated by hasmit)',
		noFlag: 'no flag',
		notDeclared: (word: string, name: string) => `${word} (not a flag ${name} declares)`,
		eachValue: (name: string) => `Each value gives ${name} a flag (or none):`,
		givesOperand: (name: string, operand: string, help: string) => `This field gives ${name} its operand ${operand}: ${help}.`,
		givesAnOperand: (name: string) => `This field gives ${name} an operand.`,
		cspoc: (letter: string, name: string, prefix: string, help: string) =>
			`This field sets -${letter} in ${name}'s -cspoc option (fix_args turns ${prefix} into it)${help ? `: ${help}.` : '.'}`,
		attribute: (name: string) => ` (the attribute ${name})`,
		sets: (sentence: string, attribute: string) => `This field sets ${sentence}${attribute}.`,
		adds: (prefix: string, name: string) => `This field adds ${prefix} to the ${name} command line.`,
		assignment: (name: string, prefix: string) => `This field gives ${name} the operand ${prefix}Value.`,
		addsValue: (name: string) => `This field adds its value to the ${name} command line.`,
	},
	zh: {
		notSimulated: '（hasmit 不模拟此标志）',
		noFlag: '无标志',
		notDeclared: (word: string, name: string) => `${word}（不是 ${name} 声明的标志）`,
		eachValue: (name: string) => `每个值为 ${name} 提供一个标志（或不提供）：`,
		givesOperand: (name: string, operand: string, help: string) => `此字段为 ${name} 提供其操作数 ${operand}：${help}。`,
		givesAnOperand: (name: string) => `此字段为 ${name} 提供一个操作数。`,
		cspoc: (letter: string, name: string, prefix: string, help: string) =>
			`此字段设置 ${name} 的 -cspoc 选项中的 -${letter}（fix_args 将 ${prefix} 转换为它）${help ? `：${help}。` : '。'}`,
		attribute: (name: string) => `（属性 ${name}）`,
		sets: (sentence: string, attribute: string) => `此字段设置 ${sentence}${attribute}。`,
		adds: (prefix: string, name: string) => `此字段将 ${prefix} 添加到 ${name} 命令行。`,
		assignment: (name: string, prefix: string) => `此字段为 ${name} 提供操作数 ${prefix}Value。`,
		addsValue: (name: string) => `此字段将其值添加到 ${name} 命令行。`,
	},
} satisfies Record<Language, unknown>;

/** `-g` → the declared flag g, with the command's name for the sentence. */
function flagSentence(command: Command, word: string, language: Language): string | undefined {
	const key = word.replace(/^-/, '');
	const flag = command.help.flags[key];
	if (!flag) return undefined;
	return `-${key}${flag.arg ? ` ${flag.arg}` : ''}: ${flag.help}${flag.notSimulated ? SAY[language].notSimulated : ''}`;
}

/** A ring whose values send flags (now → -N): each value with the flag it sends. */
function ringFlags(command: Command, option: CommandOption, language: Language): string | undefined {
	const say = SAY[language];
	if (!isRing(option) || !option.aix_values) return undefined;
	const shown = option.disp_values.split(',');
	const sent = option.aix_values.split(',');
	const lines = shown.flatMap((value, i) => {
		const words = (sent[i] ?? '').split(/\s+/).filter(Boolean);
		if (words.length === 0) return [`  ${value}: ${say.noFlag}`];
		if (!words.every(word => word.startsWith('-'))) return [];
		return [`  ${value}: ${words.map(word => flagSentence(command, word, language) ?? say.notDeclared(word, command.name)).join('; ')}`];
	});
	return lines.length === shown.length ? [say.eachValue(command.name), ...lines].join('\n') : undefined;
}

/** The nth positional field of the dialog gives the nth operand. */
function operandSentence(command: Command, dialog: Dialog, option: CommandOption, language: Language): string {
	const operands = command.help.operands;
	const position = dialog.fields.filter(isPositional).indexOf(option);
	const operand = operands[Math.min(Math.max(position, 0), operands.length - 1)];
	return operand ? SAY[language].givesOperand(command.name, operand.name, operand.help) : SAY[language].givesAnOperand(command.name);
}

/** What the field sets on the command line the dialog runs; undefined when hasmit does not know the command. */
export function fieldFlagHelp(dialog: Dialog, option: CommandOption, lookup: Lookup, language: Language = 'en'): string | undefined {
	const command = explainLine(dialog.cmd_to_exec, lookup)?.runs;
	if (!command) return undefined;
	const say = SAY[language];
	const prefix = option.prefix.trim();
	const cspoc = /^-cspoc-([ngf])$/.exec(prefix);
	if (cspoc) {
		const flag = command.help.flags.cspoc;
		return say.cspoc(cspoc[1]!, command.name, prefix, flag?.help ?? '');
	}
	const flag = /^(-[A-Za-z][A-Za-z0-9]*)(?:\s+(\S+=))?$/.exec(prefix);
	if (flag) {
		const sentence = flagSentence(command, flag[1]!, language);
		const attribute = flag[2] ? say.attribute(flag[2].slice(0, -1)) : '';
		return sentence ? say.sets(sentence, attribute) : say.adds(prefix, command.name);
	}
	if (/^[A-Za-z_][A-Za-z0-9_]*=$/.test(prefix)) return say.assignment(command.name, prefix);
	const rung = ringFlags(command, option, language);
	if (rung) return rung;
	return isPositional(option) ? operandSentence(command, dialog, option, language) : say.addsValue(command.name);
}

/**
 * SMIT's messages about a dialog's values and the steps before it (src/menu/dialog.ts), in each language of the
 * screens, as smit's message catalogue has them per locale. The Chinese must have every English message.
 */
import type {Language} from '../command/language.js';

const EN = {
	required: (label: string) => `A value is required for this entry field:\n  ${label}\nType or select a value, then press Enter again.`,
	number: (label: string, value: string) =>
		`This entry field takes a number (digits, with an optional leading + or -):\n  ${label}\n"${value}" is not a number.`,
	hexadecimal: (label: string, value: string) => `This entry field takes a hexadecimal number:\n  ${label}\n"${value}" is not a hexadecimal number.`,
	tooLong: (label: string, length: number, most: number) =>
		`The value of this entry field is ${length} characters long; it can hold at most ${most}:\n  ${label}`,
	failed: (step: string, code: number, line: string) => `The ${step} command failed with exit code ${code}:\n  ${line}\n`,
	discoverFormat: (line: string) => `The discover command did not print "#name1:name2..." and "value1:value2...":\n  ${line}`,
	notFound: (id: string) => `The screen "${id}" was not found in the menu files.`,
	menu: (id: string) => `The screen "${id}" is a menu: choose a dialog or a selector.`,
	noPick: (id: string) => `The selector "${id}" needs a value: none was given.`,
};

const ZH: typeof EN = {
	required: (label: string) => `此输入字段需要一个值：\n  ${label}\n请输入或选择一个值，然后再按 Enter 键。`,
	number: (label: string, value: string) => `此输入字段只接受数字（可以 + 或 - 开头）：\n  ${label}\n“${value}”不是数字。`,
	hexadecimal: (label: string, value: string) => `此输入字段只接受十六进制数：\n  ${label}\n“${value}”不是十六进制数。`,
	tooLong: (label: string, length: number, most: number) => `此输入字段的值有 ${length} 个字符；它最多能容纳 ${most} 个：\n  ${label}`,
	failed: (step: string, code: number, line: string) => `${step} 命令失败，退出码为 ${code}：\n  ${line}\n`,
	discoverFormat: (line: string) => `discover 命令没有输出“#name1:name2...”和“value1:value2...”：\n  ${line}`,
	notFound: (id: string) => `在菜单文件中找不到屏幕“${id}”。`,
	menu: (id: string) => `屏幕“${id}”是菜单：请选择对话框或选择器。`,
	noPick: (id: string) => `选择器“${id}”需要一个值：没有给出任何值。`,
};

export const SMIT_MESSAGES: Record<Language, typeof EN> = {en: EN, zh: ZH};

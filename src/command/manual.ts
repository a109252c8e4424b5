/**
 * What `man` prints for a declared command, and the flag-by-flag reading of
 * a command line that SMIT's F6 pop-up offers: both from the declaration
 * (summary, flags, operands, readOnly), so they never drift from what runs.
 * The page follows the layout of AIX's own pages (the Commands Reference):
 * "NAME Command", Purpose, Syntax, Description, Flags, Parameters.
 */
import {UsageError} from '../cluster/errors.js';
import {optionSpec} from './define.js';
import {getopt} from './getopt.js';
import type {Command} from './registry.js';
import {cspocArgv, cspocWords} from './cspoc-words.js';
import {joinWords, quote, ShellSyntaxError, tokenize} from './tokenize.js';
import {breakUnits, displayWidth} from './display-width.js';
import type {Language} from './language.js';

const INDENT = '       ';
const WIDTH = 78;

/** Words (and Chinese characters, each on its own) wrapped to the page's width in columns, each line indented. */
function wrapped(text: string, indent = INDENT): string[] {
	const lines: string[] = [];
	let line = '';
	for (const unit of breakUnits(text.replace(/\s+/g, ' ').trim())) {
		if (line && unit !== ' ' && indent.length + displayWidth(line + unit) > WIDTH) {
			lines.push(indent + line.trimEnd());
			line = unit;
		} else line += unit;
	}
	return [...lines, indent + line];
}

const TRANSACTION =
	"Like every command here it runs as one transaction: if it fails, or leaves the cluster breaking one of the model's rules, nothing it did is kept.";

/** What `man` and the explanations say themselves (a command's own help comes translated from its catalogue). */
const WORDS = {
	en: {
		title: (name: string) => `${name} Command`,
		headings: ['Purpose', 'Syntax', 'Description', 'Flags', 'Parameters'],
		none: 'None.',
		notSimulated: ' (not simulated by hasmit: refused)',
		description: (name: string, path: string, effect: string) => `The ${name} command is found at ${path}. ${effect}`,
		readOnly: 'It only reads the simulated cluster: it never changes it.',
		changes: `It can change the simulated cluster. ${TRANSACTION}`,
		unknown: 'hasmit cannot explain this line: its command is not one it knows.',
		fixArgsRuns: 'is what fix_args runs:',
		operand: 'an operand',
	},
	zh: {
		title: (name: string) => `${name} 命令`,
		headings: ['用途', '语法', '描述', '标志', '参数'],
		none: '无。',
		notSimulated: '（hasmit 不模拟此标志：拒绝）',
		description: (name: string, path: string, effect: string) => `${name} 命令位于 ${path}。${effect}`,
		readOnly: '它只读取模拟集群：从不更改它。',
		changes: '它可以更改模拟集群。与这里的每个命令一样，它作为一个事务运行：如果它失败，或使集群违反模型的某条规则，它所做的一切都不会保留。',
		unknown: 'hasmit 无法解释这一行：它不认识该行的命令。',
		fixArgsRuns: '是 fix_args 运行的命令：',
		operand: '一个操作数',
	},
} satisfies Record<Language, unknown>;

/** A catalogue of a command's declared help in another language: each English line and its translation (as gettext's). */
export type ManualCatalogue = Readonly<Record<string, string>>;

/** The command with its summary and each flag's and operand's help read through a catalogue; lines it lacks stay English. */
export function translatedCommand(command: Command, catalogue: ManualCatalogue): Command {
	const say = (english: string) => (Object.hasOwn(catalogue, english) ? catalogue[english]! : english);
	const {help} = command;
	const flags = Object.fromEntries(Object.entries(help.flags).map(([key, flag]) => [key, {...flag, help: say(flag.help)}]));
	return {...command, help: {...help, summary: say(help.summary), flags, operands: help.operands.map(o => ({...o, help: say(o.help)}))}};
}

/** Each line of the commands' declared help that the catalogue has no translation for, once per line, with where it is. */
export function missingManualLines(commands: readonly Command[], catalogue: ManualCatalogue): Array<{where: string; english: string}> {
	const missing = new Map<string, string>();
	const need = (where: string, english: string) => {
		if (english.trim() && !Object.hasOwn(catalogue, english) && !missing.has(english)) missing.set(english, where);
	};
	for (const {name, help} of commands) {
		need(`${name}: summary`, help.summary);
		for (const [key, flag] of Object.entries(help.flags)) need(`${name}: -${key}`, flag.help);
		for (const operand of help.operands) need(`${name}: ${operand.name}`, operand.help);
	}
	return [...missing].map(([english, where]) => ({where, english}));
}

/** A flag as Syntax shows it: `-g ResourceGroup`. */
const flagWord = (key: string, arg: string | undefined) => `-${key}${arg ? ` ${arg}` : ''}`;

/** One flag's help, marked when the simulation refuses it. */
function flagHelp(command: Command, key: string, language: Language): string {
	const flag = command.help.flags[key]!;
	return flag.notSimulated ? `${flag.help}${WORDS[language].notSimulated}` : flag.help;
}

/** A term and its explanation, the term on its own line when it is long (as the Commands Reference sets them). */
function entry(term: string, help: string): string[] {
	const column = 16;
	if (term.length < column - 1) {
		const [first = '', ...rest] = wrapped(help, INDENT + ' '.repeat(column));
		return [`${INDENT}${term.padEnd(column)}${first.slice(INDENT.length + column)}`, ...rest];
	}
	return [INDENT + term, ...wrapped(help, INDENT + ' '.repeat(column))];
}

/** What the command does to the cluster, said once for every page. */
function effect(command: Command, language: Language): string {
	return command.help.readOnly ? WORDS[language].readOnly : WORDS[language].changes;
}

/** The manual page of a declared command; headings and the description's sentences in `language` (its help as given). */
export function manPage(command: Command, language: Language = 'en'): string {
	const {help} = command;
	const words = WORDS[language];
	const [purpose, syntaxHeading, description, flagsHeading, parameters] = words.headings;
	const syntax = (command.usage ?? `Usage: ${command.name}`)
		.replace(/^Usage: /, '')
		.split('\n')
		.map(line => INDENT + line.trim());
	const flags = Object.keys(help.flags);
	const lines = [
		words.title(command.name),
		'',
		purpose,
		...wrapped(help.summary),
		'',
		syntaxHeading,
		...syntax,
		'',
		description,
		...wrapped(words.description(command.name, `${command.dir}/${command.name}`, effect(command, language))),
		'',
		flagsHeading,
		...(flags.length
			? flags.flatMap(key => entry(flagWord(key, help.flags[key]!.arg), flagHelp(command, key, language)))
			: [`${INDENT}${words.none}`]),
		'',
		parameters,
		...(help.operands.length ? help.operands.flatMap(operand => entry(operand.name, operand.help)) : [`${INDENT}${words.none}`]),
	];
	return `${lines.join('\n')}\n`;
}

/** One part of an explained line: what was written and what it means. */
export interface ExplainedWord {
	readonly text: string;
	readonly help: string;
}

/** A shell variable set for the command (`_SPOC_FORCE=Y`). */
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** The words of a line's first simple command; undefined when its quotes do not match. */
function firstCommandWords(line: string): string[] | undefined {
	try {
		const tokens = tokenize(line);
		const end = tokens.findIndex(token => token.kind === 'op');
		return tokens.slice(0, end < 0 ? undefined : end).flatMap(token => (token.kind === 'word' ? [token.value] : []));
	} catch (error) {
		if (error instanceof ShellSyntaxError) return undefined;
		throw error;
	}
}

/** A line explained: each word, and the command that finally runs (the one fix_args runs, for a C-SPOC line). */
export interface Explanation {
	readonly words: readonly ExplainedWord[];
	readonly runs: Command;
}

/** A command's words read by its declaration: its purpose, each flag given, each operand. */
function explainWords(words: readonly string[], lookup: (word: string) => Command | undefined, language: Language): Explanation | undefined {
	const command = words[0] === undefined ? undefined : lookup(words[0]);
	if (!command) return undefined;
	const {help} = command;
	let parsed: ReturnType<typeof getopt>;
	try {
		parsed = getopt(command.name, words.slice(1), optionSpec(help.flags));
	} catch (error) {
		if (error instanceof UsageError) return undefined;
		throw error;
	}
	const explained: ExplainedWord[] = [{text: words[0]!, help: help.summary}];
	for (const {flag, value} of parsed.all)
		explained.push({text: `-${flag}${value === true ? '' : ` ${quote(value)}`}`, help: flagHelp(command, flag, language)});
	// fix_args runs the C-SPOC command it names with SMIT's -cspoc-n words made one -cspoc option: read that command as it runs.
	if (command.name === 'fix_args' && parsed.args.length >= 2) {
		const [operation, inner, ...rest] = parsed.args as [string, string, ...string[]];
		const argv = cspocArgv(inner, cspocWords(rest));
		const runs = explainWords(argv, lookup, language);
		explained.push({text: operation, help: `${help.operands[0]?.name}: ${help.operands[0]?.help}`});
		if (runs) return {words: [...explained, {text: joinWords(argv), help: WORDS[language].fixArgsRuns}, ...runs.words], runs: runs.runs};
	}
	parsed.args.forEach((arg, i) => {
		const operand = help.operands[Math.min(i, help.operands.length - 1)];
		explained.push({text: quote(arg), help: operand ? `${operand.name}: ${operand.help}` : WORDS[language].operand});
	});
	return {words: explained, runs: command};
}

/**
 * A command line read word by word by its command's declaration (shell
 * variables set before it skipped): the command's purpose, then each flag
 * given and each operand. Undefined when the line's command is not one the
 * lookup knows, or its words do not parse.
 */
export function explainLine(line: string, lookup: (word: string) => Command | undefined, language: Language = 'en'): Explanation | undefined {
	const words = firstCommandWords(line);
	if (!words) return undefined;
	const start = words.findIndex(word => !ASSIGNMENT.test(word));
	return start < 0 ? undefined : explainWords(words.slice(start), lookup, language);
}

/** An explanation as the F6 pop-up shows it: each word, then its meaning indented; what the command does to the cluster last. */
export function explanationText(line: string, lookup: (word: string) => Command | undefined, language: Language = 'en'): string {
	const explained = explainLine(line, lookup, language);
	if (!explained) return `${WORDS[language].unknown}\n\n${line}`;
	return [...explained.words.map(word => `${word.text}\n    ${word.help}`), '', effect(explained.runs, language)].join('\n');
}

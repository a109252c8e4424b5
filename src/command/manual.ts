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

const INDENT = '       ';
const WIDTH = 78;

/** Words wrapped to the page's width, each line indented. */
function wrapped(text: string, indent = INDENT): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && indent.length + line.length + 1 + word.length > WIDTH) {
			lines.push(indent + line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	return [...lines, indent + line];
}

/** A flag as Syntax shows it: `-g ResourceGroup`. */
const flagWord = (key: string, arg: string | undefined) => `-${key}${arg ? ` ${arg}` : ''}`;

/** One flag's help, marked when the simulation refuses it. */
function flagHelp(command: Command, key: string): string {
	const flag = command.help.flags[key]!;
	return flag.notSimulated ? `${flag.help} (not simulated by hasmit: refused)` : flag.help;
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

const TRANSACTION =
	"Like every command here it runs as one transaction: if it fails, or leaves the cluster breaking one of the model's rules, nothing it did is kept.";

/** What the command does to the cluster, said once for every page. */
function effect(command: Command): string {
	return command.help.readOnly ? 'It only reads the simulated cluster: it never changes it.' : `It can change the simulated cluster. ${TRANSACTION}`;
}

/** The manual page of a declared command. */
export function manPage(command: Command): string {
	const {help} = command;
	const syntax = (command.usage ?? `Usage: ${command.name}`)
		.replace(/^Usage: /, '')
		.split('\n')
		.map(line => INDENT + line.trim());
	const flags = Object.keys(help.flags);
	const lines = [
		`${command.name} Command`,
		'',
		'Purpose',
		...wrapped(help.summary),
		'',
		'Syntax',
		...syntax,
		'',
		'Description',
		...wrapped(`The ${command.name} command is found at ${command.dir}/${command.name}. ${effect(command)}`),
		'',
		'Flags',
		...(flags.length ? flags.flatMap(key => entry(flagWord(key, help.flags[key]!.arg), flagHelp(command, key))) : [`${INDENT}None.`]),
		'',
		'Parameters',
		...(help.operands.length ? help.operands.flatMap(operand => entry(operand.name, operand.help)) : [`${INDENT}None.`]),
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
function explainWords(words: readonly string[], lookup: (word: string) => Command | undefined): Explanation | undefined {
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
		explained.push({text: `-${flag}${value === true ? '' : ` ${quote(value)}`}`, help: flagHelp(command, flag)});
	// fix_args runs the C-SPOC command it names with SMIT's -cspoc-n words made one -cspoc option: read that command as it runs.
	if (command.name === 'fix_args' && parsed.args.length >= 2) {
		const [operation, inner, ...rest] = parsed.args as [string, string, ...string[]];
		const argv = cspocArgv(inner, cspocWords(rest));
		const runs = explainWords(argv, lookup);
		explained.push({text: operation, help: `${help.operands[0]?.name}: ${help.operands[0]?.help}`});
		if (runs) return {words: [...explained, {text: joinWords(argv), help: 'is what fix_args runs:'}, ...runs.words], runs: runs.runs};
	}
	parsed.args.forEach((arg, i) => {
		const operand = help.operands[Math.min(i, help.operands.length - 1)];
		explained.push({text: quote(arg), help: operand ? `${operand.name}: ${operand.help}` : 'an operand'});
	});
	return {words: explained, runs: command};
}

/**
 * A command line read word by word by its command's declaration (shell
 * variables set before it skipped): the command's purpose, then each flag
 * given and each operand. Undefined when the line's command is not one the
 * lookup knows, or its words do not parse.
 */
export function explainLine(line: string, lookup: (word: string) => Command | undefined): Explanation | undefined {
	const words = firstCommandWords(line);
	if (!words) return undefined;
	const start = words.findIndex(word => !ASSIGNMENT.test(word));
	return start < 0 ? undefined : explainWords(words.slice(start), lookup);
}

/** An explanation as the F6 pop-up shows it: each word, then its meaning indented; what the command does to the cluster last. */
export function explanationText(line: string, lookup: (word: string) => Command | undefined): string {
	const explained = explainLine(line, lookup);
	if (!explained) return `hasmit cannot explain this line: its command is not one it knows.\n\n${line}`;
	return [...explained.words.map(word => `${word.text}\n    ${word.help}`), '', effect(explained.runs)].join('\n');
}

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
import {ShellSyntaxError, tokenize} from './tokenize.js';

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

/**
 * A command line read flag by flag by its command's declaration: the
 * command's purpose, then each flag given and each operand. Undefined when
 * the line is not one simple command the lookup knows or does not parse.
 */
export function explainLine(line: string, lookup: (word: string) => Command | undefined): ExplainedWord[] | undefined {
	let parsed: ReturnType<typeof getopt>;
	let command: Command | undefined;
	try {
		const tokens = tokenize(line);
		const end = tokens.findIndex(token => token.kind === 'op');
		const words = tokens.slice(0, end < 0 ? undefined : end).flatMap(token => (token.kind === 'word' ? [token.value] : []));
		command = words[0] === undefined ? undefined : lookup(words[0]);
		if (!command) return undefined;
		parsed = getopt(command.name, words.slice(1), optionSpec(command.help.flags));
	} catch (error) {
		if (error instanceof ShellSyntaxError || error instanceof UsageError) return undefined;
		throw error;
	}
	const {help} = command;
	const explained: ExplainedWord[] = [{text: command.name, help: help.summary}];
	for (const {flag, value} of parsed.all) explained.push({text: `-${flag}${value === true ? '' : ` ${value}`}`, help: flagHelp(command, flag)});
	parsed.args.forEach((arg, i) => {
		const operand = help.operands[Math.min(i, help.operands.length - 1)];
		explained.push({text: arg, help: operand ? `${operand.name}: ${operand.help}` : 'an operand'});
	});
	return explained;
}

/**
 * SMIT's dialog rules without the screens, as pure functions over a runner:
 * a selector's value classified and passed on (_rawname, _cookedname and the
 * selector's own names), a dialog opened after its cmd_to_discover, each
 * field's first value from its disc_field_name, a field's F4 choices
 * (cmd_to_list with the names and fields substituted in its postfix), the
 * checks before a run, the command (build.ts), and what follows a success.
 * The UI (src/ui/app) draws these; tests and guided labs drive them directly.
 */
import {quoteAlways} from '../command/tokenize.js';
import type {FullScreen} from '../command/registry.js';
import {buildCommand, displayValue, isRing, ringDefault, ringValues} from './build.js';
import {resolveFastPath, screenFor, type Catalog, type Dialog, type Screen, type Selector} from './catalog.js';
import {parseDiscover, parseList, type ListEntry} from './colon.js';
import type {CommandOption} from './schema.js';
import type {Language} from '../command/language.js';
import {SMIT_MESSAGES} from './smit-messages.js';

/** Names passed from screen to screen: _rawname, _cookedname, a selector's own names, discovered values. */
export type Names = Readonly<Record<string, string>>;

export interface CommandResult {
	stdout: string;
	stderr: string;
	/** Both streams in the order they were written, as the Command Status screen shows them. */
	output: string;
	code: number;
	/** The command stopped at this question, waiting for the user's answer on SMIT's terminal (nothing was changed). */
	question?: string;
	/** What is typed at the question is not shown (a password). */
	unechoed?: true;
	/** The command took the terminal as a full-screen program (clstat): a shell keeps it up to date; COMMAND STATUS shows it once. */
	screen?: FullScreen;
	/** The command handed the terminal to a SMIT session on this node (Open a SMIT Session on a Node). */
	smitNode?: string;
}

/** Why SMIT runs a command line: the dialog's command, or one of the tools that fill the screens. */
export type SmitStep = 'dialog' | 'discover' | 'classify' | 'list';

/** Runs SMIT's command lines on the cluster; undefined when nothing was run (smitty -X). */
export interface SmitRunner {
	/** `answers`: the dialog's command runs on SMIT's terminal, and the user typed these at its questions so far. */
	run(line: string, step: SmitStep, answers?: readonly string[]): CommandResult | undefined;
}

/** Why a step could not go on; describeProblem says it as SMIT's screens do. */
export type SmitProblem =
	| {kind: 'failed'; step: Exclude<SmitStep, 'dialog'>; line: string; result: CommandResult}
	| {kind: 'discover-format'; line: string}
	| {kind: 'not-found'; id: string}
	| {kind: 'invalid'; message: string}
	| {kind: 'menu'; id: string}
	| {kind: 'no-pick'; id: string};

export interface Refused {
	problem: SmitProblem;
}

export const refused = <T extends object>(outcome: T | Refused): outcome is Refused => 'problem' in outcome;

/** `language`: the screens' (the command's own output stays as it printed it). */
export function describeProblem(problem: SmitProblem, language: Language = 'en'): string {
	const say = SMIT_MESSAGES[language];
	switch (problem.kind) {
		case 'failed': {
			const said = (problem.result.stderr || problem.result.stdout).trimEnd();
			return `${say.failed(problem.step, problem.result.code, problem.line)}${said ? `\n${said}` : ''}`;
		}
		case 'discover-format':
			return say.discoverFormat(problem.line);
		case 'not-found':
			return say.notFound(problem.id);
		case 'invalid':
			return problem.message;
		case 'menu':
			return say.menu(problem.id);
		case 'no-pick':
			return say.noPick(problem.id);
	}
}

/** A field's label as SMIT draws it, one entry per line. */
export const labelLines = (option: CommandOption) => option.name.split(/\n|\\n/);

/** A field's label on one line (pop-up titles, messages). */
export const fieldLabel = (option: CommandOption) => labelLines(option).join(' ').trim();

/** SMIT's postfix: appended to the command, with names (_rawname, discovered names, fields) replaced by their quoted values. */
export function withPostfix(command: string, postfix: string, names: Names): string {
	if (!postfix) return command;
	const words = postfix
		.split(/(\s+)/)
		.map(word => (Object.hasOwn(names, word) ? quoteAlways(names[word]!) : word))
		.join('');
	return `${command} ${words}`;
}

/** Fields you can type into: entry_type t # x f r, and not a ring. */
export const isTypeable = (option: CommandOption) => !isRing(option) && option.entry_type !== '' && option.entry_type !== 'n';

/** F4 has something to show: a ring's values, or a cmd_to_list (op_type l; `hasmit menus check` makes sure it has one). */
export const hasList = (option: CommandOption) => isRing(option) || (option.op_type.toLowerCase() === 'l' && option.cmd_to_list !== '');

/** A dialog field: what it shows now, and the discovered or default value it started with (an unchanged value is not sent). */
export interface DialogField {
	option: CommandOption;
	value: string;
	initial: string;
}

/** An open dialog: its fields and the names it was opened with (discovered ones included). */
export interface DialogModel {
	id: string;
	dialog: Dialog;
	context: Names;
	fields: readonly DialogField[];
}

/** The value a field starts with: discovered (or passed on by a selector), else the default or ring value. */
export function initialValue(option: CommandOption, names: Names): string {
	const discovered = option.disc_field_name ? names[option.disc_field_name] : undefined;
	if (!isRing(option)) return discovered ?? option.disp_values;
	return discovered === undefined ? ringDefault(option) : displayValue(option, discovered);
}

/** Open a dialog: cmd_to_discover (with its postfix) adds the names it prints, then each field takes its first value. */
export function openDialog(dialog: Dialog, names: Names, runner: SmitRunner): DialogModel | Refused {
	let context = names;
	if (dialog.cmd_to_discover) {
		const line = withPostfix(dialog.cmd_to_discover, dialog.cmd_to_discover_postfix, context);
		const result = runner.run(line, 'discover');
		if (result && result.code !== 0) return {problem: {kind: 'failed', step: 'discover', line, result}};
		if (result) {
			const found = parseDiscover(result.stdout);
			if (!found) return {problem: {kind: 'discover-format', line}};
			context = {...context, ...found};
		}
	}
	const fields = dialog.fields.map(option => {
		const value = initialValue(option, context);
		return {option, value, initial: value};
	});
	return {id: dialog.id, dialog, context, fields};
}

/** A ghost selector with no list asks nothing: it goes on at once, with an empty value. */
export const goesOnAtOnce = (selector: Selector) => selector.ghost === 'y' && !selector.body.cmd_to_list;

/** What comes after a selector, and the names it passes on. */
export interface Next {
	target: Screen;
	context: Names;
}

/** The selector has its value: classify it if asked (type c), or add it to next_id (type r), and find what opens next. */
export function chooseFromSelector(catalog: Catalog, selector: Selector, raw: string, names: Names, runner: SmitRunner): Next | Refused {
	let context: Record<string, string> = {...names, _rawname: raw};
	if (selector.raw_field_name) context[selector.raw_field_name] = raw;
	let cooked = raw;
	let nextId = selector.next_id;
	if (selector.type === 'r') nextId += raw;
	if (selector.type === 'c') {
		const line = withPostfix(selector.cmd_to_classify, selector.cmd_to_classify_postfix, context);
		const result = runner.run(line, 'classify');
		if (result && result.code !== 0) return {problem: {kind: 'failed', step: 'classify', line, result}};
		const stdout = result?.stdout ?? '';
		const found = parseDiscover(stdout);
		if (found) {
			context = {...context, ...found};
			cooked = Object.values(found)[0] ?? '';
		} else cooked = stdout.trim().split('\n')[0] ?? '';
		nextId += cooked;
	}
	context._cookedname = cooked;
	if (selector.cooked_field_name) context[selector.cooked_field_name] = cooked;
	const target = screenFor(catalog, nextId, selector.next_type);
	if (!target) return {problem: {kind: 'not-found', id: nextId}};
	return {target, context};
}

/** Names a cmd_to_list_postfix may use: the passed-on names and each field's discover name with its current value. */
export function listNames(fields: readonly DialogField[], names: Names): Names {
	const all: Record<string, string> = {...names};
	for (const field of fields) if (field.option.disc_field_name) all[field.option.disc_field_name] = field.value;
	return all;
}

/** What F4 offers: a ring's values, or what cmd_to_list prints, read by its cmd_to_list_mode (r: a range, for information). */
export function fieldChoices(option: CommandOption, names: Names, runner: SmitRunner): ListEntry[] | Refused {
	if (isRing(option)) return ringValues(option).map(text => ({text, value: text, selectable: true}));
	const line = withPostfix(option.cmd_to_list, option.cmd_to_list_postfix, names);
	const result = runner.run(line, 'list');
	if (result && result.code !== 0) return {problem: {kind: 'failed', step: 'list', line, result}};
	return parseList(result?.stdout ?? '', option.cmd_to_list_mode);
}

/** The checks SMIT makes before it runs anything: the first problem, or undefined when the command may run. */
export function checkFields(fields: readonly DialogField[], language: Language = 'en'): string | undefined {
	const say = SMIT_MESSAGES[language];
	for (const {option, value} of fields) {
		const label = fieldLabel(option);
		if (option.required === '+' && value.trim() === '') return say.required(label);
		if (value === '') continue;
		if (option.entry_type === '#' && !/^[+-]?\d+$/.test(value.trim())) return say.number(label, value);
		if (option.entry_type === 'x' && !/^(0[xX])?[0-9a-fA-F]+$/.test(value.trim())) return say.hexadecimal(label, value);
		if (option.entry_size > 0 && value.length > option.entry_size) return say.tooLong(label, value.length, option.entry_size);
	}
	return undefined;
}

/** The exact command line the dialog runs now (F6 shows this). */
export const commandLine = (model: Pick<DialogModel, 'dialog' | 'fields'>) =>
	buildCommand(model.dialog.cmd_to_exec, model.dialog.fields, model.fields);

/** After a success an uppercase op_type (N L R) clears its field (a ring goes back to its default); undefined: the value stays. */
export function valueAfterRun(option: CommandOption): string | undefined {
	if (!/^[NLR]$/.test(option.op_type)) return undefined;
	return isRing(option) ? ringDefault(option) : '';
}

/** After a success an uppercase exec mode (P N I) goes back to the nearest earlier menu. */
export const leavesAfterRun = (execMode: string) => /^[PNI]$/.test(execMode);

/** Open a fast path as smitty does, giving each selector on the way the next of `picks`; the dialog it reaches. */
export function openFastPath(catalog: Catalog, fastPath: string, runner: SmitRunner, picks: readonly string[] = []): DialogModel | Refused {
	let target = resolveFastPath(catalog, fastPath);
	let names: Names = {};
	const left = [...picks];
	while (target) {
		if (target.kind === 'menu') return {problem: {kind: 'menu', id: target.id}};
		if (target.kind === 'dialog') return openDialog(target.dialog, names, runner);
		const {selector} = target;
		const raw = goesOnAtOnce(selector) ? '' : left.shift();
		if (raw === undefined) return {problem: {kind: 'no-pick', id: selector.id}};
		const next = chooseFromSelector(catalog, selector, raw, names, runner);
		if (refused(next)) return next;
		({target, context: names} = next);
	}
	return {problem: {kind: 'not-found', id: fastPath}};
}

/** Put `value` in the field labelled `label`, as a user can: typed, or picked from its list; a ring takes only one of its values. */
export function setField(model: DialogModel, label: string, value: string): DialogModel | Refused {
	const at = model.fields.findIndex(f => fieldLabel(f.option) === label || f.option.name === label);
	if (at < 0) return {problem: {kind: 'invalid', message: `The dialog "${model.id}" has no field "${label}".`}};
	const {option} = model.fields[at]!;
	if (!isTypeable(option) && !hasList(option)) return {problem: {kind: 'invalid', message: `${fieldLabel(option)} is shown for information only.`}};
	if (isRing(option) && !ringValues(option).includes(value)) {
		return {problem: {kind: 'invalid', message: `"${value}" is not a value of ${fieldLabel(option)}: ${ringValues(option).join(', ')}.`}};
	}
	return {...model, fields: model.fields.map((f, i) => (i === at ? {...f, value} : f))};
}

/** A dialog run: the command, its result (undefined when nothing ran), and the dialog as SMIT leaves it. */
export interface DialogRun {
	command: string;
	result: CommandResult | undefined;
	model: DialogModel;
	/** SMIT goes back to the menu after this success (uppercase exec mode). */
	leaves: boolean;
}

/** Enter: SMIT's checks, the command built and run, the fields cleared after a success. */
export function runDialog(model: DialogModel, runner: SmitRunner): DialogRun | Refused {
	const message = checkFields(model.fields);
	if (message) return {problem: {kind: 'invalid', message}};
	const command = commandLine(model);
	const result = runner.run(command, 'dialog');
	if (result && result.code !== 0) return {command, result, model, leaves: false};
	const fields = model.fields.map(f => ({...f, value: valueAfterRun(f.option) ?? f.value}));
	return {command, result, model: {...model, fields}, leaves: leavesAfterRun(model.dialog.exec_mode)};
}

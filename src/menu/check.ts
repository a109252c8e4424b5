/**
 * `hasmit menus check`: the cross-references a menu file's schema cannot
 * see. Every target resolves, ids are unique, every command a menu names is
 * one the command layer knows, and every screen is reachable from top_menu.
 */
import {tokenize, type Token} from '../command/tokenize.js';
import type {Registry} from '../command/registry.js';
import {TOP_MENU, screenFor, type Catalog} from './catalog.js';
import type {Release} from '../cluster/release/index.js';

/** Check one release's catalog (loadCatalog's): the commands its screens run must be ones that release has. */
export function checkCatalog(catalog: Catalog, registry: Registry, release?: Release): string[] {
	const problems: string[] = [];
	const report = (file: string, id: string, field: string, problem: string) => problems.push(`${file}: ${id}: ${field}: ${problem}`);
	const {menuOptions, nameHeaders, commandHeaders, commandOptions} = catalog.records;

	const checkCommand = (file: string, id: string, field: string, line: string) => {
		if (!line) return;
		for (const name of commandNames(line)) {
			if (!registry.lookup(name, release))
				report(file, id, field, `command "${name}" is not known to the command layer${release ? ` in HACMP ${release}` : ''}`);
		}
	};
	const checkTarget = (file: string, id: string, field: string, target: string, type: string) => {
		if (type === 'i') return;
		if (!screenFor(catalog, target, type)) report(file, id, field, `"${target}" is not a ${kindName(type)}`);
	};

	// Unique ids: fast paths share one namespace.
	const owners = new Map<string, string>();
	const claim = (file: string, id: string, what: string) => {
		const previous = owners.get(id);
		if (previous && previous !== what) report(file, id, 'id', `duplicate id: also ${previous}`);
		else if (previous === what && what !== 'a menu') report(file, id, 'id', `duplicate id: another ${what.replace(/^an? /, '')} has it`);
		owners.set(id, what);
	};
	const seenItems = new Set<string>();
	for (const {file, record} of menuOptions) {
		if (record.alias === 'y') {
			claim(file, record.id, 'an alias');
			checkTarget(file, record.id, 'next_id', record.next_id, record.next_type);
			continue;
		}
		claim(file, record.id, 'a menu');
		const key = `${record.id}/${record.id_seq_num}`;
		if (seenItems.has(key)) report(file, record.id, 'id_seq_num', `duplicate item sequence ${record.id_seq_num}`);
		seenItems.add(key);
		checkTarget(file, record.id, 'next_id', record.next_id, record.next_type);
	}
	for (const {file, record} of nameHeaders) {
		claim(file, record.id, 'a selector');
		const body = catalog.selectors.get(record.id)?.body;
		if (!body) report(file, record.id, 'option_id', `no sm_cmd_opt "${record.option_id}" with id_seq_num "0"`);
		if (record.type === 'j' || record.type === '') checkTarget(file, record.id, 'next_id', record.next_id, record.next_type);
		else if (!targetsWithPrefix(catalog, record.next_id).length) report(file, record.id, 'next_id', `no screen id starts with "${record.next_id}"`);
		if (record.type === 'c' && !record.cmd_to_classify) report(file, record.id, 'cmd_to_classify', 'type c needs a cmd_to_classify');
		checkCommand(file, record.id, 'cmd_to_classify', record.cmd_to_classify);
	}
	for (const {file, record} of commandHeaders) {
		claim(file, record.id, 'a dialog');
		if (record.option_id && !commandOptions.some(o => o.record.id === record.option_id && o.record.id_seq_num !== '0')) {
			report(file, record.id, 'option_id', `no sm_cmd_opt has id "${record.option_id}"`);
		}
		checkCommand(file, record.id, 'cmd_to_exec', record.cmd_to_exec);
		checkCommand(file, record.id, 'cmd_to_discover', record.cmd_to_discover);
	}
	const fieldOwners = new Set([...nameHeaders.map(h => h.record.option_id), ...commandHeaders.map(h => h.record.option_id)]);
	const seenFields = new Set<string>();
	for (const {file, record} of commandOptions) {
		const where = `${record.id}[${record.id_seq_num}]`;
		if (!fieldOwners.has(record.id)) report(file, where, 'id', 'no dialog or selector uses these fields');
		if (seenFields.has(where)) report(file, where, 'id_seq_num', 'duplicate field sequence');
		seenFields.add(where);
		checkCommand(file, where, 'cmd_to_list', record.cmd_to_list);
		const ring = record.op_type.toLowerCase() === 'r';
		const values = record.disp_values ? record.disp_values.split(',') : [];
		if (ring && values.length === 0) report(file, where, 'disp_values', 'a ring needs disp_values');
		if (ring && record.aix_values && record.aix_values.split(',').length !== values.length) {
			report(file, where, 'aix_values', `has ${record.aix_values.split(',').length} values for ${values.length} disp_values`);
		}
		if (ring && record.value_index >= Math.max(values.length, 1)) report(file, where, 'value_index', `is beyond the ${values.length} ring values`);
		if (record.op_type.toLowerCase() === 'l' && !record.cmd_to_list) report(file, where, 'cmd_to_list', 'op_type l needs a cmd_to_list');
	}
	if (!catalog.menus.has(TOP_MENU)) report('-', TOP_MENU, '-', `there is no ${TOP_MENU} menu: every screen must be reachable from it`);
	checkReachable(catalog, report);
	return problems;
}

/** Command names a line runs (first word of each simple command; fix_args names the one it wraps). */
export function commandNames(line: string): string[] {
	let tokens: Token[];
	try {
		tokens = tokenize(line);
	} catch {
		return [line];
	}
	const names: string[] = [];
	let words: string[] = [];
	let redirectTarget = false;
	const endCommand = () => {
		if (words[0]?.split('/').pop() === 'fix_args' && words[2]) names.push(words[2]);
		words = [];
	};
	for (const token of tokens) {
		if (token.kind === 'op') {
			if (token.op === '>' || token.op === '>>' || token.op === '<') redirectTarget = true;
			else endCommand();
			continue;
		}
		if (redirectTarget) {
			redirectTarget = false;
			continue;
		}
		if (words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(token.value)) continue;
		if (words.length === 0) names.push(token.value);
		words.push(token.value);
	}
	endCommand();
	return names;
}

function kindName(type: string) {
	return type === 'm' ? 'menu' : type === 'n' ? 'selector' : type === 'd' ? 'dialog' : `next_type "${type}"`;
}

function targetsWithPrefix(catalog: Catalog, prefix: string) {
	return [...catalog.dialogs.keys(), ...catalog.selectors.keys()].filter(id => id.startsWith(prefix) && id !== prefix);
}

function checkReachable(catalog: Catalog, report: (file: string, id: string, field: string, problem: string) => void) {
	const reached = new Set<string>();
	const queue = [`menu:${TOP_MENU}`];
	while (queue.length > 0) {
		const key = queue.pop()!;
		if (reached.has(key)) continue;
		reached.add(key);
		const [kind, id] = key.split(/:(.*)/s) as [string, string];
		if (kind === 'menu') {
			for (const item of catalog.menus.get(id)?.items ?? []) {
				if (item.next_type !== 'i') queue.push(`${typeKind(item.next_type)}:${item.next_id}`);
			}
		} else if (kind === 'selector') {
			const selector = catalog.selectors.get(id);
			if (!selector) continue;
			if (selector.type === 'j' || selector.type === '') queue.push(`${typeKind(selector.next_type)}:${selector.next_id}`);
			else
				for (const target of targetsWithPrefix(catalog, selector.next_id))
					queue.push(`${catalog.dialogs.has(target) ? 'dialog' : 'selector'}:${target}`);
		}
	}
	for (const [key, file] of catalog.sources) {
		if (key.startsWith('alias:') || reached.has(key)) continue;
		const [kind, id] = key.split(/:(.*)/s) as [string, string];
		report(file, id, '-', `this ${kind} cannot be reached from ${TOP_MENU}`);
	}
}

function typeKind(type: string) {
	return type === 'm' ? 'menu' : type === 'n' ? 'selector' : 'dialog';
}

/**
 * Running a SMIT dialog the way SMIT does, without the screens: names
 * passed on by selectors, cmd_to_discover (with its postfix) filling the
 * fields, the user's changes, then the command built from the fields and
 * run. For testing the menu files' commands against the cluster.
 */
import {expect} from 'vitest';
import {quoteAlways} from '../../src/command/tokenize.js';
import {buildCommand, commandValue, isRing, ringValues} from '../../src/menu/build.js';
import {loadCatalog, type Catalog, type Dialog} from '../../src/menu/catalog.js';
import {parseDiscover, parseList} from '../../src/menu/colon.js';
import type {CommandOption} from '../../src/menu/schema.js';
import type {TestCluster} from './cluster.js';

let loaded: Catalog | undefined;

export function menuCatalog(): Catalog {
	if (!loaded) {
		const {catalog, problems} = loadCatalog('menus');
		expect(problems).toEqual([]);
		loaded = catalog;
	}
	return loaded;
}

/** A postfix with names replaced by their quoted values. */
function withPostfix(command: string, postfix: string, names: Record<string, string>): string {
	if (!postfix) return command;
	return `${command} ${postfix.split(/(\s+)/).map(word => (Object.hasOwn(names, word) ? quoteAlways(names[word]!) : word)).join('')}`;
}

function initialValue(option: CommandOption, names: Record<string, string>): string {
	const discovered = option.disc_field_name ? names[option.disc_field_name] : undefined;
	if (!isRing(option)) return discovered ?? option.disp_values;
	const values = ringValues(option);
	if (discovered === undefined) return values[option.value_index] ?? '';
	if (values.includes(discovered)) return discovered;
	const at = (option.aix_values ? option.aix_values.split(',') : []).indexOf(discovered);
	return at >= 0 ? values[at]! : discovered;
}

export function dialog(id: string): Dialog {
	const found = menuCatalog().dialogs.get(id);
	if (!found) throw new Error(`no dialog ${id}`);
	return found;
}

/** The F4 list of a selector or field, as the values a user can pick. */
export function pickList(cluster: TestCluster, option: CommandOption, names: Record<string, string> = {}): string[] {
	const out = cluster.ok(withPostfix(option.cmd_to_list, option.cmd_to_list_postfix, names));
	return parseList(out, option.cmd_to_list_mode).filter(e => e.selectable).map(e => e.value);
}

export function selectorList(cluster: TestCluster, id: string, names: Record<string, string> = {}): string[] {
	const selector = menuCatalog().selectors.get(id);
	if (!selector) throw new Error(`no selector ${id}`);
	return pickList(cluster, selector.body, names);
}

/**
 * The command a dialog runs after discovery and the given changes (field
 * name → displayed value), with the names selectors passed on.
 */
export function dialogCommand(cluster: TestCluster, id: string, names: Record<string, string> = {}, changes: Record<string, string> = {}): string {
	const screen = dialog(id);
	let known = {...names};
	if (screen.cmd_to_discover) {
		const found = parseDiscover(cluster.ok(withPostfix(screen.cmd_to_discover, screen.cmd_to_discover_postfix, known)));
		expect(found, `discover output of ${id}`).toBeDefined();
		known = {...known, ...found};
	}
	const values = screen.fields.map(field => {
		const initial = initialValue(field, known);
		return {initial, value: changes[field.name] ?? initial};
	});
	for (const name of Object.keys(changes)) expect(screen.fields.map(f => f.name), `field "${name}" of ${id}`).toContain(name);
	for (const [i, field] of screen.fields.entries()) {
		if (isRing(field) && changes[field.name] !== undefined) expect(ringValues(field), `ring "${field.name}"`).toContain(changes[field.name]);
		if (field.required === '+') expect(commandValue(field, values[i]!.value), `required field "${field.name}" of ${id}`).not.toBe('');
	}
	return buildCommand(screen.cmd_to_exec, screen.fields, values);
}

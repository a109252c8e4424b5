/**
 * SMIT's dialogs driven without the screens, through src/menu/dialog.ts (the
 * rules the UI uses): names passed on by selectors, cmd_to_discover filling
 * the fields, the user's changes, then the command built from the fields.
 * For testing the menu files' commands against the cluster.
 */
import {expect} from 'vitest';
import {runLine} from '../../src/command/shell.js';
import {loadCatalog, type Catalog, type Dialog} from '../../src/menu/catalog.js';
import {checkFields, commandLine, describeProblem, fieldChoices, openDialog, refused, setField} from '../../src/menu/dialog.js';
import type {Refused, SmitRunner} from '../../src/menu/dialog.js';
import type {CommandOption} from '../../src/menu/schema.js';
import type {TestCluster} from './cluster.js';
import type {Release} from '../../src/cluster/release/index.js';

const loaded = new Map<Release, Catalog>();

/** The screens of a release's SMIT (5.2's unless told). */
export function menuCatalog(release: Release = '5.2'): Catalog {
	let catalog = loaded.get(release);
	if (!catalog) {
		const result = loadCatalog('menus', {release});
		expect(result.problems).toEqual([]);
		catalog = result.catalog;
		loaded.set(release, catalog);
	}
	return catalog;
}

/** SMIT's lines run on the test cluster (origin smit-*). */
export const smitOn = (cluster: Pick<TestCluster, 'session'>): SmitRunner => ({run: (line, step) => runLine(cluster.session, line, `smit-${step}`)});

/** The value of a step, or the test fails with SMIT's message. */
export function accepted<T extends object>(outcome: T | Refused): T {
	if (refused(outcome)) throw new Error(describeProblem(outcome.problem));
	return outcome;
}

export function dialog(id: string): Dialog {
	const found = menuCatalog().dialogs.get(id);
	if (!found) throw new Error(`no dialog ${id}`);
	return found;
}

/** The F4 list of a selector or field, as the values a user can pick. */
export function pickList(cluster: TestCluster, option: CommandOption, names: Record<string, string> = {}): string[] {
	return accepted(fieldChoices(option, names, smitOn(cluster)))
		.filter(e => e.selectable)
		.map(e => e.value);
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
	let model = accepted(openDialog(dialog(id), names, smitOn(cluster)));
	for (const [name, value] of Object.entries(changes)) model = accepted(setField(model, name, value));
	expect(checkFields(model.fields), `SMIT's checks on ${id}`).toBeUndefined();
	return commandLine(model);
}

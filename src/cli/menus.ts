/** `hasmit menus check`: validate every menu file and their cross-references. */
import {loadCatalog, type Catalog} from '../menu/catalog.js';
import {checkCatalog} from '../menu/check.js';
import {createRegistry} from '../domains/index.js';
import {MENUS_DIR} from '../paths.js';
import {menuJsonSchema} from '../menu/schema.js';
import {writeMenusCache} from './menus-cache.js';

/** Load and check the menus; problems read `file: screen id: field: problem`. */
export function loadCheckedMenus(dir = MENUS_DIR): {catalog: Catalog; problems: string[]} {
	const {catalog, problems} = loadCatalog(dir);
	if (problems.length > 0) return {catalog, problems};
	return {catalog, problems: checkCatalog(catalog, createRegistry())};
}

export function menusCheck(args: string[]): number {
	const dir = args[0] === '--menus' && args[1] ? args[1] : MENUS_DIR;
	const {catalog, problems} = loadCheckedMenus(dir);
	for (const problem of problems) process.stderr.write(`${problem}\n`);
	if (problems.length > 0) {
		process.stderr.write(`hasmit menus check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}\n`);
		return 1;
	}
	const screens = catalog.menus.size + catalog.selectors.size + catalog.dialogs.size;
	process.stdout.write(
		`hasmit menus check: ${screens} screens (${catalog.menus.size} menus, ${catalog.selectors.size} selectors, ${catalog.dialogs.size} dialogs) and ` +
			`${catalog.aliases.size} fast paths are valid.\n`,
	);
	return 0;
}

/** `hasmit menus cache` (the build runs it): the shipped menus, checked, kept for the TUI's start (menus-cache.ts). */
export function menusCache(): number {
	const {catalog, problems} = loadCheckedMenus(MENUS_DIR);
	if (problems.length === 0) writeMenusCache(MENUS_DIR, catalog);
	return 0;
}

/** `hasmit menus schema`: the JSON Schema menu files declare (the build writes it to menus/menu.schema.json). */
export function menusSchema(): number {
	process.stdout.write(`${JSON.stringify(menuJsonSchema(), null, '\t')}\n`);
	return 0;
}

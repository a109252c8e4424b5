/** `hasmit menus check`: validate every menu file and their cross-references. */
import {loadCatalog, type Catalog} from '../menu/catalog.js';
import {checkCatalog} from '../menu/check.js';
import {createRegistry} from '../domains/index.js';
import {MENUS_DIR} from '../paths.js';
import {menuJsonSchema} from '../menu/schema.js';
import {missingMenuTranslations, translationReport} from '../menu/translation.js';
import type {Language} from '../command/language.js';
import {missingManualLines} from '../command/manual.js';
import {MANUAL_CATALOGUES} from '../commands/man.js';

/** Where the manual pages' Chinese lives, as menus check names it. */
const MANUAL_FILE = 'src/commands/manual-zh.json';

/** Load and check the menus; problems read `file: screen id: field: problem`. */
export function loadCheckedMenus(dir = MENUS_DIR, language: Language = 'en'): {catalog: Catalog; problems: string[]} {
	const {catalog, problems} = loadCatalog(dir, language);
	if (problems.length > 0) return {catalog, problems};
	return {catalog, problems: checkCatalog(catalog, createRegistry())};
}

export function menusCheck(args: string[]): number {
	const dir = args[0] === '--menus' && args[1] ? args[1] : MENUS_DIR;
	const checked = loadCheckedMenus(dir);
	const {catalog} = checked;
	// Missing translations are checked here only: SMIT still starts (in English where one is missing).
	const manual = missingManualLines(createRegistry().commands(), MANUAL_CATALOGUES.zh).map(line => ({file: MANUAL_FILE, ...line}));
	const translations = [translationReport(missingMenuTranslations(catalog), 'menu'), translationReport(manual, 'manual')];
	const problems = [...checked.problems, ...translations.flatMap(t => t.errors)];
	for (const warning of translations.flatMap(t => t.warnings)) process.stderr.write(`warning: ${warning}\n`);
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

/** `hasmit menus schema`: the JSON Schema menu files declare (the build writes it to menus/menu.schema.json). */
export function menusSchema(): number {
	process.stdout.write(`${JSON.stringify(menuJsonSchema(), null, '\t')}\n`);
	return 0;
}

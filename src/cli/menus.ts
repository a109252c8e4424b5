/** `hasmit menus check`: validate every menu file and their cross-references. */
import {loadCatalog, type Catalog} from '../menu/catalog.js';
import {checkCatalog} from '../menu/check.js';
import {createRegistry} from '../domains/index.js';
import {MENUS_DIR} from '../paths.js';
import {menuJsonSchema} from '../menu/schema.js';
import {writeMenusCache} from './menus-cache.js';
import {DEFAULT_RELEASE, RELEASES, type Release} from '../cluster/release/index.js';
import {missingMenuTranslations, translationReport, type MissingText} from '../menu/translation.js';
import type {Language} from '../command/language.js';
import {missingManualLines} from '../command/manual.js';
import {MANUAL_CATALOGUES} from '../commands/man.js';

/** Where the manual pages' Chinese lives, as menus check names it. */
const MANUAL_FILE = 'src/commands/manual-zh.json';

/** Load and check one release's menus, in one language; problems read `file: screen id: field: problem`. */
export function loadCheckedMenus(
	dir = MENUS_DIR,
	{release = DEFAULT_RELEASE, language = 'en'}: {release?: Release; language?: Language} = {},
): {catalog: Catalog; problems: string[]} {
	const {catalog, problems} = loadCatalog(dir, {release, language});
	if (problems.length > 0) return {catalog, problems};
	return {catalog, problems: checkCatalog(catalog, createRegistry(), release)};
}

export function menusCheck(args: string[]): number {
	const dir = args[0] === '--menus' && args[1] ? args[1] : MENUS_DIR;
	// Each release's SMIT is a tree of its own: each is loaded and checked alone.
	let failed = 0;
	const untranslated = new Map<string, MissingText>();
	for (const release of RELEASES) {
		const {catalog, problems} = loadCheckedMenus(dir, {release});
		for (const problem of problems) process.stderr.write(`HACMP ${release}: ${problem}\n`);
		if (problems.length > 0) {
			process.stderr.write(`hasmit menus check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir} (HACMP ${release})\n`);
			failed++;
			continue;
		}
		// A file both releases show is reported once.
		for (const missing of missingMenuTranslations(catalog)) untranslated.set(`${missing.file}\0${missing.where}`, missing);
		const screens = catalog.menus.size + catalog.selectors.size + catalog.dialogs.size;
		process.stdout.write(
			`hasmit menus check: HACMP ${release}: ${screens} screens (${catalog.menus.size} menus, ${catalog.selectors.size} selectors, ` +
				`${catalog.dialogs.size} dialogs) and ${catalog.aliases.size} fast paths are valid.\n`,
		);
	}
	// Missing translations are checked here only: SMIT still starts (in English where one is missing).
	const manual = missingManualLines(createRegistry().commands(), MANUAL_CATALOGUES.zh).map(line => ({file: MANUAL_FILE, ...line}));
	const translations = [translationReport([...untranslated.values()], 'menu'), translationReport(manual, 'manual')];
	for (const warning of translations.flatMap(t => t.warnings)) process.stderr.write(`warning: ${warning}\n`);
	const errors = translations.flatMap(t => t.errors);
	for (const error of errors) process.stderr.write(`${error}\n`);
	if (errors.length > 0) process.stderr.write(`hasmit menus check: ${errors.length} problem${errors.length === 1 ? '' : 's'} in ${dir}\n`);
	return failed > 0 || errors.length > 0 ? 1 : 0;
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

/**
 * The menus as the build found them, loaded and checked (dist/menus-cache.json): the TUI starts from it while every
 * menu file is as it was then (same names, sizes and times), and so draws its first frame without reading, validating
 * and cross-checking each file against the commands (which needs the whole cluster model). A menu file changed since
 * the build is loaded and checked as before.
 */
import {readFileSync, statSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {buildCatalog, dataFiles, type Catalog} from '../menu/catalog.js';
import {PACKAGE_ROOT} from '../paths.js';

const CACHE = join(PACKAGE_ROOT, 'dist', 'menus-cache.json');

interface MenusCache {
	key: string;
	records: Catalog['records'];
}

/** What the menu folder is now: its files with their sizes and times; undefined if it cannot be read. */
function folderKey(dir: string): string | undefined {
	const files = dataFiles(dir);
	if (!files) return undefined;
	try {
		return JSON.stringify([resolve(dir), ...files.map(f => [f, statSync(join(dir, f)).size, statSync(join(dir, f)).mtimeMs])]);
	} catch {
		return undefined;
	}
}

/** The checked catalog of `dir` from the build, when no file of it changed since. */
export function cachedCatalog(dir: string, file = CACHE): Catalog | undefined {
	let cache: MenusCache;
	try {
		cache = JSON.parse(readFileSync(file, 'utf8')) as MenusCache;
	} catch {
		return undefined;
	}
	return cache.key === folderKey(dir) ? buildCatalog(cache.records) : undefined;
}

/** Keep the catalog of `dir`, loaded and found valid, for the next starts (the build does this). */
export function writeMenusCache(dir: string, catalog: Catalog, file = CACHE): void {
	const key = folderKey(dir);
	if (key !== undefined) writeFileSync(file, JSON.stringify({key, records: catalog.records} satisfies MenusCache));
}

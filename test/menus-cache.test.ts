/** The menus the build checked start SMIT without being checked again, while no menu file has changed since. */
import {cpSync, mkdtempSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadCheckedMenus} from '../src/cli/menus.js';
import {cachedCatalog, writeMenusCache} from '../src/cli/menus-cache.js';
import {MENUS_DIR} from '../src/paths.js';

describe('the menus cache', () => {
	it('gives the checked catalog back until a menu file changes, is added or the folder moves', () => {
		const work = mkdtempSync(join(tmpdir(), 'hasmit-menus-cache-'));
		const menus = join(work, 'menus');
		cpSync(MENUS_DIR, menus, {recursive: true});
		const cache = join(work, 'menus-cache.json');
		const {catalog, problems} = loadCheckedMenus(menus);
		expect(problems).toEqual([]);
		expect(cachedCatalog(menus, cache)).toBeUndefined();
		writeMenusCache(menus, catalog, cache);
		const cached = cachedCatalog(menus, cache)!;
		expect([...cached.dialogs.keys()]).toEqual([...catalog.dialogs.keys()]);
		expect(cached.menus.get('top_menu')).toEqual(catalog.menus.get('top_menu'));
		const moved = join(work, 'moved');
		cpSync(menus, moved, {recursive: true, preserveTimestamps: true});
		expect(cachedCatalog(moved, cache)).toBeUndefined();
		utimesSync(join(menus, 'cl_admin.json'), new Date(2020, 0, 1), new Date(2020, 0, 1));
		expect(cachedCatalog(menus, cache)).toBeUndefined();
		writeMenusCache(menus, catalog, cache);
		writeFileSync(join(menus, 'extra.json'), '{}');
		expect(cachedCatalog(menus, cache)).toBeUndefined();
	});
});

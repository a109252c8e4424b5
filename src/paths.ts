/** Where hasmit's own files are, whether it runs from src/ (tests) or the dist/ bundle. */
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

function findRoot(): string {
	let dir = dirname(fileURLToPath(import.meta.url));
	while (!existsSync(join(dir, 'package.json'))) {
		const parent = dirname(dir);
		if (parent === dir) throw new Error('hasmit: cannot find its package folder');
		dir = parent;
	}
	return dir;
}

export const PACKAGE_ROOT = findRoot();
export const MENUS_DIR = process.env.HASMIT_MENUS ?? join(PACKAGE_ROOT, 'menus');

export function packageVersion(): string {
	return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {version: string}).version;
}

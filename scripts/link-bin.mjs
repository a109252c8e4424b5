// `npm install` in this folder puts `hasmit` on the PATH, as `npm link` would, so that every example in the README
// works right after it: a symlink to dist/hasmit.cjs in npm's global bin folder when it is writable (root, nvm,
// Homebrew), else in ~/.local/bin (a normal user with the system's Node). `npm ci` (CI), `npm install -g` (npm
// links it itself) and Windows are left alone; a file of the same name that is not a symlink is never replaced.
import {accessSync, constants, lstatSync, mkdirSync, readlinkSync, rmSync, symlinkSync} from 'node:fs';
import {homedir} from 'node:os';
import {delimiter, join, resolve} from 'node:path';

const env = process.env;
if (env.npm_command !== 'install' || env.npm_config_global === 'true' || process.platform === 'win32') process.exit(0);

const target = resolve('dist/hasmit.cjs');
const onPath = new Set((env.PATH ?? '').split(delimiter).map(dir => resolve(dir)));
const npmPrefix = env.npm_config_global_prefix ?? env.npm_config_prefix;
const userBin = join(homedir(), '.local', 'bin');
const candidates = [npmPrefix && join(npmPrefix, 'bin'), userBin, join(homedir(), 'bin')].filter(Boolean);

const writable = dir => {
	try {
		accessSync(dir, constants.W_OK);
		return true;
	} catch {
		return false;
	}
};
const dir = candidates.find(d => onPath.has(resolve(d)) && writable(d)) ?? userBin;
mkdirSync(dir, {recursive: true});
const link = join(dir, 'hasmit');

let existing;
try {
	existing = lstatSync(link);
} catch {}
if (existing && !existing.isSymbolicLink()) {
	console.warn(`hasmit: ${link} exists and is not a link; left as it is. Run hasmit as: node ${target}`);
	process.exit(0);
}
const linked = existing !== undefined && readlinkSync(link) === target;
try {
	if (existing && !linked) rmSync(link);
	if (!linked) symlinkSync(target, link);
} catch (error) {
	console.warn(`hasmit: could not link ${link} (${error.code}). Run hasmit as: node ${target}`);
	process.exit(0);
}
console.log(`hasmit: ${link} -> ${target}`);
if (!onPath.has(resolve(dir))) console.log(`hasmit: ${dir} is not on your PATH; add it: export PATH="${dir}:$PATH"`);

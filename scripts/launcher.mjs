#!/usr/bin/env node
// dist/hasmit.mjs (scripts/build.mjs copies it there): runs the bundle, dist/hasmit.cjs, as a script compiled with
// V8's code cache beside it (hasmit.cjs.cache), so a start deserialises compiled code instead of parsing ~700 KB of
// JavaScript. Node 20 caches code for scripts only, not for ES modules: the bundle is one CommonJS function, and Ink
// (whose modules await at their top level) an ES module of its own (dist/ink.mjs), imported through
// __hasmit_import. A missing cache, or one this Node rejects (another version, other V8 flags), is written anew when
// the run ends, when the folder can be written; the cache only ever speeds up a start, never changes what runs.
// Node's modules are taken as CommonJS does: importing one as an ES module builds its facade, which for node:fs loads
// every stream class (several milliseconds).
const {accessSync, constants, readFileSync, renameSync, rmSync, writeFileSync} = process.getBuiltinModule('node:fs');
const {createRequire} = process.getBuiltinModule('node:module');
const {dirname} = process.getBuiltinModule('node:path');
const {fileURLToPath} = process.getBuiltinModule('node:url');
const {Script} = process.getBuiltinModule('node:vm');

const bundle = new URL('hasmit.cjs', import.meta.url);
const file = fileURLToPath(bundle);
const cacheFile = `${file}.cache`;
/** The bundle compiled from the cache; without a usable one, it is written when the run ends. */
function compile() {
	let cachedData;
	try {
		cachedData = readFileSync(cacheFile);
	} catch {
		cachedData = undefined;
	}
	const script = new Script(readFileSync(file, 'utf8'), {filename: file, cachedData});
	if (cachedData === undefined || script.cachedDataRejected) {
		process.once('exit', () => {
			// After the run, so the cache holds the functions it compiled. Written aside, then renamed: a reader sees a whole cache or none.
			const temp = `${cacheFile}.${process.pid}.tmp`;
			try {
				// A folder it cannot write (an installation of root's) is not worth making the cache for.
				accessSync(dirname(file), constants.W_OK);
				writeFileSync(temp, script.createCachedData());
				renameSync(temp, cacheFile);
			} catch {
				rmSync(temp, {force: true});
			}
		});
	}
	return script;
}

const module = {exports: {}};
compile().runInThisContext()(
	module.exports,
	createRequire(file),
	module,
	file,
	dirname(file),
	bundle.href,
	specifier => import(new URL(specifier, bundle).href),
);

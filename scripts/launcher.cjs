#!/usr/bin/env node
// dist/hasmit.cjs, the `hasmit` command (scripts/build.mjs copies it there): runs the bundle, dist/hasmit-bundle.cjs, as
// a script compiled with V8's code cache beside it (hasmit-bundle.cjs.cache), so a start deserialises compiled code
// instead of parsing ~900 KB of JavaScript. Node 20 caches code for scripts only, not for ES modules: the bundle is one
// CommonJS function, and Ink (whose modules await at their top level) an ES module of its own (dist/ink.mjs), imported
// through __hasmit_import. The launcher is CommonJS too: an ES module entry costs Node's start ~4 ms more (its loader).
// A missing cache, or one this Node rejects (another version, other V8 flags), is written anew when the run ends, when
// the folder can be written; the cache only ever speeds up a start, never changes what runs.
const {
	accessSync,
	closeSync,
	constants,
	fstatSync,
	openSync,
	readFileSync,
	readSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} = require('node:fs');
const {dirname, join} = require('node:path');
const {pathToFileURL} = require('node:url');
const {Script} = require('node:vm');

const file = join(__dirname, 'hasmit-bundle.cjs');
const cacheFile = `${file}.cache`;

/** Up to `limit` bytes of a regular file (never waiting on a FIFO or a device); undefined when it cannot be read. */
function readRegular(path, limit) {
	let fd;
	try {
		fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
		const stats = fstatSync(fd);
		if (!stats.isFile()) return undefined;
		const bytes = Buffer.alloc(Math.min(limit, stats.size));
		return bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0)).toString('utf8');
	} catch {
		return undefined;
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

/** FNV-1a: a short file name for a key (the file holds the key itself, compared in full). */
function hashOf(text) {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * SMIT's first frame as the last start with the same line, folder, environment and build wrote it (src/cli/tui.tsx keeps
 * it in the user's cache folder), written before the bundle is even read: that start's frame is what this one draws
 * when the terminal has the same size and the state file holds the same release (the screens are that release's), and
 * for a lab the same save (the same generation: the lab's panel shows its checks' results). The TUI compares it with its own first frame and draws its own over it if they differ; if SMIT does not start after
 * all, it gives the terminal back (giveBack) before saying why, or the launcher does on exit. Passed on to the bundle:
 * where the frame is kept, its key, and what was written.
 */
function firstFrame() {
	const {env} = process;
	const home = env.XDG_CACHE_HOME || (env.HOME && join(env.HOME, '.cache'));
	if (!home) return undefined;
	const names = ['HOME', 'XDG_CONFIG_HOME', 'HASMIT_STATE', 'HASMIT_MENUS', 'LANG', 'LC_ALL', 'LC_MESSAGES', 'TERM', 'FORCE_COLOR', 'NO_COLOR', 'CI'];
	let built;
	try {
		const stats = statSync(file);
		built = `${stats.size}-${stats.mtimeMs}`;
	} catch {
		return undefined;
	}
	const key = JSON.stringify([built, process.cwd(), process.argv.slice(2), names.map(name => env[name] ?? null)]);
	const path = join(home, 'hasmit', 'first-frames', `${hashOf(key)}.json`);
	const frame = {path, key, written: undefined, claimed: false, giveBack() {}};
	const text = readRegular(path, 1 << 20);
	if (text === undefined) return frame;
	let kept;
	try {
		kept = JSON.parse(text);
	} catch {
		return frame;
	}
	if (kept.key !== key) return frame;
	if (kept.state !== undefined) {
		const head = readRegular(kept.state, 256) ?? '';
		if (/"release":"([^"]*)"/.exec(head)?.[1] !== kept.release) return frame;
		// A lab's frame: the same save of its cluster (its checks' results are in the frame).
		if (kept.generation !== undefined && /"generation":(\d+)/.exec(head)?.[1] !== String(kept.generation)) return frame;
	}
	const {stdin, stdout} = process;
	if (!stdin.isTTY || !stdout.isTTY || stdout.columns !== kept.columns || stdout.rows !== kept.rows) return frame;
	stdin.setRawMode(true);
	stdout.write(kept.opening);
	frame.written = kept.opening;
	frame.giveBack = () => {
		if (frame.claimed) return;
		frame.claimed = true;
		stdout.write(kept.closing);
		stdin.setRawMode(false);
	};
	process.once('exit', frame.giveBack);
	return frame;
}
const frame = firstFrame();
/**
 * The bundle compiled from the cache; without a usable one, it is written when the run ends. The build trains it in two
 * runs (scripts/build.mjs): the second, with HASMIT_CODE_CACHE=extend, writes it again with the code it added.
 */
function compile() {
	let cachedData;
	try {
		cachedData = readFileSync(cacheFile);
	} catch {
		cachedData = undefined;
	}
	// The bundle is ASCII (test/cli.test.ts holds it to that), so read as Latin-1 it is the same text, copied rather
	// than decoded.
	const script = new Script(readFileSync(file, 'latin1'), {filename: file, cachedData});
	if (cachedData === undefined || script.cachedDataRejected || process.env.HASMIT_CODE_CACHE === 'extend') {
		// A cache is only valid under the V8 flags it was made with: none is written after the run changed them (the TUI does).
		// (node:v8 is loaded only here: it loads every stream class, ~1.5 ms.)
		const {cachedDataVersionTag} = require('node:v8');
		const flags = cachedDataVersionTag();
		process.once('exit', () => {
			if (cachedDataVersionTag() !== flags) return;
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

const bundle = {exports: {}};
compile().runInThisContext()(
	bundle.exports,
	// The bundle requires only Node's own modules (everything else is in it).
	require,
	bundle,
	file,
	__dirname,
	pathToFileURL(file).href,
	specifier => import(pathToFileURL(join(__dirname, specifier)).href),
	frame,
);

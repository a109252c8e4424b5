// Bundles the CLI for a fast start: dist/hasmit-bundle.cjs, all of hasmit but Ink in one CommonJS function that
// dist/hasmit.cjs (scripts/launcher.cjs, the `hasmit` command) runs with V8's code cache (Node 20 caches code for scripts, not for ES
// modules); dist/ink.mjs, Ink and React with the screens' Ink components, an ES module (Ink's modules await at their
// top level) imported only once the TUI's first frame is on the screen. No compile at run time.
import {build} from 'esbuild';
import {NODE_BUNDLE} from './node-bundle.mjs';
import {execFileSync} from 'node:child_process';
import {chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/**
 * Changes to Ink 6.8 inside the bundle (the installed Ink is not touched).
 * - ink/build/output.js builds every frame cell by cell: each line is tokenised
 *   into styled cells (through caches made anew for each frame), and each row of
 *   cells is turned back into a string. Most rows are the same from one frame to
 *   the next, so the bundle keeps the line → cells cache across frames, and a
 *   row written by one line at column 0 is turned into a string once (keyed by
 *   width and line; a row written by anything else is built as before). The
 *   output is the same byte for byte; a key press costs a fraction of the time.
 * - ink/build/log-update.js, incremental mode (only changed lines are rewritten):
 *   after a frame that ends with a newline (every frame shorter than the
 *   terminal), the cursor is one line further down than the code assumes, so the
 *   next frame was drawn one line too low. It moves up by the right count.
 * When a source no longer looks as expected (another Ink version): the caches are
 * left out, with a warning; without the redraw fix the build stops, since
 * src/ui/ink/mount.tsx asks Ink for incremental output.
 */
const OUTPUT_HELPERS = `
let sharedOutputCaches;
function sharedCaches() {
	if (!sharedOutputCaches || sharedOutputCaches.styledChars.size > 5000) sharedOutputCaches = new OutputCaches();
	return sharedOutputCaches;
}
const sharedRows = new Map();
`;
const INK_PATCHES = [
	{
		file: /[\\/]ink[\\/]build[\\/]output\.js$/,
		what: 'the frame caches',
		required: false,
		replace: [
			['caches = new OutputCaches();', 'caches = sharedCaches();'],
			['        const clips = [];\n', '        const clips = [];\n        const rowWrites = new Map();\n'],
			[
				'                    const characters = this.caches.getStyledChars(line);\n',
				'                    const characters = this.caches.getStyledChars(line);\n                    rowWrites.set(y + offsetY, !clip && x === 0 && ' +
					'!rowWrites.has(y + offsetY) ? line : null);\n',
			],
			[
				`            .map(line => {
            // See https://github.com/vadimdemedes/ink/pull/564#issuecomment-1637022742
            const lineWithoutEmptyItems = line.filter(item => item !== undefined);
            return styledCharsToString(lineWithoutEmptyItems).trimEnd();
        })`,
				`            .map((line, row) => {
            const written = rowWrites.get(row);
            const key = written === null ? undefined : \`\${this.width}\\u0000\${written ?? ''}\\u0000\${written === undefined ? 0 : 1}\`;
            const cached = key === undefined ? undefined : sharedRows.get(key);
            if (cached !== undefined) return cached;
            // See https://github.com/vadimdemedes/ink/pull/564#issuecomment-1637022742
            const lineWithoutEmptyItems = line.filter(item => item !== undefined);
            const text = styledCharsToString(lineWithoutEmptyItems).trimEnd();
            if (key !== undefined) {
                if (sharedRows.size > 5000) sharedRows.clear();
                sharedRows.set(key, text);
            }
            return text;
        })`,
			],
		],
		append: OUTPUT_HELPERS,
	},
	{
		file: /[\\/]ink[\\/]build[\\/]log-update\.js$/,
		what: 'the incremental redraw fix',
		required: true,
		replace: [
			[
				'buffer.push(ansiEscapes.cursorUp(previousVisible - 1));',
				"buffer.push(ansiEscapes.cursorUp(previousVisible - (previousOutput.endsWith('\\n') ? 0 : 1)));",
			],
		],
		append: '',
	},
];

const inkPatches = {
	name: 'ink-patches',
	setup(build) {
		for (const patch of INK_PATCHES) {
			build.onLoad({filter: patch.file}, args => {
				let source = readFileSync(args.path, 'utf8');
				for (const [from, to] of patch.replace) {
					if (!source.includes(from)) {
						const message = `${args.path} has changed (not Ink 6.8.0?): ${patch.what} cannot be applied; see scripts/build.mjs`;
						if (patch.required) throw new Error(message);
						console.warn(`build: ${message}; building without it`);
						return undefined;
					}
					source = source.replace(from, to);
				}
				return {contents: source + patch.append, loader: 'js'};
			});
		}
	},
};

/** In the CommonJS bundle, Ink stays outside: src/cli/tui.tsx imports dist/ink.mjs through the launcher's __hasmit_import. */
const inkOutside = {
	name: 'ink-outside',
	setup(build) {
		build.onResolve({filter: /[\\/]ui[\\/]ink[\\/]mount\.js$/}, () => ({path: './ink.mjs', external: true}));
	},
};

/** The code cache's second training run: the README's tour as command lines (start, look, stop with takeover). */
const TRAINING_LINES = [
	"cl_rc.cluster -cspoc '-n node1,node2' -N",
	'clRGinfo',
	'tail -n 8 /var/adm/cluster.log',
	"cl_clstop -cspoc '-n node1' -N -s -gr",
];

/**
 * src/commands/manual-zh.json (the commands' help in Chinese, a sixth of the bundle) is read from dist/manual-zh.json
 * when first used instead of being built into the bundle: every start would deserialise and build it, and only `man`,
 * F1 and F6 in Chinese and `menus check` read it. The module is a read-only view of the file's object.
 */
const manualOutside = {
	name: 'manual-outside',
	setup(build) {
		build.onLoad({filter: /[\\/]commands[\\/]manual-zh\.json$/}, () => ({
			loader: 'js',
			contents: `let table;
const read = () => (table ??= JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, 'manual-zh.json'), 'utf8')));
export default new Proxy({}, {
	get: (_, key) => read()[key],
	has: (_, key) => key in read(),
	ownKeys: () => Reflect.ownKeys(read()),
	getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(read(), key),
});`,
		}));
	},
};

// dist/hasmit.cjs.cache: the cache of the bundle when it had the launcher's name.
for (const old of [
	'dist/chunks',
	'dist/hasmit.cjs.cache',
	'dist/hasmit-bundle.cjs',
	'dist/hasmit-bundle.cjs.cache',
	'dist/ink.mjs',
	'dist/manual-zh.json',
])
	rmSync(old, {recursive: true, force: true});
mkdirSync('dist', {recursive: true});
// Not the ES module banner: the launcher gives the bundle its require.
const {banner: _esmBanner, ...shared} = NODE_BUNDLE;
await build({
	...shared,
	entryPoints: ['src/cli.tsx'],
	format: 'cjs',
	minify: true,
	legalComments: 'none',
	outfile: 'dist/hasmit-bundle.cjs',
	// The bundle is the body of the function the launcher calls, with CommonJS's arguments and hasmit's three.
	define: {...shared.define, 'import.meta.url': '__hasmit_url'},
	banner: {js: '(function(exports,require,module,__filename,__dirname,__hasmit_url,__hasmit_import,__hasmit_frame){'},
	footer: {js: '})'},
	plugins: [inkOutside, manualOutside],
});
copyFileSync('src/commands/manual-zh.json', 'dist/manual-zh.json');
// esbuild keeps src/cli.tsx's #! line first, where a function expression cannot have it.
writeFileSync('dist/hasmit-bundle.cjs', readFileSync('dist/hasmit-bundle.cjs', 'utf8').replace(/^#!.*\n/, ''));
await build({
	...NODE_BUNDLE,
	entryPoints: {ink: 'src/ui/ink/mount.tsx'},
	minify: true,
	legalComments: 'none',
	outdir: 'dist',
	outExtension: {'.js': '.mjs'},
	plugins: [inkPatches],
});
copyFileSync('scripts/launcher.cjs', 'dist/hasmit.cjs');
chmodSync('dist/hasmit.cjs', 0o755);
// `node dist/hasmit.mjs` as before this launcher was CommonJS (the same command, through Node's ES module loader).
writeFileSync('dist/hasmit.mjs', "#!/usr/bin/env node\nimport './hasmit.cjs';\n", {mode: 0o755});

// The JSON Schema menu files declare, generated from src/menu/schema.ts so editors check them as they are written.
writeFileSync('menus/menu.schema.json', execFileSync(process.execPath, ['dist/hasmit.cjs', 'menus', 'schema']));
writeFileSync('menus/labs/lab.schema.json', execFileSync(process.execPath, ['dist/hasmit.cjs', 'labs', 'schema']));
// The menus checked once here, so that SMIT's first frame need not check them (src/cli/menus-cache.ts).
// That run also leaves V8's code cache (the first run without one writes it), holding the code it compiled: the menus,
// the commands and the cluster model.
rmSync('dist/hasmit-bundle.cjs.cache', {force: true});
execFileSync(process.execPath, ['dist/hasmit.cjs', 'menus', 'cache']);
// Then the code of commands run and saved (the README's first ten minutes, on a scratch sample cluster) is added to it:
// a command compiles no less at each start than the functions it runs, and those are most of a change's start on big.
const training = mkdtempSync(join(tmpdir(), 'hasmit-build-'));
execFileSync(process.execPath, ['dist/hasmit.cjs', 'exec', '--state', join(training, 'state.json'), '-'], {
	env: {...process.env, HASMIT_CODE_CACHE: 'extend', HOME: training},
	input: TRAINING_LINES.join('\n'),
	stdio: ['pipe', 'ignore', 'inherit'],
});
rmSync(training, {recursive: true, force: true});

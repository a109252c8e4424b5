// Bundles the CLI into dist/hasmit.mjs plus lazily loaded chunks (Ink and React
// load only once the TUI's first frame is on the screen): fast to start, no
// compile at run time.
import {build} from 'esbuild';
import {chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';

/**
 * Two changes to Ink 6.8 inside the bundle (Ink itself is not touched):
 * - ink/build/output.js turns every line of every frame into styled cells through
 *   caches it builds anew for each frame. Most lines are the same from one frame to
 *   the next, so the bundle shares one bounded cache across frames: a key press
 *   costs about half as much, with the same output byte for byte.
 * - ink/build/log-update.js, incremental mode (only changed lines are rewritten):
 *   after a frame that ends with a newline (every frame shorter than the
 *   terminal), the cursor is one line further down than the code assumes, so the
 *   next frame was drawn one line too low. It moves up by the right count.
 * When a source no longer looks as expected (another Ink version): the bundle is
 * built without the cache, with a warning; without the redraw fix, the build stops,
 * since src/ui/ink/mount.tsx asks Ink for incremental output.
 */
const INK_PATCHES = [
	{
		file: /[\\/]ink[\\/]build[\\/]output\.js$/,
		what: 'the frame cache shared across frames',
		from: 'caches = new OutputCaches();',
		to: 'caches = sharedCaches();',
		required: false,
		append: '\nlet sharedOutputCaches;\nfunction sharedCaches() {\n\tif (!sharedOutputCaches || sharedOutputCaches.styledChars.size > 5000) sharedOutputCaches = new OutputCaches();\n\treturn sharedOutputCaches;\n}\n',
	},
	{
		file: /[\\/]ink[\\/]build[\\/]log-update\.js$/,
		what: 'the incremental redraw fix',
		from: 'buffer.push(ansiEscapes.cursorUp(previousVisible - 1));',
		to: "buffer.push(ansiEscapes.cursorUp(previousVisible - (previousOutput.endsWith('\\n') ? 0 : 1)));",
		required: true,
		append: '',
	},
];

const inkPatches = {
	name: 'ink-patches',
	setup(build) {
		for (const patch of INK_PATCHES) {
			build.onLoad({filter: patch.file}, args => {
				const source = readFileSync(args.path, 'utf8');
				if (!source.includes(patch.from)) {
					const message = `${args.path} has changed (not Ink 6.8.0?): ${patch.what} cannot be applied; see scripts/build.mjs`;
					if (patch.required) throw new Error(message);
					console.warn(`build: ${message}; building without it`);
					return undefined;
				}
				return {contents: source.replace(patch.from, patch.to) + patch.append, loader: 'js'};
			});
		}
	},
};

rmSync('dist/chunks', {recursive: true, force: true});
mkdirSync('dist', {recursive: true});
await build({
	entryPoints: {hasmit: 'src/cli.tsx'},
	bundle: true,
	splitting: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	outdir: 'dist',
	outExtension: {'.js': '.mjs'},
	chunkNames: 'chunks/[name]-[hash]',
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports react-devtools-core lazily for its debugger; it is never used here.
	alias: {'react-devtools-core': './scripts/devtools-stub.mjs'},
	// CommonJS dependencies inside an ESM bundle call require() on Node builtins.
	banner: {js: "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);"},
	plugins: [inkPatches],
	logLevel: 'warning',
});
chmodSync('dist/hasmit.mjs', 0o755);

// The JSON Schema menu files declare, generated from src/menu/schema.ts so editors check them as they are written.
const {execFileSync} = await import('node:child_process');
writeFileSync('menus/menu.schema.json', execFileSync(process.execPath, ['dist/hasmit.mjs', 'menus', 'schema']));

// Bundles the CLI into dist/hasmit.mjs plus lazily loaded chunks (Ink and React
// load only once the TUI's first frame is on the screen): fast to start, no
// compile at run time.
import {build} from 'esbuild';
import {chmodSync, mkdirSync, readFileSync, rmSync} from 'node:fs';

/**
 * Ink 6.8 turns every line of every frame into styled cells through caches it
 * builds anew for each frame (ink/build/output.js). Most lines are the same from
 * one frame to the next, so the bundle shares one bounded cache across frames:
 * a key press then costs about half as much. Same output, byte for byte; if the
 * source no longer looks as expected (another Ink version), the bundle is built
 * without the change and says so.
 */
const inkOutputCache = {
	name: 'ink-output-cache',
	setup(build) {
		build.onLoad({filter: /[\\/]ink[\\/]build[\\/]output\.js$/}, args => {
			const source = readFileSync(args.path, 'utf8');
			const from = 'caches = new OutputCaches();';
			if (!source.includes(from)) {
				console.warn('build: ink/build/output.js has changed; building without the shared frame cache');
				return undefined;
			}
			const shared = '\nlet sharedOutputCaches;\nfunction sharedCaches() {\n\tif (!sharedOutputCaches || sharedOutputCaches.styledChars.size > 5000) sharedOutputCaches = new OutputCaches();\n\treturn sharedOutputCaches;\n}\n';
			return {contents: source.replace(from, 'caches = sharedCaches();') + shared, loader: 'js'};
		});
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
	plugins: [inkOutputCache],
	logLevel: 'warning',
});
chmodSync('dist/hasmit.mjs', 0o755);

// Bundles the CLI into dist/hasmit.mjs plus lazily loaded chunks (Ink and React
// load only once the TUI's first frame is on the screen): fast to start, no
// compile at run time.
import {build} from 'esbuild';
import {chmodSync, mkdirSync, rmSync} from 'node:fs';

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
	logLevel: 'warning',
});
chmodSync('dist/hasmit.mjs', 0o755);

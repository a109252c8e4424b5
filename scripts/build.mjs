// Bundles the CLI into one ESM file (dist/hasmit.mjs): fast to start, no compile at run time.
import {build} from 'esbuild';
import {chmodSync, mkdirSync, writeFileSync} from 'node:fs';

mkdirSync('dist', {recursive: true});
await build({
	entryPoints: ['src/cli.tsx'],
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	outfile: 'dist/hasmit.mjs',
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports react-devtools-core lazily for its debugger; it is never used here.
	alias: {'react-devtools-core': './scripts/devtools-stub.mjs'},
	// CommonJS dependencies inside an ESM bundle call require() on Node builtins.
	banner: {js: "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);"},
	logLevel: 'warning',
});
chmodSync('dist/hasmit.mjs', 0o755);

// The JSON Schema menu files declare, generated from src/menu/schema.ts so editors check them as they are written.
const {execFileSync} = await import('node:child_process');
writeFileSync('menus/menu.schema.json', execFileSync(process.execPath, ['dist/hasmit.mjs', 'menus', 'schema']));

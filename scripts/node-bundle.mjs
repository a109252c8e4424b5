// esbuild settings every bundle of this project's code shares: the CLI (scripts/build.mjs),
// the benchmarks (test/bench/run.mjs) and the test fixtures built on the fly.
export const NODE_BUNDLE = {
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports react-devtools-core lazily for its debugger; it is never used here.
	alias: {'react-devtools-core': new URL('devtools-stub.mjs', import.meta.url).pathname},
	// CommonJS dependencies inside an ESM bundle call require() on Node builtins.
	banner: {js: "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);"},
	logLevel: 'warning',
};

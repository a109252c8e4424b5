/** The fuzzer at CI size: a fixed seed over every command and scenario (`npm run fuzz` runs it at 10^5 lines). */
import {expect, it} from 'vitest';
import {fuzz, prng} from './fuzz.js';

it('the same seed gives the same numbers', () => {
	const a = prng(42);
	const b = prng(42);
	expect(Array.from({length: 5}, a)).toEqual(Array.from({length: 5}, b));
});

it('6,000 random lines: no internal error, nothing escapes, invariants hold, failures change nothing', () => {
	const report = fuzz({seed: 20261202, lines: 6000});
	expect(report.findings.map(f => `[${f.scenario}] ${f.line.slice(0, 200)}\n  ${f.problem}`)).toEqual([]);
	expect(report.lines).toBe(6000);
	// Deep enough to mean something: a good share of lines get past the usage checks and change the cluster.
	expect(report.succeeded).toBeGreaterThan(1000);
}, 120_000);

/** Timing helpers for the benchmarks: medians over repeated runs, printed next to their targets. */
import {performance} from 'node:perf_hooks';

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median wall time of `fn` in ms over `runs` runs, after `warmup` unmeasured ones. */
export function timeMedian(fn: () => void, runs = 21, warmup = 3): number {
	for (let i = 0; i < warmup; i++) fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn();
		times.push(performance.now() - start);
	}
	return median(times);
}

/**
 * The ratio of `fn`'s median wall time to `baseline`'s, the two run in turns (after `warmup` unmeasured turns), so that
 * both see the same machine load, collections and compiled code.
 */
export function timeRatio(fn: () => void, baseline: () => void, runs = 31, warmup = 3): number {
	const times: number[] = [];
	const baseTimes: number[] = [];
	for (let i = 0; i < warmup + runs; i++) {
		for (const [run, into] of [
			[baseline, baseTimes],
			[fn, times],
		] as const) {
			const start = performance.now();
			run();
			if (i >= warmup) into.push(performance.now() - start);
		}
	}
	return median(times) / median(baseTimes);
}

export interface Figure {
	name: string;
	value: number;
	unit: string;
	/** The figure must be at most this. */
	target: number;
}

export function report(title: string, figures: Figure[]): void {
	if (title) console.log(`\n${title}`);
	for (const f of figures) {
		const verdict = f.value <= f.target ? 'met' : 'MISSED';
		console.log(
			`  ${f.name.padEnd(52)} ${f.value.toFixed(f.unit === 'MB' ? 0 : 2).padStart(9)} ${f.unit.padEnd(3)} target <= ${f.target} ${f.unit}  ${verdict}`,
		);
	}
}

/** Keys for the peak RSS of the TUI (pty_bench.py peak-rss), each with the seconds to wait after it: the first menu
 * item, a field, F4, F3, the F9 shell. */
export const TUI_WALK = [
	['\r', 0.3],
	['\r', 0.3],
	['\x1b[B', 0.1],
	['\x1bOS', 0.5],
	['\r', 0.3],
	['\x1bOR', 0.2],
	['\x1b[20~', 0.3],
	['hostname\r', 0.3],
	['exit\r', 0.3],
];

/** `npm run fuzz -- [--lines N] [--seed N] [--scenario NAME]... [--sequence N]`: the fuzzer at full size, with its figures. */
import {parseArgs} from 'node:util';
import {writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fuzz} from './fuzz.js';

const {values} = parseArgs({
	options: {
		lines: {type: 'string', default: '100000'},
		seed: {type: 'string', default: '1'},
		scenario: {type: 'string', multiple: true},
		show: {type: 'string', default: '10'},
		sequence: {type: 'string', default: '40'},
	},
});
const lines = Number(values.lines);
const seed = Number(values.seed);
if (!Number.isSafeInteger(lines) || lines <= 0 || !Number.isSafeInteger(seed)) {
	process.stderr.write('Usage: npm run fuzz -- [--lines N] [--seed N] [--scenario NAME]... [--sequence N] [--show N]\n');
	process.exit(2);
}
const report = fuzz({
	seed,
	lines,
	sequence: Number(values.sequence),
	scenarios: values.scenario,
	onProgress: done => done % 10000 === 0 && process.stderr.write(`${done} lines\n`),
});
for (const finding of report.findings.slice(0, Number(values.show))) {
	process.stdout.write(
		`\n[${finding.scenario}] ${JSON.stringify(finding.line).slice(0, 400)}\n  ${finding.problem}\n  after ${finding.history.length} lines; replay: ` +
			`${JSON.stringify(finding.history).slice(0, 300)}...\n`,
	);
}
if (report.findings.length > 0) {
	const file = join(tmpdir(), `hasmit-fuzz-findings-${seed}.json`);
	writeFileSync(file, JSON.stringify(report.findings, null, 1));
	process.stdout.write(`\nevery finding with the lines before it (to replay): ${file}\n`);
}
process.stdout.write(
	`\nseed ${seed}: ${report.lines} lines in ${(report.ms / 1000).toFixed(1)} s (${Math.round(report.lines / (report.ms / 1000))} lines/s)\n`,
);
process.stdout.write(`lines that succeeded: ${report.succeeded} (${((100 * report.succeeded) / report.lines).toFixed(1)} %)\n`);
process.stdout.write(`internal errors: ${report.internalErrors} (target 0)\n`);
process.stdout.write(
	`other findings (changes by failed commands, broken invariants): ${report.findings.length - report.internalErrors} (target 0)\n`,
);
process.exit(report.findings.length === 0 ? 0 : 1);

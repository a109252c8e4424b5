/**
 * The Cluster Test Tool (cl_testtool): runs a test plan (the automated test procedure, or a custom plan from a file:
 * one test a line, `NAME, argument..., comment`, # starting a comment line) one test after the other, each checking
 * the cluster reached the state it should, and logs each with PASSED or FAILED in /var/hacmp/log/cl_testtool.log.
 * A failed test's cluster is restored before the next: cluster services are started again where they ran before it.
 */
import {dateTime} from '../clock.js';
import {activeNodes, dcdOf, runningConfig} from '../config.js';
import {CommandError, refuse} from '../errors.js';
import {passTime} from '../events/timers.js';
import {startServices} from '../services.js';
import type {ClusterState} from '../state.js';
import {automatedPlan, clusterTest, START} from './tests.js';

export const TESTTOOL_LOG = '/var/hacmp/log/cl_testtool.log';

export interface PlannedTest {
	name: string;
	args: string[];
	comment: string;
	/** Line of the plan file, for messages. */
	line: number;
}

/** Parse a test plan; refused, naming the line, when a test is unknown or lacks arguments. */
export function parsePlan(text: string, file: string): PlannedTest[] {
	const plan: PlannedTest[] = [];
	text.split('\n').forEach((raw, index) => {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) return;
		const [name = '', ...fields] = line.split(',').map(field => field.trim());
		const test = clusterTest(name) ?? refuse(`cl_testtool: ${file} line ${index + 1}: ${name} is not a test the Cluster Test Tool knows.`);
		if (fields.length < test.args.length) refuse(`cl_testtool: ${file} line ${index + 1}: ${name} needs ${test.args.join(', ')}, then a comment.`);
		plan.push({name, args: fields.slice(0, test.args.length), comment: fields.slice(test.args.length).join(', '), line: index + 1});
	});
	if (plan.length === 0) refuse(`cl_testtool: ${file} holds no test.`);
	return plan;
}

/** The automated test procedure for the cluster as the local node configures it. */
export function automatedTests(state: ClusterState, node: string): PlannedTest[] {
	return parsePlan(automatedPlan(state, runningConfig(state) ?? dcdOf(state, node)).join('\n'), 'the automated test procedure');
}

const RULE = '#'.repeat(72);
const LINE = '-'.repeat(72);

/** Seconds the tool lets the cluster settle between tests. */
const SETTLE = 30;

/** Run the plan; returns the log and how many tests failed. */
export function runPlan(state: ClusterState, title: string, plan: readonly PlannedTest[], abortOnError: boolean): {log: string[]; failed: number} {
	const log = [RULE, `##  Cluster Test Tool: ${title}`, `##  Started at ${dateTime(state.clock)}`, RULE];
	let passed = 0;
	let failed = 0;
	for (const [index, test] of plan.entries()) {
		if (failed > 0 && abortOnError) {
			log.push(`##  Abort on error: the ${plan.length - index} remaining tests are not run.`);
			break;
		}
		log.push(
			LINE,
			`|  Test ${index + 1}: ${[test.name, ...test.args, test.comment].filter(Boolean).join(', ')}`,
			`|  Started at ${dateTime(state.clock)}`,
			LINE,
		);
		const before = activeNodes(state);
		let problems: string[];
		try {
			problems = clusterTest(test.name)!.run(state, test.args, line => log.push(`    ${line}`));
		} catch (error) {
			if (!(error instanceof CommandError)) throw error;
			problems = error.message.split('\n').filter(Boolean);
		}
		for (const problem of problems) log.push(`||  Validation failed: ${problem}`);
		log.push(`||  Test Completion Status: ${problems.length === 0 ? 'PASSED' : 'FAILED'}`);
		if (problems.length === 0) passed++;
		else {
			failed++;
			restore(state, before, log);
		}
		passTime(state, SETTLE);
	}
	log.push(RULE, `##  Cluster Test Tool summary: ${passed + failed} tests run, ${passed} passed, ${failed} failed`, RULE);
	return {log, failed};
}

/** After a failed test: cluster services are started again on the nodes that ran them before it. */
function restore(state: ClusterState, before: readonly string[], log: string[]): void {
	for (const node of before.filter(n => !state.nodes[n]!.acd)) {
		log.push(`||  Restoring the cluster: starting cluster services on ${node}.`);
		try {
			startServices(state, node, START, () => {});
		} catch (error) {
			if (!(error instanceof CommandError)) throw error;
			log.push(`||  ${error.message}`);
		}
	}
}

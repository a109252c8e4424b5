/**
 * clverify: runs the topology and resource checks on the local node's DCD,
 * takes corrective actions (never, always, or asking), prints what it finds
 * the way HACMP 5.x does, and keeps a record in clverify.log.
 */
import {configById, dcdOf, type ClusterConfig, type ResourceGroup} from '../config.js';
import {dateTime} from '../clock.js';
import {appendFile, CLVERIFY_LOG} from '../files.js';
import {currentView} from '../view.js';
import type {ClusterState} from '../state.js';
import {clcomdRefusal, clcomdStopped} from '../clcomd.js';
import {makeContext, type Check, type Finding} from './check.js';
import {installedDomains} from '../domain.js';
import type {DeepReadonly} from '../readonly.js';

export type CorrectiveMode = 'no' | 'yes' | 'interactive';

export interface VerifyOptions {
	correct: CorrectiveMode;
	verbose?: boolean;
	/** Verify only what changed since the last synchronization. */
	changesOnly?: boolean;
	/** Answers to interactive questions, one per line (the command's standard input). */
	answers?: string[];
	/** Asks the user once the answers run out (CommandContext.ask: SMIT's terminal); undefined: no answer. */
	ask?: (question: string) => string | undefined;
	/** Makes a change that stands should the command then fail (CommandContext.keepOnFailure): the log, corrective actions. */
	keep?: (change: (state: ClusterState) => void) => void;
}

export interface VerifyResult {
	errors: number;
	warnings: number;
}

type Print = (line: string) => void;

/** The configuration last synchronized: the running one, or what the other nodes hold. */
function lastSynchronized(state: ClusterState, node: string): DeepReadonly<ClusterConfig> | undefined {
	const local = state.nodes[node]!;
	if (local.acd) return configById(state, local.acd);
	const other = dcdOf(state, node).nodes.find(n => n.name !== node && state.nodes[n.name]);
	return other && dcdOf(state, other.name);
}

/** What changed since the last synchronization: the groups, and whether anything cluster-wide (all but the groups) did. */
function changedScope(
	config: DeepReadonly<ClusterConfig>,
	previous: DeepReadonly<ClusterConfig> | undefined,
): {groups: DeepReadonly<ResourceGroup>[]; topology: boolean} {
	if (!previous || previous === config) return {groups: previous ? [] : Object.values(config.resourceGroups), topology: !previous};
	const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
	const keys = new Set([...Object.keys(config), ...Object.keys(previous)] as Array<keyof ClusterConfig>);
	keys.delete('resourceGroups');
	return {
		groups: Object.values(config.resourceGroups).filter(g => !same(g, previous.resourceGroups[g.name])),
		topology: [...keys].some(key => !same(config[key], previous[key])),
	};
}

/** A change that stands even if the command fails, when the caller can keep one; else a plain change. */
function lasting(state: ClusterState, options: VerifyOptions, change: (target: ClusterState) => void): void {
	if (options.keep) options.keep(change);
	else change(state);
}

/** Take a corrective action, or say why not; true when the problem is gone. */
function correct(state: ClusterState, finding: Finding, options: VerifyOptions, print: Print): boolean {
	const fix = finding.fix;
	if (!fix || options.correct === 'no') return false;
	if (options.correct === 'interactive') {
		const answer = (options.answers?.shift() ?? options.ask?.(`${fix.question} (y/n)`))?.trim() ?? '';
		print(`${fix.question} (y/n) ${answer}`);
		if (!/^y(es)?$/i.test(answer)) {
			if (answer === '') print('No answer was given: the problem is left as it is.');
			return false;
		}
	}
	print(`Starting Corrective Action: ${fix.name}.`);
	let said = '';
	lasting(state, options, target => {
		const message = fix.apply(target);
		said ||= message;
	});
	print(`<01> ${said}`);
	return true;
}

/** Verify the node's DCD against every node of the cluster; the result counts what is left after corrective actions. */
export function verifyCluster(state: ClusterState, node: string, options: VerifyOptions, print: Print): VerifyResult {
	const config = dcdOf(state, node);
	const log: string[] = [`${dateTime(state.clock)}: verification started on node ${node}`];
	const say = (line: string) => {
		log.push(line);
		print(line);
	};
	const scope = options.changesOnly
		? changedScope(config, lastSynchronized(state, node))
		: {groups: Object.values(config.resourceGroups), topology: true};
	// The checks read a view of the cluster as it is now, outside the transaction's change-tracking
	// proxy (reading 32 nodes through it costs more than the checks); corrective actions write to `state`.
	const ctx = makeContext(currentView(state), config, node, scope);
	const result: VerifyResult = {errors: 0, warnings: 0};

	say('Verification to be performed on the following:');
	say('        Cluster Topology');
	say('        Cluster Resources');
	say('');
	say(`Retrieving data from available cluster nodes.  This could take a few minutes.${'.'.repeat(ctx.nodes.length)}`);
	// The data comes through clcomdES: a node whose daemon is stopped gives none, and the verification cannot pass.
	for (const other of config.nodes.map(n => n.name).filter(n => n !== node && clcomdStopped(state, n))) {
		say('');
		say(`ERROR: ${clcomdRefusal(state, other, node)}`);
		result.errors++;
	}
	if (options.changesOnly && !scope.topology && scope.groups.length === 0) {
		say('');
		say('There are no changes to verify since the last synchronization.');
	}
	const domains = installedDomains();
	const parts: Array<[string, readonly Check[]]> = [
		['Verifying Cluster Topology...', scope.topology ? domains.flatMap(d => d.checks?.topology ?? []) : []],
		['Verifying Cluster Resources...', domains.flatMap(d => d.checks?.resources ?? [])],
	];
	for (const [heading, checks] of parts) {
		say('');
		say(heading);
		for (const check of checks) {
			if (options.verbose) say(`        Checking: ${check.title}`);
			let left = 0;
			for (const finding of check.run(ctx)) {
				say('');
				say(`${finding.severity === 'error' ? 'ERROR' : 'WARNING'}: ${finding.message}`);
				if (correct(state, finding, options, say)) continue;
				left++;
				if (finding.severity === 'error') result.errors++;
				else result.warnings++;
			}
			log.push(`Check: ${check.title}: ${left === 0 ? 'PASSED' : 'FAILED'}`);
		}
	}
	say('');
	say('Remember to redo automatic error notification if configuration has changed.');
	say('');
	say(result.errors === 0 ? 'Verification has completed normally.' : `Verification exiting with error count: ${result.errors}`);
	lasting(state, options, target => appendFile(target.nodes[node]!, CLVERIFY_LOG, `${log.join('\n')}\n\n`));
	return result;
}

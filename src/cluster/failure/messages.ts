/**
 * What the failure simulation says, written once. The split-brain warning
 * and hasmit_fault's messages are the simulator's own (hasmit_fault is not
 * an HACMP command); they say plainly what a real cluster would not.
 */
import type {ClusterConfig} from '../config.js';
import type {DeepReadonly} from '../readonly.js';
import type {ClusterState} from '../state.js';
import {holders} from '../events/policy.js';

const list = (names: readonly string[]) => names.join(', ');

/** What a node of one side prints when the cluster has split with no network left between the sides. */
export function splitBrainWarnings(state: ClusterState, config: DeepReadonly<ClusterConfig>, node: string, sides: readonly string[][]): string[] {
	const others = sides.filter(side => !side.includes(node)).flat();
	const lines = [
		`WARNING: SPLIT BRAIN. ${node} hears none of ${list(others)} on any network, IP or non-IP, and has declared ${others.length > 1 ? 'them' : 'it'} ` +
			'down, but they still run.',
	];
	for (const group of Object.values(config.resourceGroups)) {
		const on = holders(state.resourceGroups[group.name] ?? {nodes: {}});
		if (on.length < 2 || group.startup === 'OAAN') continue;
		const storage = group.resources.volumeGroups.length > 0 ? `; ${list(group.resources.volumeGroups)} varied on by each` : '';
		lines.push(`WARNING: resource group ${group.name} is ONLINE on ${list(on)} at once${storage}: its data is now being corrupted.`);
	}
	lines.push('WARNING: a non-IP network (rs232 or diskhb) between the nodes would have told this network failure from a node failure.');
	return lines;
}

export const fault = {
	noSuchNode: (command: string, node: string) => `${command}: ${node} is not a node of this simulated cluster.`,
	noSuchNetwork: (command: string, network: string) => `${command}: ${network} is not a network of this cluster.`,
	noSuchInterface: (command: string, node: string, iface: string) => `${command}: ${node} has no network interface ${iface}.`,
	already: (command: string, what: string, how: string) => `${command}: ${what} is already ${how}.`,
	notBroken: (command: string, what: string) => `${command}: ${what} is not broken; there is nothing to repair.`,
	poweredOff: (node: string) => [
		`ksh: ${node} is powered off: nothing runs there.`,
		`ksh: switch it on with /usr/lpp/hasmit/bin/hasmit_fault node on ${node} (simulation only).`,
	],
	sideTwice: (command: string, node: string) => `${command}: ${node} is named on more than one side.`,
	oneSide: (command: string) => `${command}: a partition needs at least two sides, each a comma-separated list of nodes.`,
	noPartition: (command: string) => `${command}: the cluster is not partitioned.`,
	/** lssrc -l of a subsystem that is not running (the SRC's own message). */
	notRunning: (subsystem: string) => [
		`0513-036 The request could not be passed to the ${subsystem} subsystem.`,
		'Start the subsystem and try your command again.',
	],
};

/** The network module definitions' refusals (clchnim, claddnim, clrmnim); the wording is inferred. */
export const nim = {
	notDefined: (name: string) => `Network module ${name} is not defined.`,
	exists: (name: string) => `Network module ${name} already exists.`,
	inUse: (name: string, network: string) => `Network module ${name} cannot be removed: network ${network} uses it.`,
	number: (field: string, value: string) => `${field} ${value} is not a positive number.`,
	count: (field: string, value: string) => `${field} ${value} is not a whole number of heartbeats.`,
	needsRate: 'A custom failure detection needs both the heartbeat rate (-h) and the failure cycle (-c).',
	addressType: (value: string) => `Address type ${value} is not valid: use Address or Device.`,
};

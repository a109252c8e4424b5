/**
 * What a verification check is: a named test of the configuration being
 * verified (the local node's DCD) against every node it names, giving
 * findings (errors stop a synchronization or a start, warnings do not), some
 * with a corrective action clverify can take.
 */
import type {ClusterConfig, ResourceGroup} from '../config.js';
import type {ClusterState} from '../state.js';
import {indexGroups, type GroupIndex} from '../rg/rules.js';
import type {DeepReadonly} from '../readonly.js';

export interface CorrectiveAction {
	/** The corrective action as clverify names it: "Starting Corrective Action: name." */
	name: string;
	/** Asked when corrective actions are interactive. */
	question: string;
	/** Carry it out; returns what was done. */
	apply(state: ClusterState): string;
}

export interface Finding {
	severity: 'error' | 'warning';
	message: string;
	fix?: CorrectiveAction;
}

export interface CheckContext {
	/** The cluster as it is now, read outside the transaction proxy (currentView). */
	state: DeepReadonly<ClusterState>;
	/** The configuration verified. */
	config: DeepReadonly<ClusterConfig>;
	/** The node verification runs on. */
	local: string;
	/** Cluster nodes the configuration names. */
	nodes: string[];
	/** Groups in scope (all, or those changed since the last synchronization). */
	groups: DeepReadonly<ResourceGroup>[];
	/** Whether the topology is in scope. */
	topology: boolean;
	/** The configuration's groups indexed: their storage, and which group uses what. */
	index: GroupIndex;
	/** The node's /etc/hosts: label → address. */
	hosts(node: string): Map<string, string>;
}

export interface Check {
	title: string;
	part: 'topology' | 'resources';
	run(ctx: CheckContext): Finding[];
}

export const error = (message: string, fix?: CorrectiveAction): Finding => ({severity: 'error', message, ...(fix && {fix})});
export const warning = (message: string, fix?: CorrectiveAction): Finding => ({severity: 'warning', message, ...(fix && {fix})});

const IP_ADDRESS = /^\d{1,3}(\.\d{1,3}){3}$/;
export const isIpAddress = (word: string) => IP_ADDRESS.test(word);

/** Parse /etc/hosts: every name on a line maps to its address. */
function parseHosts(text: string): Map<string, string> {
	const table = new Map<string, string>();
	for (const line of text.split('\n')) {
		const comment = line.indexOf('#');
		const [address, ...names] = (comment < 0 ? line : line.slice(0, comment)).trim().split(/\s+/);
		if (!address || !isIpAddress(address)) continue;
		for (const name of names) if (!table.has(name)) table.set(name, address);
	}
	return table;
}

/**
 * What a file's text gives, worked out once per text (the few most recent): nodes usually hold the same file. The text
 * the last call had is compared first: each node's copy is a string of its own, and a map lookup hashes all of it.
 */
export function perText<T>(make: (text: string) => T): (text: string) => T {
	const made = new Map<string, T>();
	let last: {text: string; value: T} | undefined;
	return text => {
		if (last?.text === text) return last.value;
		let value = made.get(text);
		if (value === undefined) {
			if (made.size >= 16) made.delete(made.keys().next().value!);
			made.set(text, (value = make(text)));
		}
		last = {text, value};
		return value;
	};
}

/** A node's /etc/hosts as a table. */
export const hostsTable = perText(parseHosts);

export function makeContext(
	state: DeepReadonly<ClusterState>,
	config: DeepReadonly<ClusterConfig>,
	local: string,
	scope: {groups: DeepReadonly<ResourceGroup>[]; topology: boolean},
): CheckContext {
	// Each node's table looked up once: hostsTable finds it by the file's text, and every node's text is a string of its own,
	// compared in full with the one kept (on big one check asks 32 nodes about each of 64 boot labels: ~2,000 compares of 3 KB).
	const tables = new Map<string, Map<string, string>>();
	return {
		state,
		config,
		local,
		nodes: config.nodes.map(n => n.name).filter(n => state.nodes[n]),
		...scope,
		index: indexGroups(state, config),
		hosts: node => {
			let table = tables.get(node);
			if (!table) tables.set(node, (table = hostsTable(state.nodes[node]?.files['/etc/hosts'] ?? '')));
			return table;
		},
	};
}

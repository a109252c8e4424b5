/**
 * clcomdES, the cluster communication daemon every node-to-node HACMP
 * operation goes through (synchronization, C-SPOC): it takes a connection
 * only from a node its rhosts file or its own HACMP configuration names.
 */
import {dcdOf, type ClusterConfig} from './config.js';
import {appendFile, RHOSTS} from './files.js';
import type {ClusterState} from './state.js';
import type {DeepReadonly} from './readonly.js';
import {hostsTable, isIpAddress} from './verify/check.js';
import {nodeAddresses, rhostsEntries} from './verify/topology-checks.js';

/**
 * Whether clcomdES on `target` takes a connection from `from`: its rhosts
 * names it, or (rhosts being usable) its own HACMP configuration does. An
 * unresolvable name in rhosts makes it refuse everyone; an empty rhosts on a
 * node whose HACMP configuration is empty too means the cluster is being
 * configured, and every connection is taken.
 */
export function clcomdAccepts(state: DeepReadonly<ClusterState>, target: string, from: string): boolean {
	const entries = rhostsEntries(state, target);
	if (entries.length === 0 && dcdOf(state, target).nodes.length === 0) return true;
	const hosts = hostsTable(state.nodes[target]!.files['/etc/hosts'] ?? '');
	if (entries.some(e => !isIpAddress(e) && !hosts.has(e))) return false;
	const known = nodeAddresses(dcdOf(state, target), from);
	return known.length > 0 || nodeAddresses(dcdOf(state, from), from).some(a => entries.includes(a));
}

/** What a refused connection reports. */
export function clcomdRefusal(target: string, from: string): string {
	return (
		`Unable to communicate with node ${target}: clcomdES on ${target} refused the connection from ${from}. Check ` +
		`/usr/es/sbin/cluster/etc/rhosts on ${target}.`
	);
}

/** Once configuration completes (a synchronization), a node's empty rhosts gets the addresses of its peers. */
export function completeRhosts(state: ClusterState, config: DeepReadonly<ClusterConfig>, targets: readonly string[]): void {
	for (const target of targets.filter(t => rhostsEntries(state, t).length === 0)) {
		const peers = config.nodes.filter(n => n.name !== target).flatMap(n => nodeAddresses(config, n.name).filter(isIpAddress));
		appendFile(state.nodes[target]!, RHOSTS, [...new Set(peers)].map(a => `${a}\n`).join(''));
	}
}

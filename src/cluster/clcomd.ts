/**
 * clcomdES, the cluster communication daemon every node-to-node HACMP
 * operation goes through (synchronization, C-SPOC): it takes a connection
 * only from a node its rhosts file or its own HACMP configuration names.
 */
import {dcdOf} from './config.js';
import type {ClusterState} from './state.js';
import {hostsTable, isIpAddress} from './verify/check.js';
import {nodeAddresses, rhostsEntries} from './verify/topology-checks.js';

/**
 * Whether clcomdES on `target` takes a connection from `from`: its rhosts
 * names it, or (rhosts being usable) its own HACMP configuration does. An
 * unresolvable name in rhosts makes it refuse everyone.
 */
export function clcomdAccepts(state: ClusterState, target: string, from: string): boolean {
	const entries = rhostsEntries(state, target);
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

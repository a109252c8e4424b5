/**
 * clcomdES, the cluster communication daemon every node-to-node HACMP
 * operation goes through (synchronization, C-SPOC, discovery): it takes a
 * connection only from a node its rhosts file or its own HACMP configuration
 * (the HACMPnode and HACMPadapter ODM classes) names, runs as root only the
 * programs under /usr/es/sbin/cluster (any other as nobody), and logs each connection in
 * /var/hacmp/clcomd/clcomd.log on the node connected to.
 */
import {logTime} from './clock.js';
import {dcdOf, type ClusterConfig} from './config.js';
import {appendFile, RHOSTS} from './files.js';
import type {ClusterState} from './state.js';
import type {DeepReadonly} from './readonly.js';
import {profileOf} from './release/index.js';
import {isPoweredOff} from './failure/model.js';
import {hostsTable, isIpAddress} from './verify/check.js';
import {nodeAddresses, rhostsEntries} from './verify/topology-checks.js';

/**
 * Whether clcomdES on `target` takes a connection from `from`. With Enhanced
 * security, when both nodes have Kerberos and the target's configuration
 * names the caller. With Standard security, when its rhosts
 * names it, or (rhosts being usable) its own HACMP configuration does. An
 * unresolvable name in rhosts makes it refuse everyone; an empty rhosts on a
 * node whose HACMP configuration is empty too means the cluster is being
 * configured, and every connection is taken.
 */
export function clcomdAccepts(state: DeepReadonly<ClusterState>, target: string, from: string): boolean {
	// Before HACMP 5.1 there is no clcomdES: node-to-node commands went through rsh and /.rhosts, which hasmit does not check.
	if (!profileOf(state).subsystems.some(s => s.role === 'comd')) return true;
	if (clcomdStopped(state, target)) return false;
	const config = dcdOf(state, target);
	// Enhanced security: Kerberos authenticates the cluster's nodes; rhosts is not consulted.
	if (config.cluster.security === 'Enhanced')
		return config.nodes.some(n => n.name === from) && [target, from].every(n => state.nodes[n]!.files[KRB5_CONF] !== undefined);
	// No rhosts file at all: nobody is let in (an empty one is another matter).
	if (state.nodes[target]!.files[RHOSTS] === undefined) return false;
	const entries = rhostsEntries(state, target);
	if (entries.length === 0 && config.nodes.length === 0) return true;
	const hosts = hostsTable(state.nodes[target]!.files['/etc/hosts'] ?? '');
	if (entries.some(e => !isIpAddress(e) && !hosts.has(e))) return false;
	const known = nodeAddresses(config, from);
	return known.length > 0 || nodeAddresses(dcdOf(state, from), from).some(a => entries.includes(a));
}

/**
 * Whether clcomdES is stopped on a running node (stopsrc -s clcomdES): nothing there takes a connection. A node
 * whose power is off is not asked here (its daemons are all stopped; who needs it says it does not answer).
 */
export function clcomdStopped(state: DeepReadonly<ClusterState>, node: string): boolean {
	const comd = profileOf(state).subsystems.find(s => s.role === 'comd');
	const machine = state.nodes[node];
	if (!comd || !machine || isPoweredOff(state, node)) return false;
	return (machine.subsystems[comd.name]?.pid ?? 0) === 0;
}

/** What a refused connection reports: clcomdES stopped there, or turning this node away. */
export function clcomdRefusal(state: DeepReadonly<ClusterState>, target: string, from: string): string {
	if (clcomdStopped(state, target))
		return (
			`Unable to communicate with node ${target}: clcomdES on ${target} does not answer. Check that it is active there ` +
			'(lssrc -s clcomdES) and start it with startsrc -s clcomdES.'
		);
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

const CLCOMD_LOG = '/var/hacmp/clcomd/clcomd.log';
/** Kerberos's configuration: what Enhanced security needs on every node. */
export const KRB5_CONF = '/etc/krb5.conf';
/** The only programs clcomdES runs for a peer, as root. */
const CLUSTER_PROGRAMS = '/usr/es/sbin/cluster/';

/** The address a node connects from: the first address up on its interfaces. */
function sourceAddress(state: DeepReadonly<ClusterState>, node: string): string {
	const first = Object.values(state.nodes[node]!.interfaces).find(i => i.addresses.length > 0)?.addresses[0] ?? node;
	return hostsTable(state.nodes[node]!.files['/etc/hosts'] ?? '').get(first) ?? first;
}

/** A connection from `from` to clcomdES on `target`: whether it is taken, written to the target's clcomd.log either way. */
export function clcomdConnect(state: ClusterState, target: string, from: string): boolean {
	const accepted = target === from || clcomdAccepts(state, target, from);
	// A stopped daemon logs nothing.
	if (target !== from && !clcomdStopped(state, target)) {
		const verdict = accepted ? 'CONNECTION: ACCEPTED' : 'CONNECTION: REJECTED(Invalid address)';
		appendFile(state.nodes[target]!, CLCOMD_LOG, `${logTime(state.clock)}: ${verdict}: ${sourceAddress(state, from)} (${from})\n`);
	}
	return accepted;
}

/** Who clcomdES runs a program as for a peer: root for HACMP's own programs, nobody for any other; logged either way. */
export function clcomdRunsAs(state: ClusterState, target: string, program: string): 'root' | 'nobody' {
	const user = program.startsWith(CLUSTER_PROGRAMS) && !program.includes('/../') ? 'root' : 'nobody';
	appendFile(state.nodes[target]!, CLCOMD_LOG, `${logTime(state.clock)}: EXECUTE: ${program} as ${user}\n`);
	return user;
}

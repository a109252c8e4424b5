/**
 * Topology in a dynamic reconfiguration (a synchronization while cluster
 * services run): what cannot change dynamically is refused before anything
 * moves (the cluster's name and id, an IP network's type, netmask, IPAT
 * method or heartbeat offset, an interface of an active node that changes
 * address or network, or one removed while a service label is on it); what
 * can is applied on the active nodes with the new ACD: persistent labels of
 * an active node come up or go down, and heartbeat aliases follow interfaces
 * added or removed. New nodes, networks and non-IP devices need nothing at
 * run time: their nodes join when cluster services start there.
 */
import {isSerialNetwork, type ClusterConfig} from '../config.js';
import {configureLabel} from '../events/resources.js';
import type {EventLog} from '../events/log.js';
import type {DeepReadonly} from '../readonly.js';
import type {ClusterState} from '../state.js';
import {heartbeatAliases} from './heartbeat.js';
import * as msg from './messages.js';

type Config = DeepReadonly<ClusterConfig>;

/** What the new configuration changes that a dynamic reconfiguration cannot. */
export function topologyDareProblems(state: DeepReadonly<ClusterState>, before: Config, after: Config, active: readonly string[]): string[] {
	const problems: string[] = [];
	if (before.cluster.name !== after.cluster.name || before.cluster.id !== after.cluster.id) problems.push(msg.dareClusterName());
	for (const was of Object.values(before.networks)) {
		const now = after.networks[was.name];
		if (!now || isSerialNetwork(was)) continue;
		const changed = (['type', 'netmask', 'ipat', 'hbAliasBase'] as const).filter(key => was[key] !== now[key]);
		if (changed.length > 0) problems.push(msg.dareNetworkChanged(was.name));
	}
	for (const was of Object.values(before.ipLabels).filter(l => l.role === 'boot' && l.node && active.includes(l.node))) {
		const now = after.ipLabels[was.label];
		const interfaces = state.nodes[was.node!]!.interfaces;
		const busy = was.iface && interfaces[was.iface]?.addresses.some(a => before.ipLabels[a]?.role === 'service');
		if (now && (now.address !== was.address || now.network !== was.network)) problems.push(msg.dareInterfaceChanged(was.label, was.node!));
		else if (!now && busy) problems.push(msg.dareInterfaceInUse(was.label, was.node!));
	}
	return problems;
}

/** Whether the topology (cluster, nodes, networks, interfaces, labels, devices) differs between two configurations. */
export function topologyChanged(before: Config, after: Config): boolean {
	const parts = (c: Config) => JSON.stringify([c.cluster, c.nodes, c.networks, c.ipLabels, c.devices]);
	return parts(before) !== parts(after);
}

/** Persistent labels and heartbeat aliases of the active nodes brought in line with the new configuration. */
export function reconfigureTopology(state: ClusterState, log: EventLog, before: Config, after: Config, active: readonly string[]): void {
	for (const node of active) {
		const interfaces = Object.entries(state.nodes[node]!.interfaces);
		const persistent = (config: Config) => Object.values(config.ipLabels).filter(l => l.role === 'persistent' && l.node === node);
		for (const gone of persistent(before).filter(l => after.ipLabels[l.label]?.role !== 'persistent'))
			for (const [iface, itf] of interfaces.filter(([, i]) => i.addresses.includes(gone.label))) {
				log.trace(node, 'reconfig_topology_complete', [`clifconfig ${iface} delete ${gone.address}`]);
				itf.addresses.splice(itf.addresses.indexOf(gone.label), 1);
			}
		for (const added of persistent(after).filter(l => !interfaces.some(([, i]) => i.addresses.includes(l.label))))
			configureLabel(state, log, after, node, added.label, 'cl_configure_persistent_address');
		const aliases = (config: Config) => Object.keys(config.networks).flatMap(n => heartbeatAliases(config, n).filter(a => a.node === node));
		const wanted = aliases(after);
		for (const old of aliases(before).filter(a => !wanted.some(w => w.address === a.address)))
			for (const [iface, itf] of interfaces.filter(([, i]) => i.addresses.includes(old.address))) {
				log.trace(node, 'reconfig_topology_complete', [`ifconfig ${iface} delete ${old.address}`]);
				itf.addresses.splice(itf.addresses.indexOf(old.address), 1);
			}
		for (const alias of wanted.filter(a => !interfaces.some(([, i]) => i.addresses.includes(a.address)))) {
			const boot = after.ipLabels[alias.boot];
			const itf = boot?.iface ? state.nodes[node]!.interfaces[boot.iface] : undefined;
			if (!itf) continue;
			log.trace(node, 'reconfig_topology_complete', [
				`ifconfig ${boot!.iface} alias ${alias.address} netmask ${after.networks[boot!.network]!.netmask}`,
			]);
			itf.addresses.push(alias.address);
		}
	}
}

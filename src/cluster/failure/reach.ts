/**
 * Who hears whom: whether two nodes exchange keep-alives on a network, given
 * what is broken. An IP network needs a working adapter at each end (up, its
 * cable in), the network not cut and no partition between the nodes; a
 * point-to-point network needs its device at each end, and a disk heartbeat
 * network its disk answering.
 */
import {activeNodes, isSerialNetwork, type ClusterConfig, type Network} from '../config.js';
import type {ClusterState} from '../state.js';
import type {DeepReadonly} from '../readonly.js';
import {isPoweredOff} from './model.js';

type State = DeepReadonly<ClusterState>;
type Config = DeepReadonly<ClusterConfig>;

/** A node's adapters on an IP network, with whether each passes keep-alives. */
export function adaptersOn(state: State, config: Config, node: string, network: string): Array<{iface: string; boot: string; working: boolean}> {
	const unplugged = state.faults?.unplugged ?? [];
	return Object.values(config.ipLabels)
		.filter(l => l.role === 'boot' && l.node === node && l.network === network && l.iface)
		.map(l => ({
			iface: l.iface!,
			boot: l.label,
			working: Boolean(state.nodes[node]?.interfaces[l.iface!]?.up) && !unplugged.includes(`${node}:${l.iface}`),
		}));
}

/** Whether a node's own adapters on an IP network still work (what it knows without hearing anyone). */
export function locallyUp(state: State, config: Config, node: string, network: string): boolean {
	return adaptersOn(state, config, node, network).some(a => a.working);
}

/** Nodes of a side of a partition: a node not named in any side is on a side of its own. */
function separated(state: State, a: string, b: string): boolean {
	const sides = state.faults?.partition;
	if (!sides) return false;
	const sideOf = (node: string) => sides.findIndex(side => side.includes(node));
	return sideOf(a) !== sideOf(b) || sideOf(a) < 0;
}

function serialDiskAnswers(state: State, node: string, device: string): boolean {
	const name = device.replace('/dev/', '');
	return !Object.values(state.disks).some(d => d.paths[node] === name && d.failed);
}

/** Whether `a` and `b` exchange keep-alives on `network`. */
export function hears(state: State, config: Config, a: string, b: string, network: DeepReadonly<Network>): boolean {
	if (state.faults?.cutNetworks.includes(network.name) || isPoweredOff(state, a) || isPoweredOff(state, b)) return false;
	if (isSerialNetwork(network)) {
		const end = (node: string) => Object.values(config.devices).find(d => d.node === node && d.network === network.name);
		const [endA, endB] = [end(a), end(b)];
		if (!endA || !endB) return false;
		return network.type !== 'diskhb' || (serialDiskAnswers(state, a, endA.device) && serialDiskAnswers(state, b, endB.device));
	}
	return !separated(state, a, b) && locallyUp(state, config, a, network.name) && locallyUp(state, config, b, network.name);
}

/** Nodes whose cluster manager runs (powered on, services started). */
export function aliveNodes(state: State): string[] {
	return activeNodes(state).filter(node => !isPoweredOff(state, node));
}

/** The alive nodes in groups that hear each other over some network, directly or through others: one group when all is well. */
export function memberships(state: State, config: Config): string[][] {
	const alive = aliveNodes(state);
	const networks = Object.values(config.networks);
	const groups: string[][] = [];
	const placed = new Set<string>();
	for (const first of alive) {
		if (placed.has(first)) continue;
		const group = [first];
		placed.add(first);
		for (let i = 0; i < group.length; i++) {
			for (const other of alive) {
				if (placed.has(other) || !networks.some(n => hears(state, config, group[i]!, other, n))) continue;
				placed.add(other);
				group.push(other);
			}
		}
		groups.push(group);
	}
	return groups;
}

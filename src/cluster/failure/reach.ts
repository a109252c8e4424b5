/**
 * Who hears whom: whether two nodes exchange keep-alives on a network, given
 * what is broken. An IP network needs a working adapter at each end (up, its
 * cable in), the network not cut and no partition between the nodes; a
 * point-to-point network needs its device at each end, and a disk heartbeat
 * network its disk answering. Read once per look (`reachOf`), outside the
 * transaction's proxy: a look over 32 nodes asks it thousands of times.
 */
import {activeNodes, isSerialNetwork, type ClusterConfig, type Network} from '../config.js';
import type {ClusterState} from '../state.js';
import type {DeepReadonly} from '../readonly.js';
import {currentView} from '../view.js';
import {isPoweredOff} from './model.js';

type State = DeepReadonly<ClusterState>;
type Config = DeepReadonly<ClusterConfig>;

export interface Adapter {
	iface: string;
	boot: string;
	/** Up, with its cable in: it passes keep-alives. */
	working: boolean;
}

export interface Reach {
	/** Nodes whose cluster manager runs (powered on, services started). */
	readonly alive: readonly string[];
	/** A node's adapters on an IP network. */
	adapters(node: string, network: string): readonly Adapter[];
	/** Whether a node has an end (a device) of a point-to-point network. */
	hasDevice(node: string, network: string): boolean;
	/** Whether a node's own adapters on an IP network still work (what it knows without hearing anyone). */
	locallyUp(node: string, network: string): boolean;
	/** Whether `a` and `b` exchange keep-alives on `network` (a node with itself: whether it could hear anyone there). */
	hears(a: string, b: string, network: DeepReadonly<Network>): boolean;
	/** Which side of a partition a node is on (every node on one side without a partition). */
	sideOf(node: string): string;
}

/** What the heartbeats can carry now. */
export function reachOf(state: State, config: Config): Reach {
	// Narrow views: what changed elsewhere in the transaction (every node's hacmp.out) is not copied.
	const faults = state.faults && currentView(state.faults);
	const off = new Set(faults?.poweredOff ?? []);
	const unplugged = new Set(faults?.unplugged ?? []);
	const cut = new Set(faults?.cutNetworks ?? []);
	const sides = new Map((faults?.partition ?? []).flatMap((side, i) => side.map(node => [node, i] as const)));
	const failedDisks = new Set(
		Object.values(currentView(state.disks)).flatMap(disk =>
			disk.failed ? Object.entries(disk.paths).map(([node, name]) => `${node}:/dev/${name}`) : [],
		),
	);
	const boots = new Map<string, Array<{iface: string; boot: string}>>();
	for (const label of Object.values(config.ipLabels)) {
		if (label.role !== 'boot' || !label.node || !label.iface) continue;
		const key = `${label.node}:${label.network}`;
		boots.set(key, [...(boots.get(key) ?? []), {iface: label.iface, boot: label.label}]);
	}
	const devices = new Map(Object.values(config.devices).map(d => [`${d.node}:${d.network}`, d.device]));
	const adapters = new Map<string, Adapter[]>();
	const reach: Reach = {
		alive: activeNodes(state).filter(node => !off.has(node)),
		adapters(node, network) {
			const key = `${node}:${network}`;
			let found = adapters.get(key);
			if (!found) {
				found = (boots.get(key) ?? []).map(b => ({
					...b,
					working: Boolean(state.nodes[node]?.interfaces[b.iface]?.up) && !unplugged.has(`${node}:${b.iface}`),
				}));
				adapters.set(key, found);
			}
			return found;
		},
		hasDevice: (node, network) => devices.has(`${node}:${network}`),
		locallyUp: (node, network) => reach.adapters(node, network).some(a => a.working),
		hears(a, b, network) {
			if (cut.has(network.name) || off.has(a) || off.has(b)) return false;
			if (isSerialNetwork(network)) {
				const [endA, endB] = [devices.get(`${a}:${network.name}`), devices.get(`${b}:${network.name}`)];
				if (!endA || !endB) return false;
				return network.type !== 'diskhb' || (!failedDisks.has(`${a}:${endA}`) && !failedDisks.has(`${b}:${endB}`));
			}
			return reach.sideOf(a) === reach.sideOf(b) && reach.locallyUp(a, network.name) && reach.locallyUp(b, network.name);
		},
		// A node named on no side of a partition is on a side of its own.
		sideOf: node => (sides.size === 0 ? '' : String(sides.get(node) ?? `alone:${node}`)),
	};
	return reach;
}

/**
 * The alive nodes in groups that hear each other over some network, directly or through others: one group when all
 * is well. On an IP network every node with a working adapter hears every other on its side of a partition, so each
 * network joins such sets whole (union-find); point-to-point networks join the two ends of a device pair.
 */
export function memberships(reach: Reach, config: Config): string[][] {
	const leader = new Map(reach.alive.map(node => [node, node]));
	const find = (node: string): string => {
		const up = leader.get(node)!;
		if (up === node) return node;
		const root = find(up);
		leader.set(node, root);
		return root;
	};
	const join = (a: string, b: string) => leader.set(find(a), find(b));
	for (const network of Object.values(config.networks)) {
		if (isSerialNetwork(network)) {
			for (const [i, a] of reach.alive.entries()) for (const b of reach.alive.slice(i + 1)) if (reach.hears(a, b, network)) join(a, b);
			continue;
		}
		const sides = new Map<string, string>();
		for (const node of reach.alive) {
			if (!reach.hears(node, node, network)) continue;
			const side = reach.sideOf(node);
			const first = sides.get(side);
			if (first === undefined) sides.set(side, node);
			else join(node, first);
		}
	}
	const groups = new Map<string, string[]>();
	for (const node of reach.alive) groups.set(find(node), [...(groups.get(find(node)) ?? []), node]);
	return [...groups.values()];
}

/** Nodes whose cluster manager runs (powered on, services started). */
export function aliveNodes(state: State): string[] {
	return activeNodes(state).filter(node => !isPoweredOff(state, node));
}

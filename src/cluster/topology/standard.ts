/**
 * The Initialization and Standard Configuration path: from what discovery
 * found, HACMP configures the IP topology itself. Each node's interfaces go,
 * by their base (boot) address, into one IP network per adapter type
 * (net_ether_01 for en*, net_token_01 for tr*), IPAT via aliases; the Two-Node
 * assistant also takes a shared disk of an enhanced concurrent volume group
 * for a disk heartbeat network, and the shared volume groups for its group.
 */
import {dcdOf} from '../config.js';
import type {DeepReadonly} from '../readonly.js';
import type {ClusterState} from '../state.js';
import {hostsTable} from '../verify/check.js';
import {discoveredDisks, discoveredInterfaces} from './discover.js';
import {addInterface, addNetwork} from './edit.js';

const TYPE_OF_ADAPTER: ReadonlyArray<[RegExp, string]> = [
	[/^en\d+$/, 'ether'],
	[/^tr\d+$/, 'token'],
	[/^fi\d+$/, 'fddi'],
	[/^at\d+$/, 'atm'],
];

/** Add every discovered boot address of the configured nodes not configured yet; what it did, line by line. */
export function configureDiscoveredTopology(state: ClusterState, local: string, print: (line: string) => void): void {
	const hosts = hostsTable(state.nodes[local]!.files['/etc/hosts'] ?? '');
	const nodes = new Set(dcdOf(state, local).nodes.map(n => n.name));
	const boots = discoveredInterfaces(state, local).filter(
		d => nodes.has(d.node) && state.nodes[d.node]?.interfaces[d.iface]?.addresses[0] === d.label && hosts.has(d.label),
	);
	for (const boot of boots) {
		const type = TYPE_OF_ADAPTER.find(([pattern]) => pattern.test(boot.iface))?.[1];
		const config = dcdOf(state, local);
		if (!type || config.ipLabels[boot.label]) continue;
		const network =
			Object.values(config.networks).find(n => n.type === type)?.name ?? addNetwork(state, local, undefined, {type, netmask: '255.255.255.0'});
		addInterface(state, local, {label: boot.label, type, network, function: 'boot', node: boot.node});
		print(`Adding communication interface ${boot.label} (${boot.address}) on node ${boot.node} to network ${network}.`);
	}
}

export interface SharedDisks {
	/** A disk of an enhanced concurrent volume group both nodes know: each node's /dev/hdiskN. */
	heartbeat?: {pvid: string; paths: Record<string, string>};
	/** The other volume groups both nodes know. */
	volumeGroups: string[];
}

/** What the discovered disks of two nodes share. */
export function sharedDisks(state: DeepReadonly<ClusterState>, local: string, nodes: readonly [string, string]): SharedDisks {
	const disks = discoveredDisks(state, local);
	const onBoth = disks.filter(
		d => d.node === nodes[0] && d.vg !== 'None' && disks.some(e => e.node === nodes[1] && e.pvid === d.pvid && e.vg === d.vg),
	);
	const concurrent = (vg: string) => {
		const vgid = state.nodes[nodes[0]]!.lvm.volumeGroups[vg]?.vgid;
		return vgid !== undefined && state.vgda[vgid]?.concurrent === true;
	};
	const hb = onBoth.find(d => concurrent(d.vg));
	return {
		...(hb && {
			heartbeat: {pvid: hb.pvid, paths: Object.fromEntries(nodes.map(n => [n, disks.find(d => d.node === n && d.pvid === hb.pvid)!.hdisk]))},
		}),
		volumeGroups: [...new Set(onBoth.filter(d => !concurrent(d.vg)).map(d => d.vg))],
	};
}

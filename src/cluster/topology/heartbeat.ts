/**
 * Heartbeating over IP aliases (the seed's table 1): from the network's start
 * address, interface n of every node (in the order its boot interfaces are
 * defined) gets a subnet of its own, one subnet further per interface, and the
 * node's number in the cluster (1, 2, ...) is the host part.
 */
import type {ClusterConfig} from '../config.js';
import {ipToNumber, subnetOf} from '../events/resources.js';
import type {DeepReadonly} from '../readonly.js';

const numberToIp = (n: number) => [24, 16, 8, 0].map(shift => (n >>> shift) & 255).join('.');

export interface HeartbeatAlias {
	node: string;
	/** The boot label of the interface the alias goes on. */
	boot: string;
	address: string;
}

/** The heartbeat aliases of a network, empty when it has no start address. */
export function heartbeatAliases(config: DeepReadonly<ClusterConfig>, network: string): HeartbeatAlias[] {
	const net = config.networks[network];
	if (!net?.hbAliasBase) return [];
	const base = ipToNumber(net.hbAliasBase);
	const subnetSize = 2 ** 32 - ipToNumber(net.netmask);
	return config.nodes.flatMap(({name}, n) =>
		Object.values(config.ipLabels)
			.filter(l => l.role === 'boot' && l.node === name && l.network === network)
			.map((l, i) => ({node: name, boot: l.label, address: numberToIp(base + i * subnetSize + n)})),
	);
}

/** Heartbeat aliases on the subnet of a configured label: the first alias for each such label. */
export function heartbeatClashes(config: DeepReadonly<ClusterConfig>, network: string): Array<{address: string; label: string}> {
	const netmask = config.networks[network]!.netmask;
	// Reversed, so the first label on a subnet is the one named.
	const used = new Map(
		Object.values(config.ipLabels)
			.reverse()
			.map(l => [subnetOf(l.address, netmask), l.label]),
	);
	const clashes = new Map<string, string>();
	for (const alias of heartbeatAliases(config, network)) {
		const label = used.get(subnetOf(alias.address, netmask));
		if (label && !clashes.has(label)) clashes.set(label, alias.address);
	}
	return [...clashes].map(([label, address]) => ({address, label}));
}

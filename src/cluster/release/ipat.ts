/**
 * A configuration on a release without IPAT via aliasing (4.3): its IP networks become replacement
 * networks, heartbeat over aliases goes, and a service label off every boot subnet moves onto the
 * subnet of the network's first boot adapter (by replacement, a service address takes the place of a
 * boot address, so it must be on its subnet; the other boot interfaces become standby adapters).
 */
import type {ClusterConfig, IpLabel, Network} from '../config.js';
import {ipToNumber, subnetOf} from '../events/resources.js';
import type {ReleaseProfile} from './profile.js';

const numberToIp = (n: number) => [24, 16, 8, 0].map(shift => (n >>> shift) & 255).join('.');

/** A free address on `subnet` for a label whose host part was `host`: that host part if free, the next free one otherwise. */
function freeAddress(subnet: number, netmask: string, host: number, used: ReadonlySet<number>): string | undefined {
	const size = (~ipToNumber(netmask) >>> 0) + 1;
	for (let i = 0; i < size - 2; i++) {
		const candidate = subnet + ((host - 1 + i) % (size - 2)) + 1;
		if (!used.has(candidate)) return numberToIp(candidate);
	}
	return undefined;
}

function onReplacementNetwork(labels: IpLabel[], network: Network): void {
	const boots = labels.filter(l => l.role === 'boot' && l.network === network.name && l.iface);
	const bootSubnets = new Set(boots.map(l => subnetOf(l.address, network.netmask)));
	const used = new Set(labels.map(l => ipToNumber(l.address)));
	for (const label of labels.filter(l => l.role === 'service' && l.network === network.name)) {
		if (boots.length === 0 || bootSubnets.has(subnetOf(label.address, network.netmask))) continue;
		const host = ipToNumber(label.address) & ~ipToNumber(network.netmask);
		const address = freeAddress(subnetOf(boots[0]!.address, network.netmask), network.netmask, host, used);
		if (!address) continue;
		used.add(ipToNumber(address));
		label.address = address;
	}
}

/** The networks and IP labels of `config` as the release `to` can hold them. */
export function ipatOf(config: ClusterConfig, to: ReleaseProfile): Pick<ClusterConfig, 'networks' | 'ipLabels'> {
	const labels = Object.values(config.ipLabels)
		.filter(label => to.ipLabelRoles.includes(label.role))
		.map(label => ({...label}));
	const networks: ClusterConfig['networks'] = {};
	for (const [name, original] of Object.entries(config.networks)) {
		const network = {...original};
		if (!to.ipatMethods.includes(network.ipat)) network.ipat = to.ipatMethods[0]!;
		if (!to.ipatMethods.includes('aliasing')) delete network.hbAliasBase;
		if (network.ipat === 'replacement' && network.attr !== 'serial' && original.ipat !== 'replacement') onReplacementNetwork(labels, network);
		networks[name] = network;
	}
	return {networks, ipLabels: Object.fromEntries(labels.map(l => [l.label, l]))};
}

/**
 * The networks of a configuration on a release that lacks some of them. Without IPAT via aliasing (4.3),
 * IP networks become replacement networks, heartbeat over aliases goes, and a service label off every
 * boot subnet moves onto the subnet of the network's first boot adapter (by replacement, a service
 * address takes the place of a boot address, so it must be on its subnet; the other boot interfaces
 * become standby adapters). A non-IP network type the release lacks (disk heartbeat came with HACMP 5.1)
 * becomes the RS232 serial link between the same nodes, on their serial ports (tty1, then tty2).
 */
import {isSerialNetwork, type ClusterConfig, type CommDevice, type IpLabel, type Network} from '../config.js';
import {ipToNumber, subnetOf} from '../events/resources.js';
import type {ReleaseProfile} from './profile.js';

const numberToIp = (n: number) => [24, 16, 8, 0].map(shift => (n >>> shift) & 255).join('.');

/** A free address on `subnet` for a label whose host part was `host`: that host part if free, the next free one otherwise. */
function freeAddress(subnet: number, netmask: string, host: number, used: ReadonlySet<number>): string | undefined {
	const size = (~ipToNumber(netmask) >>> 0) + 1;
	for (let i = 0; i < size - 2; i++) {
		// subnetOf is a signed 32-bit number: back to the unsigned one ipToNumber gives.
		const candidate = (subnet + ((host - 1 + i) % (size - 2)) + 1) >>> 0;
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

/** The link a release lacking a non-IP network type gets instead: RS232 on the nodes' serial ports (tty1, then tty2, ...). */
export const SERIAL_STAND_IN = {type: 'rs232', port: 'tty'} as const;

/** A non-IP network of a type the release lacks as the RS232 link, with its devices; the network keeps its name unless it says its type. */
function asSerialLink(network: Network, devices: CommDevice[], taken: ClusterConfig['networks'], ports: Map<string, number>): Network {
	const {type, port} = SERIAL_STAND_IN;
	let name = network.name.replace(network.type, type);
	for (let n = 1; name !== network.name && Object.hasOwn(taken, name); n++) name = `net_${type}_${String(n).padStart(2, '0')}`;
	for (const end of devices.filter(d => d.network === network.name)) {
		const tty = `${port}${(ports.get(end.node) ?? 0) + 1}`;
		ports.set(end.node, (ports.get(end.node) ?? 0) + 1);
		end.network = name;
		end.device = `/dev/${tty}`;
		end.label = `${end.node}_${tty}_01`;
	}
	return {...network, name, type};
}

/** The networks, IP labels and devices of `config` as the release `to` can hold them. */
export function networksOf(config: ClusterConfig, to: ReleaseProfile): Pick<ClusterConfig, 'networks' | 'ipLabels' | 'devices'> {
	const labels = Object.values(config.ipLabels)
		.filter(label => to.ipLabelRoles.includes(label.role))
		.map(label => ({...label}));
	const devices = Object.values(config.devices).map(device => ({...device}));
	const ports = new Map<string, number>();
	const networks: ClusterConfig['networks'] = {};
	for (const original of Object.values(config.networks)) {
		if (!to.networkTypes.includes(original.type) && isSerialNetwork(original)) {
			const link = asSerialLink(original, devices, {...config.networks, ...networks}, ports);
			networks[link.name] = link;
			continue;
		}
		const network = {...original};
		if (!to.ipatMethods.includes(network.ipat)) network.ipat = to.ipatMethods[0]!;
		if (!to.ipatMethods.includes('aliasing')) delete network.hbAliasBase;
		if (network.ipat === 'replacement' && network.attr !== 'serial' && original.ipat !== 'replacement') onReplacementNetwork(labels, network);
		networks[network.name] = network;
	}
	return {networks, ipLabels: Object.fromEntries(labels.map(l => [l.label, l])), devices: Object.fromEntries(devices.map(d => [d.label, d]))};
}

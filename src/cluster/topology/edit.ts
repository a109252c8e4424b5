/**
 * Editing the topology in the local node's DCD: the cluster name, nodes,
 * networks, communication interfaces and devices, service and persistent IP
 * labels. Each change checks everything first and refuses with an `ERROR:`
 * line, so nothing is half-applied.
 */
import {
	activeNodes,
	editDcd,
	dcdOf,
	isSerialNetwork,
	SERIAL_NETWORK_TYPES,
	type ClusterConfig,
	type IpLabelRole,
	type Network,
	type NetworkType,
	type SecurityMode,
} from '../config.js';
import {refuse} from '../errors.js';
import {entryOf} from '../records.js';
import {checkNewName, defined} from '../rg/names.js';
import {errorLines} from '../rg/messages.js';
import type {ClusterState} from '../state.js';
import {hostsTable} from '../verify/check.js';
import {KRB5_CONF} from '../clcomd.js';
import {heartbeatClashes} from './heartbeat.js';
import * as msg from './messages.js';
import type {DeepReadonly} from '../readonly.js';
import {profileOf, type ReleaseProfile} from '../release/index.js';
import {subnetOf} from '../events/resources.js';
import {adapterFunction} from './adapters.js';

export const IP_NETWORK_TYPES: readonly NetworkType[] = ['ether', 'token', 'fddi', 'atm', 'hps'];
export const NETWORK_TYPES: readonly NetworkType[] = [...IP_NETWORK_TYPES, ...SERIAL_NETWORK_TYPES];

/** The types the seed lists as unsupported, with why. */
const UNSUPPORTED: Readonly<Record<string, string>> = {
	socc: 'Serial Optical Channel Converter networks are no longer supported.',
	slip: 'Serial Line IP networks are not supported; use an rs232 network for a serial link.',
	fcs: 'Fibre Channel Switch networks are not supported as HACMP networks.',
	'802.3': 'IEEE 802.3 framing is not supported; define the adapter as ether.',
	'802_3': 'IEEE 802.3 framing is not supported; define the adapter as ether.',
};

const fail = (problem: string): never => refuse(errorLines(problem));

/** A network type HACMP 5.2 takes, or the reason it refuses it. */
export function networkType(type: string): NetworkType {
	const reason = UNSUPPORTED[type.toLowerCase()];
	if (reason) fail(msg.unsupportedType(type, reason));
	if (!NETWORK_TYPES.includes(type as NetworkType)) fail(msg.unknownType(type, NETWORK_TYPES));
	return type as NetworkType;
}

/** Define or rename the cluster (claddclstr). */
export function setCluster(state: ClusterState, local: string, name: string): void {
	checkNewName('Cluster', name, undefined);
	editDcd(state, local, config => {
		config.cluster.name = name;
		if (config.cluster.id === 0) config.cluster.id = 1;
	});
}

/** Set the cluster's connection authentication mode; Enhanced needs Kerberos on every node. */
export function setSecurityMode(state: ClusterState, local: string, mode: SecurityMode): void {
	const config = dcdOf(state, local);
	needCluster(config);
	const missing = config.nodes.map(n => n.name).filter(n => state.nodes[n]?.files[KRB5_CONF] === undefined);
	if (mode === 'Enhanced' && missing.length > 0) fail(msg.enhancedNeedsKerberos(missing));
	editDcd(state, local, c => {
		if (mode === 'Standard') delete c.cluster.security;
		else c.cluster.security = mode;
	});
}

/** Remove the cluster definition (clrmclstr): the DCD becomes empty. */
export function removeCluster(state: ClusterState, local: string): void {
	editDcd(state, local, config => {
		Object.assign(config, {cluster: {name: '', id: 0}, nodes: [], networks: {}, ipLabels: {}, devices: {}, resourceGroups: {}});
	});
}

/** Refuse what needs a cluster (its definition, or showing it) where no cluster is defined yet. */
export function needCluster(config: DeepReadonly<ClusterConfig>): void {
	if (!config.cluster.name) fail(msg.noCluster());
}

/** The node a communication path reaches: an address or /etc/hosts label up on one of its interfaces. */
export function nodeAt(state: DeepReadonly<ClusterState>, local: string, path: string): string | undefined {
	const hosts = hostsTable(state.nodes[local]!.files['/etc/hosts'] ?? '');
	const address = hosts.get(path) ?? path;
	const labels = new Set([...hosts].filter(([, a]) => a === address).map(([l]) => l));
	return Object.keys(state.nodes).find(n =>
		Object.values(state.nodes[n]!.interfaces).some(i => i.addresses.some(a => labels.has(a) || a === address)),
	);
}

/**
 * Add a node: by its communication path on HACMP 5 (clmodnode -a), which must reach it; by its name alone on 4.3
 * (clnodename -a), whose nodes have none: such a node may be no machine yet, which verification reports.
 */
export function addClusterNode(state: ClusterState, local: string, name: string, path?: string): void {
	const config = dcdOf(state, local);
	needCluster(config);
	if (config.nodes.length >= msg.MAX_NODES) fail(msg.tooManyNodes(name));
	checkNewName('Node', name, Object.fromEntries(config.nodes.map(n => [n.name, n])), path === undefined ? msg.NODE_NAME_43 : undefined);
	if (path !== undefined && nodeAt(state, local, path) !== name) fail(msg.nodeUnreachable(name, path));
	editDcd(state, local, c => void c.nodes.push(path === undefined ? {name} : {name, commPath: path}));
}

/** Change a node's name or communication path (clmodnode -c). */
export function changeClusterNode(state: ClusterState, local: string, name: string, change: {path?: string}): void {
	const config = dcdOf(state, local);
	const index = config.nodes.findIndex(n => n.name === name);
	if (index < 0) fail(`Node ${name} is not defined.`);
	if (change.path !== undefined && nodeAt(state, local, change.path) !== name) fail(msg.nodeUnreachable(name, change.path));
	editDcd(state, local, c => {
		if (change.path !== undefined) c.nodes[index]!.commPath = change.path;
	});
}

/** Refuse a change of a node's definition while cluster services run where the rule says (on any node, or on one of `nodes`). */
function refuseWhileRunning(state: DeepReadonly<ClusterState>, what: string, nodes?: readonly string[]): void {
	const active = activeNodes(state).filter(n => !nodes || nodes.includes(n));
	if (active.length > 0) fail(msg.servicesRunningOn(what, active));
}

/**
 * Rename a node (4.3's clnodename -o -n): its adapters, devices and resource groups follow it. Only with cluster
 * services stopped everywhere (SG24-5131 8.2.3.1). hasmit names each simulated machine by its node name, so a node
 * that is a machine keeps its name (the limit is said, not hidden); a node defined ahead of its machine renames.
 */
export function renameClusterNode(state: ClusterState, local: string, name: string, newName: string): void {
	const config = dcdOf(state, local);
	if (!config.nodes.some(n => n.name === name)) fail(`Node ${name} is not defined.`);
	refuseWhileRunning(state, `change the name of node ${name}`);
	checkNewName('Node', newName, Object.fromEntries(config.nodes.map(n => [n.name, n])), msg.NODE_NAME_43);
	if (state.nodes[name]) fail(msg.machineKeepsName(name));
	const renamed = (node: string) => (node === name ? newName : node);
	editDcd(state, local, c => {
		for (const node of c.nodes) node.name = renamed(node.name);
		for (const label of Object.values(c.ipLabels)) if (label.node === name) label.node = newName;
		for (const device of Object.values(c.devices)) if (device.node === name) device.node = newName;
		for (const group of Object.values(c.resourceGroups)) group.nodes = group.nodes.map(renamed);
		if (c.standardLogging) c.standardLogging = c.standardLogging.map(renamed);
	});
}

/** Remove a node and its interfaces, devices and labels (clrmnode -n); not while its cluster services run, nor from a group. */
export function removeClusterNode(state: ClusterState, local: string, name: string): void {
	const config = dcdOf(state, local);
	if (!config.nodes.some(n => n.name === name)) fail(`Node ${name} is not defined.`);
	refuseWhileRunning(state, `remove node ${name}`, [name]);
	const group = Object.values(config.resourceGroups).find(g => g.nodes.includes(name));
	if (group) fail(msg.nodeInGroup(name, group.name));
	editDcd(state, local, c => {
		c.nodes = c.nodes.filter(n => n.name !== name);
		for (const [key, label] of Object.entries(c.ipLabels)) if (label.node === name) delete c.ipLabels[key];
		for (const [key, device] of Object.entries(c.devices)) if (device.node === name) delete c.devices[key];
	});
	dropEmptyNetworks(state, local);
}

export interface NetworkSpec {
	type: string;
	attr?: string;
	netmask?: string;
	ipat?: Network['ipat'];
	hbAliasBase?: string;
}

/** The name HACMP gives a new network: net_<type>_01, 02, ... */
function networkName(config: DeepReadonly<ClusterConfig>, type: string): string {
	for (let n = 1; ; n++) {
		const name = `net_${type}_${String(n).padStart(2, '0')}`;
		if (!entryOf(config.networks, name)) return name;
	}
}

/** Add a network (clmodnetwork -a); its name defaults to net_<type>_NN. */
export function addNetwork(state: ClusterState, local: string, name: string | undefined, spec: NetworkSpec): string {
	const config = dcdOf(state, local);
	needCluster(config);
	const type = networkType(spec.type);
	const {networkTypes} = profileOf(state);
	if (!networkTypes.includes(type)) fail(msg.unknownType(type, networkTypes));
	const serial = isSerialNetwork({type});
	const chosen = name ?? networkName(config, type);
	checkNewName('Network', chosen, config.networks);
	const attr = serial ? 'serial' : spec.attr === 'private' ? 'private' : 'public';
	if (!serial && spec.attr && spec.attr !== 'public' && spec.attr !== 'private')
		fail(`${spec.attr} is not a network attribute; use public or private.`);
	const network: Network = {
		name: chosen,
		type,
		attr,
		ipat: spec.ipat ?? profileOf(state).ipatMethods[0]!,
		netmask: serial ? '' : (spec.netmask ?? '255.255.255.0'),
	};
	if (!serial && spec.hbAliasBase) network.hbAliasBase = spec.hbAliasBase;
	refuseHeartbeatClash(
		editDcd(state, local, c => void (c.networks[chosen] = network)),
		chosen,
	);
	return chosen;
}

/** Checked once the change is drafted: a refusal makes the shell discard the whole command. */
function refuseHeartbeatClash(config: DeepReadonly<ClusterConfig>, network: string): void {
	const clash = heartbeatClashes(config, network)[0];
	if (clash) fail(msg.heartbeatClash(network, clash.address, clash.label));
}

/** Change a network's attributes (clmodnetwork -c). */
export function changeNetwork(state: ClusterState, local: string, name: string, spec: Partial<NetworkSpec>): void {
	const network = defined(dcdOf(state, local).networks, 'Network', name);
	if (spec.type !== undefined && networkType(spec.type) !== network.type) fail(msg.typeMismatch(name, spec.type, name, network.type));
	const changed = editDcd(state, local, c => {
		const n = c.networks[name]!;
		if (spec.attr === 'public' || spec.attr === 'private') n.attr = isSerialNetwork(n) ? 'serial' : spec.attr;
		if (spec.ipat) n.ipat = spec.ipat;
		if (spec.netmask && !isSerialNetwork(n)) n.netmask = spec.netmask;
		if (spec.hbAliasBase !== undefined) {
			if (spec.hbAliasBase) n.hbAliasBase = spec.hbAliasBase;
			else delete n.hbAliasBase;
		}
	});
	refuseHeartbeatClash(changed, name);
}

/** The resource group using any of these labels, if one does. */
function groupUsing(config: DeepReadonly<ClusterConfig>, labels: readonly string[]) {
	return Object.values(config.resourceGroups).find(g => g.resources.serviceLabels.some(l => labels.includes(l)));
}

/** Remove a network with its interfaces, devices and labels (clmodnetwork -r). */
export function removeNetwork(state: ClusterState, local: string, name: string): void {
	const config = dcdOf(state, local);
	defined(config.networks, 'Network', name);
	const group = groupUsing(
		config,
		Object.values(config.ipLabels)
			.filter(l => l.network === name)
			.map(l => l.label),
	);
	if (group) fail(msg.usedByGroup('network', name, group.name));
	editDcd(state, local, c => {
		delete c.networks[name];
		for (const [key, label] of Object.entries(c.ipLabels)) if (label.network === name) delete c.ipLabels[key];
		for (const [key, device] of Object.entries(c.devices)) if (device.network === name) delete c.devices[key];
	});
}

export interface InterfaceSpec {
	label: string;
	type: string;
	network: string;
	function: string;
	address?: string;
	node?: string;
	/** A service label's alternate hardware address (HWAT). */
	hwAddress?: string;
}

const DEVICE_PATTERN: Partial<Record<NetworkType, RegExp>> = {rs232: /^\/dev\/tty\d+$/, tmssa: /^\/dev\/tmssa\d+$/, tmscsi: /^\/dev\/tmscsi\d+$/};

/** The PVID of a node's /dev/hdiskN. */
export function pvidOf(state: DeepReadonly<ClusterState>, node: string, device: string): string | undefined {
	const hdisk = device.replace(/^\/dev\//, '');
	return Object.values(state.disks).find(d => d.paths[node] === hdisk)?.pvid;
}

/** A communication device: one end of a point-to-point network. */
function checkDevice(state: DeepReadonly<ClusterState>, config: DeepReadonly<ClusterConfig>, spec: InterfaceSpec, network: Network): void {
	if (spec.function !== 'service') fail(msg.deviceFunction(spec.label, network.name));
	if (!spec.node) fail(msg.deviceNeedsNode(spec.label));
	const device = spec.address ?? '';
	const ends = Object.values(config.devices).filter(d => d.network === network.name);
	if (ends.some(d => d.node === spec.node)) fail(msg.nodeHasEnd(spec.node!, network.name));
	if (ends.length >= 2) fail(msg.pointToPoint(network.name));
	if (network.type !== 'diskhb') {
		const configured = state.nodes[spec.node!]?.serialDevices ?? ['tty0'];
		if (!DEVICE_PATTERN[network.type]!.test(device) || !configured.includes(device.slice('/dev/'.length))) fail(msg.noSuchDevice(device, spec.node!));
		return;
	}
	const pvid = pvidOf(state, spec.node!, device) ?? fail(msg.noSuchDevice(device, spec.node!));
	const other = ends[0] && pvidOf(state, ends[0].node, ends[0].device);
	if (other && other !== pvid) fail(msg.pvidMismatch(network.name, device, spec.node!, pvid, other));
	const elsewhere = Object.values(config.devices).find(
		d => d.network !== network.name && config.networks[d.network]?.type === 'diskhb' && pvidOf(state, d.node, d.device) === pvid,
	);
	if (elsewhere) fail(msg.diskInTwoNetworks(pvid, elsewhere.network));
}

/** An IP label: in /etc/hosts, within the per-node limits, on a network that takes its role. */
/** The adapter functions a release lets an administrator give: 4.3 names standby adapters, 5.x has none. */
const adapterFunctions = ({ipLabelRoles, adapterModel}: ReleaseProfile): readonly string[] =>
	adapterModel === 'classic' ? [...ipLabelRoles, 'standby'] : ipLabelRoles;

function checkLabel(state: DeepReadonly<ClusterState>, local: string, config: DeepReadonly<ClusterConfig>, spec: InterfaceSpec, network: Network) {
	const functions = adapterFunctions(profileOf(state));
	if (!functions.includes(spec.function)) fail(msg.badFunction(spec.function, functions));
	// A standby adapter is an interface off the service subnets: the model keeps it as a boot label and names it by its subnet.
	const role = (spec.function === 'standby' ? 'boot' : spec.function) as IpLabelRole;
	const address = hostsTable(state.nodes[local]!.files['/etc/hosts'] ?? '').get(spec.label) ?? fail(msg.notInHosts(spec.label, local));
	if (spec.address && spec.address !== address) fail(msg.addressDiffers(spec.label, spec.address, address));
	const onNode = Object.values(config.ipLabels).filter(l => l.node === spec.node && l.network === network.name);
	if (role === 'boot') {
		if (!spec.node) fail(`Communication interface ${spec.label} needs the node it belongs to (-n).`);
		if (onNode.filter(l => l.role === 'boot').length >= msg.MAX_INTERFACES) fail(msg.tooManyInterfaces(spec.node!, network.name));
	}
	if (role === 'persistent') {
		if (!spec.node) fail(msg.persistentNeedsNode(spec.label));
		if (network.type === 'hps' || network.type === 'atm') fail(msg.persistentNotAllowed(network.name, network.type));
		const first = onNode.find(l => l.role === 'persistent');
		if (first) fail(msg.secondPersistent(spec.node!, network.name, first.label));
	}
	if (profileOf(state).adapterModel === 'classic') checkClassicAdapter(config, spec, network, address);
	const hwAddress = spec.hwAddress ? checkHwAddress(config, spec.label, role, network, spec.hwAddress) : undefined;
	const iface =
		role === 'boot' ? Object.entries(state.nodes[spec.node!]?.interfaces ?? {}).find(([, i]) => i.addresses.includes(spec.label))?.[0] : undefined;
	return {
		label: spec.label,
		address,
		network: network.name,
		role,
		...(spec.node && {node: spec.node}),
		...(iface && {iface}),
		...(hwAddress && {hwAddress}),
	};
}

/**
 * HACMP 4.3's rules for an adapter by function (SG24-5131 4.2.3, 2.4.3.3): a node has one service adapter per
 * public or private network, private networks have no standby adapters but ATM's, a standby adapter is on a
 * subnet apart from the service and boot adapters, a boot adapter on the subnet of the service address that
 * replaces it. The model keeps standby adapters as boot labels and tells them by their subnet (adapters.ts), so
 * these rules also keep what cllsif shows the function the adapter was given.
 */
function checkClassicAdapter(config: DeepReadonly<ClusterConfig>, spec: InterfaceSpec, network: Network, address: string): void {
	const labels = Object.values(config.ipLabels).filter(l => l.network === network.name);
	const subnet = (a: string) => subnetOf(a, network.netmask);
	const services = labels.filter(l => l.role === 'service');
	if (spec.function === 'service' && spec.node) {
		const first = services.find(l => l.node === spec.node);
		if (first) fail(msg.secondService(spec.node, network.name, first.label));
	}
	if (spec.function === 'standby') {
		if (network.attr === 'private' && network.type !== 'atm') fail(msg.privateStandby(spec.label, network.name));
		if (services.length === 0) fail(msg.standbyNeedsService(spec.label, network.name));
		const boots = labels.filter(l => l.node === spec.node && adapterFunction(config, l) === 'boot');
		const same = [...services, ...boots].find(l => subnet(l.address) === subnet(address));
		if (same) fail(msg.standbySubnet(spec.label, network.name, same.label));
	}
	if (spec.function === 'boot' && services.length > 0 && !services.some(l => subnet(l.address) === subnet(address)))
		fail(msg.bootSubnet(spec.label, network.name));
}

/**
 * An alternate hardware address: a service label's, on an IPAT via replacement network, locally administered, unique;
 * kept as 12 lowercase hex digits.
 */
function checkHwAddress(config: DeepReadonly<ClusterConfig>, label: string, role: IpLabelRole, network: Network, given: string): string {
	if (role !== 'service') fail(msg.hwAddressService(label));
	if (network.ipat !== 'replacement') fail(msg.hwAddressAliasing(label, network.name));
	const digits = given.replace(/[.:]/g, '').toLowerCase();
	if (!/^[0-9a-f]{12}$/.test(digits)) fail(msg.hwAddressFormat(given));
	// Token ring writes each byte most significant bit first: its local and group bits are 0x40 and 0x80.
	const tokenRing = network.type === 'token';
	const [local, group] = tokenRing ? [0x40, 0x80] : [0x02, 0x01];
	const first = Number.parseInt(digits.slice(0, 2), 16);
	if ((first & local) === 0 || (first & group) !== 0) fail(msg.hwAddressNotLocal(given, tokenRing));
	const other = Object.values(config.ipLabels).find(l => l.hwAddress === digits && l.label !== label);
	if (other) fail(msg.hwAddressTaken(given, other.label));
	return digits;
}

/** Add a communication interface or device, a service or a persistent label (claddnode -a). */
export function addInterface(state: ClusterState, local: string, spec: InterfaceSpec): void {
	const config = dcdOf(state, local);
	needCluster(config);
	if (entryOf(config.ipLabels, spec.label) || entryOf(config.devices, spec.label)) fail(`${spec.label} is already defined.`);
	const network = defined(config.networks, 'Network', spec.network);
	if (networkType(spec.type) !== network.type) fail(msg.typeMismatch(spec.label, spec.type, network.name, network.type));
	if (spec.node && !config.nodes.some(n => n.name === spec.node)) fail(`Node ${spec.node} is not defined.`);
	if (isSerialNetwork(network)) {
		if (spec.function === 'persistent') fail(msg.persistentNotAllowed(network.name, network.type));
		checkDevice(state, config, spec, network);
		const device = {label: spec.label, network: network.name, node: spec.node!, device: spec.address!};
		editDcd(state, local, c => void (c.devices[spec.label] = device));
		return;
	}
	const label = checkLabel(state, local, config, spec, network);
	refuseHeartbeatClash(
		editDcd(state, local, c => void (c.ipLabels[spec.label] = label)),
		network.name,
	);
}

/**
 * HACMP 4.3's Add an Adapter: the adapter names its network's type and attribute, and the first adapter naming a
 * network defines it (SG24-5131 4.2.3); a network already defined must have that type and attribute (those left
 * out are its own; a new network's attribute left out is serial for a serial type, public otherwise).
 */
export function addAdapter(state: ClusterState, local: string, spec: InterfaceSpec & {attr?: string}): void {
	const config = dcdOf(state, local);
	needCluster(config);
	const network = entryOf(config.networks, spec.network);
	// A type left out is the network's; a network not defined yet has nothing else to be defined by.
	if (!network && !spec.type) fail(msg.newNetworkNeedsType(spec.network));
	const type = networkType(spec.type || network!.type);
	const serial = isSerialNetwork({type});
	const attr = spec.attr ?? network?.attr ?? (serial ? 'serial' : 'public');
	if (serial !== (attr === 'serial')) fail(msg.attributeForType(type, serial));
	if (type === 'atm' && attr !== 'private') fail(msg.atmPrivate(spec.network));
	if (!network) addNetwork(state, local, spec.network, {type, attr});
	else if (network.attr !== attr) fail(msg.attributeMismatch(spec.label, attr, network.name, network.attr));
	addInterface(state, local, {...spec, type});
}

/** Under 4.3's adapter model a network lives as long as an adapter names it: the last one's removal removes it. */
function dropEmptyNetworks(state: ClusterState, local: string): void {
	if (profileOf(state).adapterModel !== 'classic') return;
	editDcd(state, local, c => {
		const named = new Set([...Object.values(c.ipLabels), ...Object.values(c.devices)].map(a => a.network));
		for (const name of Object.keys(c.networks)) if (!named.has(name)) delete c.networks[name];
	});
}

/** Remove an interface, device or label (clrmnode -a), unless a resource group uses it. */
export function removeInterface(state: ClusterState, local: string, name: string): void {
	const config = dcdOf(state, local);
	if (!entryOf(config.ipLabels, name) && !entryOf(config.devices, name)) fail(`${name} is not defined.`);
	const group = groupUsing(config, [name]);
	if (group) fail(msg.usedByGroup('IP label', name, group.name));
	editDcd(state, local, c => {
		delete c.ipLabels[name];
		delete c.devices[name];
	});
	dropEmptyNetworks(state, local);
}

export interface InterfaceChange {
	/** A new label (IP) or device name. */
	label?: string;
	network?: string;
	node?: string;
	/** A device's path. */
	device?: string;
	/** A service label's alternate hardware address; empty removes it. */
	hwAddress?: string;
	/** 4.3's Change / Show an Adapter: the network's type and attribute, the adapter's function. */
	type?: string;
	attr?: string;
	function?: string;
}

/**
 * Change an interface, device or label (clchnode): it is taken out and added back changed, so every rule of adding
 * applies again; a label a resource group uses keeps its name.
 */
export function changeInterface(state: ClusterState, local: string, name: string, change: InterfaceChange): void {
	const config = dcdOf(state, local);
	const label = entryOf(config.ipLabels, name);
	const device = entryOf(config.devices, name);
	if (!label && !device) fail(`${name} is not defined.`);
	const group = change.label !== undefined && change.label !== name ? groupUsing(config, [name]) : undefined;
	if (group) fail(msg.labelInGroupRename(name, group.name));
	const network = change.network ?? (label ?? device)!.network;
	const node = change.node ?? (label ? label.node : device!.node);
	const classic = profileOf(state).adapterModel === 'classic';
	editDcd(state, local, c => {
		delete c.ipLabels[name];
		delete c.devices[name];
	});
	// 4.3: the adapter may name another network, or its only network anew; one no adapter names is gone.
	dropEmptyNetworks(state, local);
	const hwAddress = change.hwAddress ?? label?.hwAddress;
	// The network it moves to, or (4.3, a network it names anew) the one it was on, gives what the change leaves out.
	const current = config.networks[network] ?? config.networks[(label ?? device)!.network];
	// 4.3's Adapter Identifier: a device's path, or an IP adapter's address, which must be its address in /etc/hosts.
	const address = device ? (change.device ?? device.device) : classic ? change.device : undefined;
	const spec = {
		label: change.label ?? name,
		type: change.type ?? current?.type ?? '',
		network,
		function: change.function ?? (label ? (classic ? adapterFunction(config, label) : label.role) : 'service'),
		...(node !== undefined && {node}),
		...(address && {address}),
		...(hwAddress && {hwAddress}),
	};
	if (classic) addAdapter(state, local, {...spec, attr: change.attr ?? current?.attr ?? 'public'});
	else addInterface(state, local, spec);
	// Back in its place: the order of a node's interfaces decides its heartbeat aliases (table 1).
	const order = Object.keys(label ? config.ipLabels : config.devices).map(key => (key === name ? (change.label ?? name) : key));
	const inOrder = <T>(map: Record<string, T>) => Object.fromEntries(order.map(key => [key, map[key]!]));
	editDcd(state, local, c => {
		if (label) c.ipLabels = inOrder(c.ipLabels);
		else c.devices = inOrder(c.devices);
	});
}

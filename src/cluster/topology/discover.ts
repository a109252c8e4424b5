/**
 * Discovery of HACMP-related information from the configured nodes: through
 * clcomdES, each node's network interfaces with the addresses on them, its
 * /etc/hosts labels, its serial and target-mode devices and the disks it sees
 * (PVID, volume group). The local node keeps what was found in clip_config,
 * clserial_config and clvg_config, which SMIT's F4
 * lists and the Add Discovered dialogs read.
 */
import {clcomdConnect, clcomdStopped} from '../clcomd.js';
import {dcdOf} from '../config.js';
import {refuse} from '../errors.js';
import {vgNameOn} from '../lvm.js';
import {currentView} from '../view.js';
import type {DeepReadonly} from '../readonly.js';
import {errorLines} from '../rg/messages.js';
import type {ClusterState} from '../state.js';
import {hostsTable} from '../verify/check.js';
import * as msg from './messages.js';

export const CLIP_CONFIG = '/usr/es/sbin/cluster/etc/config/clip_config';
export const CLVG_CONFIG = '/usr/es/sbin/cluster/etc/config/clvg_config';
export const CLSERIAL_CONFIG = '/usr/es/sbin/cluster/etc/config/clserial_config';

/** An interface found up on a node: node:interface:label:address. */
export interface DiscoveredInterface {
	node: string;
	iface: string;
	label: string;
	address: string;
}

/** A disk a node sees: node:hdisk:pvid:volume group. */
export interface DiscoveredDisk {
	node: string;
	hdisk: string;
	pvid: string;
	vg: string;
}

const records = (text: string | undefined) =>
	(text ?? '')
		.split('\n')
		.filter(l => l && !l.startsWith('#'))
		.map(l => l.split(':'));

export const discoveredInterfaces = (state: DeepReadonly<ClusterState>, local: string): DiscoveredInterface[] =>
	records(state.nodes[local]!.files[CLIP_CONFIG]).map(([node = '', iface = '', label = '', address = '']) => ({node, iface, label, address}));

export const discoveredDisks = (state: DeepReadonly<ClusterState>, local: string): DiscoveredDisk[] =>
	records(state.nodes[local]!.files[CLVG_CONFIG]).map(([node = '', hdisk = '', pvid = '', vg = '']) => ({node, hdisk, pvid, vg}));

/** Serial and target-mode devices found on the nodes: node and device (tty1, tmssa1, tmscsi1). */
export const discoveredSerial = (state: DeepReadonly<ClusterState>, local: string): Array<{node: string; device: string}> =>
	records(state.nodes[local]!.files[CLSERIAL_CONFIG]).map(([node = '', device = '']) => ({node, device}));

/** Discover from every node of the local configuration that takes the connection; what it prints, line by line. */
export function discover(state: ClusterState, local: string, print: (line: string) => void): void {
	const nodes = dcdOf(state, local).nodes.map(n => n.name);
	if (nodes.length === 0) refuse(errorLines(msg.discoverNoNodes()));
	const interfaces: string[] = [];
	const disks: string[] = [];
	const serial: string[] = [];
	// Read outside the transaction's proxy: a big cluster's disks are many.
	const view = currentView(state);
	const allDisks = Object.values(view.disks);
	print('Discovering IP Network Connectivity');
	for (const node of nodes) {
		const target = view.nodes[node];
		if (!target || !clcomdConnect(state, node, local)) {
			print(msg.discoverUnreachable(node, clcomdStopped(state, node)));
			continue;
		}
		const hosts = hostsTable(target.files['/etc/hosts'] ?? '');
		for (const [iface, itf] of Object.entries(target.interfaces))
			for (const label of itf.addresses) interfaces.push(`${node}:${iface}:${label}:${hosts.get(label) ?? label}`);
		for (const device of target.serialDevices ?? ['tty0']) serial.push(`${node}:${device}`);
		for (const disk of allDisks) {
			const hdisk = disk.paths[node];
			if (hdisk) disks.push(`${node}:${hdisk}:${disk.pvid}:${vgNameOn(target.lvm, disk.vgid) ?? 'None'}`);
		}
	}
	print(`Discovered [${interfaces.length}] interfaces`);
	print('IP Network Discovery completed normally');
	print('Discovering Volume Group Configuration');
	print(`Discovered [${disks.length}] disks on [${nodes.length}] nodes`);
	print('Volume Group Discovery completed normally');
	const files = state.nodes[local]!.files;
	files[CLIP_CONFIG] = `# node:interface:label:address\n${interfaces.map(l => `${l}\n`).join('')}`;
	files[CLVG_CONFIG] = `# node:hdisk:pvid:volume group\n${disks.map(l => `${l}\n`).join('')}`;
	files[CLSERIAL_CONFIG] = `# node:device\n${serial.map(l => `${l}\n`).join('')}`;
}

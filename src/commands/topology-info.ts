/**
 * The configuration as the local node's HACMP ODM (its DCD) holds it: cltopinfo, cllsif, cllsgrp,
 * clnodename, get_local_nodename, and clsmitdefaults, which pre-fills the clstart and clstop dialogs.
 */
import {refuse, UsageError} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';
import {dcdOf, isSerialNetwork, FALLBACK_TEXT, FALLOVER_TEXT, STARTUP_TEXT, type ClusterConfig} from '../cluster/config.js';
import {UTILITIES} from './cluster-state.js';
import {notClusterNode} from './status-messages.js';
import type {DeepReadonly} from '../cluster/readonly.js';
import {profileOf} from '../cluster/release/index.js';
import {adapterFunction} from '../cluster/topology/adapters.js';
import {addClusterNode, needCluster, renameClusterNode} from '../cluster/topology/edit.js';

/** Labels shown per node: its boot and persistent labels, its devices, and the service labels its groups can take. */
function labelsOf(config: DeepReadonly<ClusterConfig>, node: string) {
	const services = new Set(
		Object.values(config.resourceGroups)
			.filter(g => g.nodes.includes(node))
			.flatMap(g => g.resources.serviceLabels),
	);
	return Object.values(config.ipLabels).filter(l => l.node === node || (l.role === 'service' && !l.node && services.has(l.label)));
}

/**
 * 4.3's cltopinfo, in three parts (cllscf's layout): the cluster (-c), each node's service adapters, each with the
 * boot and standby adapters of its network (-n), and each network's connections (-w).
 */
function classicCluster(config: DeepReadonly<ClusterConfig>, print: (line: string) => void): void {
	const networks = Object.keys(config.networks).sort();
	print(`Cluster Description of Cluster ${config.cluster.name}`);
	print(`Cluster ID: ${config.cluster.id}`);
	print(`There were ${networks.length} networks defined : ${networks.join(', ')}`);
	print(`There are ${config.nodes.length} nodes in this cluster.`);
}

/** `service` names a service adapter: 4.3's Service Interface; 5.x's cllscf says Service IP Label. */
function classicNodes(config: DeepReadonly<ClusterConfig>, print: (line: string) => void, service = 'Service Interface'): void {
	const adapter = (title: string, address: string, network: string) => {
		const net = config.networks[network]!;
		print(`                ${title}`);
		print(`                IP address:     ${address}`);
		print(`                Network:        ${network}`);
		print(`                Attribute:      ${net.attr}`);
	};
	for (const {name} of config.nodes) {
		const labels = labelsOf(config, name);
		const devices = Object.values(config.devices).filter(d => d.node === name);
		const services = labels.filter(l => l.role === 'service');
		print('');
		print(`NODE ${name}:`);
		print(`        This node has ${services.length + devices.length} service interface(s):`);
		for (const label of services) {
			print('');
			print(`        ${service} ${label.label}:`);
			print(`                IP address:     ${label.address}`);
			print(`                Hardware Address:${label.hwAddress ? ` ${label.hwAddress}` : ''}`);
			print(`                Network:        ${label.network}`);
			print(`                Attribute:      ${config.networks[label.network]!.attr}`);
			for (const fn of ['boot', 'standby'] as const) {
				const others = labels.filter(l => l.network === label.network && l.role === 'boot' && adapterFunction(config, l) === fn);
				print('');
				print(`        ${service} ${label.label} has ${others.length} ${fn} interfaces.`);
				others.forEach((l, i) =>
					adapter(`${fn === 'boot' ? 'Boot (Alternate Service)' : 'Standby'} Interface ${i + 1}: ${l.label}`, l.address, l.network),
				);
			}
		}
		for (const device of devices) {
			print('');
			print(`        ${service} ${device.label}:`);
			print(`                IP address:     ${device.device}`);
			print('                Hardware Address:');
			print(`                Network:        ${device.network}`);
			print(`                Attribute:      ${config.networks[device.network]!.attr}`);
		}
	}
}

function classicConnections(config: DeepReadonly<ClusterConfig>, print: (line: string) => void): void {
	print('');
	print('Breakdown of network connections:');
	for (const network of Object.keys(config.networks).sort()) {
		print('');
		print(`Connections to network ${network}`);
		for (const {name} of config.nodes) {
			const ends = [
				...labelsOf(config, name).filter(l => l.network === network),
				...Object.values(config.devices).filter(d => d.node === name && d.network === network),
			];
			if (ends.length === 0) continue;
			print(`        Node ${name} is connected to network ${network} by these interfaces:`);
			for (const end of ends) print(`                ${end.label}`);
		}
	}
}

const cltopinfo = defineCommand({
	name: 'cltopinfo',
	dirs: [UTILITIES],
	summary: "Shows the cluster topology this node's configuration (DCD) defines: cluster, nodes, networks, interfaces, resource groups.",
	synopsis: '[-c] [-n] [-w] [-i]',
	readOnly: true,
	flags: {
		c: {help: "shows the cluster name and its security settings (4.3: the cluster's description, ID, networks and node count)"},
		n: {help: 'shows each node with its networks and interfaces (4.3: its service adapters with their boot and standby adapters)'},
		w: {help: "shows each network with its type, attribute, IPAT method and netmask (4.3: each network's connections)"},
		i: {help: 'shows the interfaces of each node (4.3: the adapters as cllsif lists them)'},
		m: {help: 'shows the heartbeat statistics of the network interfaces', notSimulated: true},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		const config = dcdOf(ctx.state, ctx.node);
		// Nothing to describe before claddclstr: an empty "Cluster Name:" would read as a cluster without a name.
		needCluster(config);
		const all = !opts.c && !opts.n && !opts.w && !opts.i;
		if (profileOf(ctx.state).adapterModel === 'classic') {
			// 4.3's flags print a part each; -i, the adapters, is cllsif's listing.
			const print = (line: string) => ctx.print(line);
			if (all || opts.c) classicCluster(config, print);
			if (all || opts.n) classicNodes(config, print);
			if (all || opts.w) classicConnections(config, print);
			if (opts.i) return ctx.exec(['cllsif']);
			return;
		}
		if (all || opts.c) {
			ctx.print(`Cluster Name: ${config.cluster.name}`);
			ctx.print(`Cluster Connection Authentication Mode: ${config.cluster.security ?? 'Standard'}`);
			ctx.print('Cluster Message Authentication Mode: None');
			ctx.print('Cluster Message Encryption: None');
			ctx.print('Use Persistent Labels for Communication: No');
		}
		if (all) ctx.print(`There are ${config.nodes.length} node(s) and ${Object.keys(config.networks).length} network(s) defined`);
		if (all || opts.n || opts.i) {
			for (const {name} of config.nodes) {
				ctx.print('');
				ctx.print(`NODE ${name}:`);
				for (const network of Object.values(config.networks)) {
					ctx.print(`        Network ${network.name}`);
					if (isSerialNetwork(network)) {
						for (const d of Object.values(config.devices).filter(d => d.node === name && d.network === network.name))
							ctx.print(`                ${d.label.padEnd(16)}${d.device}`);
					} else {
						for (const l of labelsOf(config, name).filter(l => l.network === network.name))
							ctx.print(`                ${l.label.padEnd(16)}${l.address}`);
					}
				}
			}
		}
		if (opts.w) {
			for (const network of Object.values(config.networks)) {
				ctx.print(`Network ${network.name}`);
				ctx.print(
					`        Type ${network.type}, attribute ` +
						`${network.attr}` +
						`${isSerialNetwork(network) ? '' : `, IPAT via IP ${network.ipat === 'aliasing' ? 'Aliases' : 'Replacement'}, netmask ${network.netmask}`}`,
				);
			}
		}
		if (all) {
			for (const group of Object.values(config.resourceGroups)) {
				ctx.print('');
				ctx.print(`Resource Group ${group.name}`);
				ctx.print(`        Startup Policy   ${STARTUP_TEXT[group.startup]}`);
				ctx.print(`        Fallover Policy  ${FALLOVER_TEXT[group.fallover]}`);
				ctx.print(`        Fallback Policy  ${FALLBACK_TEXT[group.fallback]}`);
				ctx.print(`        Participating Nodes      ${group.nodes.join(' ')}`);
				for (const label of group.resources.serviceLabels) ctx.print(`        Service IP Label                 ${label}`);
			}
		}
	},
});

const cllsif = defineCommand({
	name: 'cllsif',
	dirs: [UTILITIES],
	summary: "Lists the network interfaces (adapters) this node's configuration defines, with their networks and addresses.",
	synopsis: '[-c] [-p] [-S] [-s] [-n nodename]',
	readOnly: true,
	flags: {
		c: {help: 'colon-separated output, one interface a line'},
		p: {help: 'includes the persistent node IP labels'},
		S: {help: 'accepted for the scripts that pass it; the listing is the usual one'},
		s: {help: 'accepted for the scripts that pass it; the listing is the usual one'},
		n: {arg: 'nodename', help: 'only the interfaces of this node'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		const config = dcdOf(ctx.state, ctx.node);
		if (opts.n !== undefined && !config.nodes.some(n => n.name === opts.n)) refuse(notClusterNode(ctx.name, opts.n));
		const nodes = opts.n !== undefined ? [opts.n] : config.nodes.map(n => n.name);
		const classic = profileOf(ctx.state).adapterModel === 'classic';
		const rows: string[][] = [];
		for (const node of nodes) {
			for (const label of labelsOf(config, node)) {
				if (label.role === 'persistent' && !opts.p) continue;
				const network = config.networks[label.network]!;
				const bits = network.netmask.split('.').reduce((n, o) => n + Number(o).toString(2).replace(/0/g, '').length, 0);
				rows.push([
					label.label,
					classic ? adapterFunction(config, label) : label.role,
					network.name,
					network.type,
					network.attr,
					node,
					label.address,
					label.hwAddress ?? '',
					label.iface ?? '',
					'',
					network.netmask,
					'',
					String(bits),
				]);
			}
			for (const device of Object.values(config.devices).filter(d => d.node === node)) {
				const network = config.networks[device.network]!;
				rows.push([
					device.label,
					'service',
					network.name,
					network.type,
					network.attr,
					node,
					device.device,
					'',
					device.device.replace('/dev/', ''),
					'',
					'',
					'',
					'',
				]);
			}
		}
		// 4.3's cllsif ends at the netmask: the heartbeat alias and prefix length columns came later.
		const columns = classic ? 11 : 13;
		if (opts.c) {
			for (const row of rows) ctx.print(row.slice(0, columns).join(':'));
			return;
		}
		const widths = [22, 11, 15, 11, 11, 11, 17, 17, 17, 17, classic ? 0 : 17, 13, 0];
		const line = (cells: string[]) =>
			cells
				.slice(0, columns)
				.map((c, i) => (widths[i] ? c.padEnd(widths[i]!) : c))
				.join('')
				.trimEnd();
		ctx.print(
			line([
				'Adapter',
				'Type',
				'Network',
				'Net Type',
				'Attribute',
				'Node',
				'IP Address',
				'Hardware Address',
				'Interface Name',
				'Global Name',
				'Netmask',
				'Alias for HB',
				'Prefix Length',
			]),
		);
		ctx.print('');
		for (const row of rows) ctx.print(line(row));
	},
});

const cllsgrp = defineCommand({
	name: 'cllsgrp',
	dirs: [UTILITIES],
	summary: "Lists the names of the resource groups this node's configuration defines, one a line.",
	readOnly: true,
	operands: {count: 0},
	run(ctx) {
		for (const name of Object.keys(dcdOf(ctx.state, ctx.node).resourceGroups)) ctx.print(name);
	},
});

const clnodename = defineCommand({
	name: 'clnodename',
	dirs: [UTILITIES],
	summary: "Lists the names of the cluster nodes this node's configuration defines, one a line; on 4.3 also adds and renames nodes.",
	synopsis: '[-a "NodeName ..." | -o OldName -n NewName]',
	flags: {
		a: {arg: 'NodeNames', help: 'adds these nodes (names separated by blanks), each without a communication path', releases: ['4.3']},
		o: {arg: 'OldName', help: 'renames this node to -n (cluster services stopped on every node)', releases: ['4.3']},
		n: {arg: 'NewName', help: 'the new name of the node -o', releases: ['4.3']},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		if (opts.a !== undefined && opts.o !== undefined) throw new UsageError(`${ctx.name}: give -a or -o, not both.`);
		if ((opts.o === undefined) !== (opts.n === undefined)) throw new UsageError(`${ctx.name}: -o and -n go together.`);
		if (opts.a !== undefined) {
			const names = opts.a.split(/\s+/).filter(Boolean);
			if (names.length === 0) throw new UsageError(`${ctx.name}: -a needs at least one node name.`);
			for (const name of names) addClusterNode(ctx.state, ctx.node, name);
			return;
		}
		if (opts.o !== undefined) {
			renameClusterNode(ctx.state, ctx.node, opts.o, opts.n!);
			return;
		}
		for (const node of dcdOf(ctx.state, ctx.node).nodes) ctx.print(node.name);
	},
});

const getLocalNodename = defineCommand({
	name: 'get_local_nodename',
	dirs: [UTILITIES],
	summary: 'Prints the cluster node name of the local node.',
	readOnly: true,
	operands: {count: 0},
	run(ctx) {
		ctx.print(ctx.node);
	},
});

/** Discover records (#name:... / value:...) that pre-fill HACMP's SMIT dialogs on this node. */
const clsmitdefaults = defineCommand({
	name: 'clsmitdefaults',
	dirs: [UTILITIES],
	summary: "Prints the values that pre-fill a cluster services SMIT dialog on this node (SMIT's cmd_to_discover).",
	synopsis: 'clstart | clstop',
	readOnly: true,
	operands: {count: 1, list: [{name: 'clstart | clstop', help: 'the dialog to pre-fill: Start or Stop Cluster Services'}]},
	run(ctx, {args}) {
		if (args[0] !== 'clstart' && args[0] !== 'clstop') throw new UsageError('');
		ctx.print('#nodes');
		ctx.print(ctx.node);
	},
});

/** The cluster's topology in HACMP 4's description layout, which cllscf kept after cltopinfo replaced it in 5.x. */
const cllscf = defineCommand({
	name: 'cllscf',
	dirs: [UTILITIES],
	summary: "Shows this node's cluster topology in HACMP 4's layout: the cluster, each node's service adapters, the networks' connections.",
	readOnly: true,
	operands: {count: 0},
	run(ctx) {
		const config = dcdOf(ctx.state, ctx.node);
		needCluster(config);
		const print = (line: string) => ctx.print(line);
		classicCluster(config, print);
		classicNodes(config, print, profileOf(ctx.state).adapterModel === 'classic' ? 'Service Interface' : 'Service IP Label');
		classicConnections(config, print);
	},
});

export const topologyCommands = [...cltopinfo, ...cllscf, ...cllsif, ...cllsgrp, ...clnodename, ...getLocalNodename, ...clsmitdefaults];

/**
 * Topology configuration utilities behind SMIT's Extended Topology
 * Configuration: claddclstr and clrmclstr (the cluster), clmodnode and
 * clrmnode (nodes), clmodnetwork (networks), claddnode -a (communication
 * interfaces and devices, service and persistent IP labels) and cllsnw. They
 * read and change the local node's DCD; synchronization copies it.
 */
import {refuse, UsageError} from '../cluster/errors.js';
import {discoveredInterfaces} from '../cluster/topology/discover.js';
import {subnetOf} from '../cluster/events/resources.js';
import {defineCommand} from '../command/define.js';
import {dcdOf, isSerialNetwork} from '../cluster/config.js';
import {adapterFunction} from '../cluster/topology/adapters.js';
import {
	addAdapter,
	addClusterNode,
	addInterface,
	addNetwork,
	changeClusterNode,
	changeInterface,
	changeNetwork,
	removeCluster,
	removeClusterNode,
	removeInterface,
	removeNetwork,
	setCluster,
	setSecurityMode,
} from '../cluster/topology/edit.js';
import {hostsTable} from '../cluster/verify/check.js';
import {joinColons} from '../menu/colon.js';
import {UTILITIES} from './cluster-state.js';
import {profileOf, SINCE_5} from '../cluster/release/index.js';

const claddclstr = defineCommand({
	name: 'claddclstr',
	dirs: [UTILITIES],
	summary: "Defines the cluster, or renames it, in this node's configuration (HACMPcluster).",
	flags: {n: {arg: 'name', required: true, help: 'the cluster name: up to 32 letters, digits and underscores'}},
	operands: {count: 0},
	run(ctx, {opts}) {
		setCluster(ctx.state, ctx.node, opts.n);
	},
});

const clrmclstr = defineCommand({
	name: 'clrmclstr',
	dirs: [UTILITIES],
	summary: "Removes the cluster definition from this node's configuration: nodes, networks, interfaces and resource groups.",
	operands: {count: 0},
	run(ctx) {
		removeCluster(ctx.state, ctx.node);
	},
});

const clmodnode = defineCommand({
	name: 'clmodnode',
	dirs: [UTILITIES],
	// HACMP 5's: 4.3's nodes have no communication path (clnodename names them).
	releases: ['5.2'],
	summary: "Adds a node to this node's configuration (HACMPnode), or changes its communication path.",
	synopsis: '-a NodeName -p CommunicationPath\n-c NodeName -p CommunicationPath',
	flags: {
		a: {arg: 'NodeName', help: 'adds this node; -p gives the IP label or address clcomdES reaches it by'},
		c: {arg: 'NodeName', help: 'changes the communication path of this node to -p'},
		p: {arg: 'CommunicationPath', help: 'the communication path: an IP label in /etc/hosts or an address'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		if ((opts.a === undefined) === (opts.c === undefined)) throw new UsageError(`${ctx.name}: give -a or -c.`);
		if (!opts.p) throw new UsageError(`${ctx.name}: the communication path (-p) is required.`);
		if (opts.a !== undefined) addClusterNode(ctx.state, ctx.node, opts.a, opts.p);
		else changeClusterNode(ctx.state, ctx.node, opts.c!, {path: opts.p});
	},
});

const clrmnode = defineCommand({
	name: 'clrmnode',
	dirs: [UTILITIES],
	summary: 'Removes a node, or a communication interface, device or IP label, from the configuration.',
	synopsis: '-n NodeName | -a Label',
	flags: {
		n: {arg: 'NodeName', help: 'removes the node with its interfaces, devices and persistent labels'},
		a: {arg: 'Label', help: 'removes the communication interface, device, service or persistent label'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		if ((opts.n === undefined) === (opts.a === undefined)) throw new UsageError(`${ctx.name}: give -n or -a.`);
		if (opts.n !== undefined) removeClusterNode(ctx.state, ctx.node, opts.n);
		else removeInterface(ctx.state, ctx.node, opts.a!);
	},
});

const IPAT = {yes: 'aliasing', no: 'replacement'} as const;

// HACMP 4.3 had no network definitions of their own: its adapters define them (claddinterface, claddnode -a).
const clmodnetwork = defineCommand({
	name: 'clmodnetwork',
	dirs: [UTILITIES],
	releases: SINCE_5,
	summary: 'Adds, changes or removes a network (HACMPnetwork): IP networks with their attribute, netmask and IPAT method, non-IP networks.',
	synopsis: '-a [-n Network] -i Type [-t public|private] [-s Netmask] [-l yes|no] [-h Address]\n-c -n Network [...]\n-r -n Network',
	flags: {
		a: {help: 'adds a network; without -n it is named net_<type>_NN'},
		c: {help: 'changes the network -n'},
		r: {help: 'removes the network -n with its interfaces and devices'},
		n: {arg: 'Network', help: 'the network name'},
		i: {arg: 'Type', help: 'IP: ether, token, fddi, atm, hps; non-IP: rs232, tmscsi, tmssa, diskhb'},
		t: {arg: 'Attribute', help: 'public (the default) or private; non-IP networks are serial'},
		s: {arg: 'Netmask', help: 'the netmask of the IP network (255.255.255.0 by default)'},
		l: {arg: 'yes|no', values: ['yes', 'no'], help: 'Enable IP Address Takeover via IP Aliases: yes (the default) or no (IPAT via IP replacement)'},
		h: {arg: 'Address', help: 'IP Address Offset for Heartbeating over IP Aliases (empty: none)'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		if ([opts.a, opts.c, opts.r].filter(Boolean).length !== 1) throw new UsageError(`${ctx.name}: give one of -a, -c or -r.`);
		const spec = {attr: opts.t, netmask: opts.s, ipat: opts.l === undefined ? undefined : IPAT[opts.l], hbAliasBase: opts.h};
		if (opts.a) {
			if (!opts.i) throw new UsageError(`${ctx.name}: the network type (-i) is required.`);
			ctx.print(`Network ${addNetwork(ctx.state, ctx.node, opts.n, {...spec, type: opts.i})} added.`);
			return;
		}
		if (!opts.n) throw new UsageError(`${ctx.name}: the network name (-n) is required.`);
		if (opts.r) removeNetwork(ctx.state, ctx.node, opts.n);
		else changeNetwork(ctx.state, ctx.node, opts.n, {...spec, type: opts.i});
	},
});

const claddnode = defineCommand({
	name: 'claddnode',
	dirs: [UTILITIES],
	summary: 'Adds a communication interface or device, a service IP label or a persistent node IP label (HACMPadapter).',
	synopsis: '-a Label:Type:Network:Attribute:Function[:Address[:HardwareAddress]] [-n NodeName]',
	flags: {
		a: {
			arg: 'Label:Type:Network:Attribute:Function[:Address[:HardwareAddress]]',
			help:
				'Function boot (an interface), service or persistent; a device gives service and its /dev path as Address; a service label on an ' +
				'IPAT via replacement network may give an alternate hardware address',
		},
		n: {arg: 'NodeName', help: 'the node it belongs to; a service label without -n is shared by the nodes of its groups'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		const fields = opts.a?.split(':') ?? [];
		if (fields.length < 5 || fields.length > 7 || fields.slice(0, 5).some(f => !f))
			throw new UsageError(`${ctx.name}: -a takes Label:Type:Network:Attribute:Function[:Address[:HardwareAddress]].`);
		const [label, type, network, attr, fn, address, hwAddress] = fields as [string, string, string, string, string, string?, string?];
		const spec = {label, type, network, function: fn, address: address || undefined, node: opts.n, hwAddress: hwAddress || undefined};
		// 4.3: the adapter's type and attribute define its network when it is the first to name it.
		if (profileOf(ctx.state).adapterModel === 'classic') {
			addAdapter(ctx.state, ctx.node, {...spec, attr});
			return;
		}
		const net = dcdOf(ctx.state, ctx.node).networks[network];
		if (net && net.attr !== attr) throw new UsageError(`${ctx.name}: network ${network} is ${net.attr}, not ${attr}.`);
		addInterface(ctx.state, ctx.node, spec);
	},
});

const cllsnw = defineCommand({
	name: 'cllsnw',
	dirs: [UTILITIES],
	summary: "Lists the networks this node's configuration defines: attribute, IPAT via aliases, and each node's interfaces or devices.",
	flags: {
		c: {help: 'colon-separated output, a header line of names first, one network a line'},
		N: {help: "the network names only, one a line (what SMIT's lists read)"},
		n: {arg: 'Network', help: 'only this network'},
	},
	operands: {count: 0},
	readOnly: true,
	run(ctx, {opts}) {
		const config = dcdOf(ctx.state, ctx.node);
		if (opts.n !== undefined && !config.networks[opts.n]) throw new UsageError(`${ctx.name}: network ${opts.n} is not defined.`);
		if (opts.N) {
			for (const name of Object.keys(config.networks)) ctx.print(name);
			return;
		}
		const shown = Object.values(config.networks).filter(n => opts.n === undefined || n.name === opts.n);
		const rows = shown.map(network => {
			const ends = config.nodes.map(({name}) => {
				const mine = isSerialNetwork(network)
					? Object.values(config.devices).filter(d => d.node === name && d.network === network.name)
					: Object.values(config.ipLabels).filter(l => l.node === name && l.role === 'boot' && l.network === network.name);
				return mine.length ? `${name} ${mine.map(m => ('device' in m ? m.device : m.address)).join(' ')}` : '';
			});
			const alias = isSerialNetwork(network) ? 'False' : network.ipat === 'aliasing' ? 'True' : 'False';
			return [network.name, network.attr, alias, 'Default', ends.filter(Boolean).join(' ')];
		});
		if (opts.c) {
			// SMIT's discover format: a header of names, then a record per network with what the change dialog shows.
			ctx.print('#network:type:attribute:alias:netmask:hb_offset:adapters');
			for (const [row, n] of rows.map((r, i) => [r, shown[i]!] as const))
				ctx.print(joinColons([n.name, n.type, n.attr, row[2] === 'True' ? 'yes' : 'no', n.netmask, n.hbAliasBase ?? '', row[4]!]));
			return;
		}
		// 4.3 had no IP aliasing: its listing has no Alias column.
		const aliasColumn = profileOf(ctx.state).ipatMethods.includes('aliasing');
		ctx.print(`Network          Attribute  ${aliasColumn ? 'Alias  ' : ''}Monitor Method   Node Adapter(s)`);
		ctx.print('');
		for (const [name, attr, alias, method, ends] of rows)
			ctx.print(`${name!.padEnd(17)}${attr!.padEnd(11)}${aliasColumn ? alias!.padEnd(7) : ''}${method!.padEnd(17)}${ends}`);
	},
});

/** SMIT's form of claddnode -a: one field each, the type and attribute taken from the network. */
const claddinterface = defineCommand({
	name: 'claddinterface',
	dirs: [UTILITIES],
	summary: 'Adds a communication interface or device, a service or a persistent IP label, from the fields of the SMIT dialogs (claddnode -a).',
	synopsis: '-i Label -w Network [-t Type] [-A Attribute] [-f Function] [-d DevicePath] [-n NodeName] [-h HardwareAddress]',
	flags: {
		i: {arg: 'Label', required: true, help: 'the IP label (in /etc/hosts) or, for a device, its name'},
		w: {arg: 'Network', required: true, help: 'the network it is on'},
		t: {arg: 'Type', releases: ['4.3'], help: "the network's type; the first adapter naming a network defines it"},
		A: {arg: 'Attribute', releases: ['4.3'], help: "the network's attribute: public, private or serial"},
		f: {arg: 'Function', help: 'boot (a communication interface, the default) or service; persistent on 5.2, standby on 4.3'},
		d: {arg: 'DevicePath', help: 'a communication device: /dev/tty1, /dev/tmssa1, /dev/tmscsi1 or /dev/hdiskN'},
		n: {arg: 'NodeName', help: 'the node it belongs to; a service label without it is shared'},
		h: {arg: 'HardwareAddress', help: 'a service label on an IPAT via replacement network: the locally administered MAC that moves with it'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		const network = dcdOf(ctx.state, ctx.node).networks[opts.w];
		const spec = {
			label: opts.i,
			type: opts.t ?? network?.type ?? '',
			network: opts.w,
			function: opts.f ?? (opts.d ? 'service' : 'boot'),
			address: opts.d,
			node: opts.n,
			hwAddress: opts.h || undefined,
		};
		// 4.3: the adapter defines its network (addAdapter takes the type and attribute left out from it).
		if (profileOf(ctx.state).adapterModel === 'classic') addAdapter(ctx.state, ctx.node, {...spec, ...(opts.A !== undefined && {attr: opts.A})});
		else addInterface(ctx.state, ctx.node, spec);
	},
});

const cllsclstr = defineCommand({
	name: 'cllsclstr',
	dirs: [UTILITIES],
	summary: "Shows the cluster this node's configuration defines: its id, name and security mode.",
	flags: {
		c: {help: 'colon-separated output, a header line of names first'},
		a: {help: "with -c, a last column with the configured nodes' names (what Add Nodes to an HACMP Cluster shows)"},
	},
	operands: {count: 0},
	readOnly: true,
	run(ctx, {opts}) {
		const {cluster, nodes} = dcdOf(ctx.state, ctx.node);
		if (opts.c) {
			const fields = [String(cluster.id), cluster.name, cluster.security ?? 'Standard'];
			ctx.print(opts.a ? '#cl_id:cl_name:security:nodes' : '#cl_id:cl_name:security');
			ctx.print(joinColons(opts.a ? [...fields, nodes.map(n => n.name).join(' ')] : fields));
			return;
		}
		ctx.print('ID     Name                             Security');
		if (cluster.name) ctx.print(`${String(cluster.id).padEnd(7)}${cluster.name.padEnd(33)}${cluster.security ?? 'Standard'}`);
	},
});

/** The IP network a configured boot address shares a subnet with. */
function networkOfAddress(config: ReturnType<typeof dcdOf>, address: string): string | undefined {
	return Object.values(config.ipLabels).find(l => {
		const net = config.networks[l.network];
		return l.role === 'boot' && net && subnetOf(l.address, net.netmask) === subnetOf(address, net.netmask);
	})?.network;
}

/** Discovery of the IP labels a node can configure: its /etc/hosts, less what the configuration holds already. */
const clharvestIp = defineCommand({
	name: 'clharvest_ip',
	dirs: [UTILITIES],
	summary: "Lists the IP labels of this node's /etc/hosts that the configuration does not hold yet, with their addresses (SMIT's F4 lists).",
	flags: {
		i: {help: 'the interfaces discovery found up on the nodes (clip_config) instead: label, node, interface and address'},
		c: {arg: 'Label', help: 'with -i, that interface as the Add Discovered dialog discovers it: label, node and the network whose subnet it is on'},
	},
	operands: {count: 0},
	readOnly: true,
	run(ctx, {opts}) {
		const config = dcdOf(ctx.state, ctx.node);
		if (opts.i) {
			const found = discoveredInterfaces(ctx.state, ctx.node).filter(d => !config.ipLabels[d.label] && (opts.c === undefined || d.label === opts.c));
			if (opts.c === undefined) {
				for (const d of found) ctx.print(`${d.label.padEnd(24)}${d.node.padEnd(12)}${d.iface.padEnd(8)}${d.address}`);
				return;
			}
			const d = found[0] ?? refuse(`${ctx.name}: ${opts.c} is not a discovered interface; run discovery first.`);
			ctx.print('#label:node:network');
			ctx.print(joinColons([d.label, d.node, networkOfAddress(config, d.address) ?? '']));
			return;
		}
		for (const [label, address] of hostsTable(ctx.state.nodes[ctx.node]!.files['/etc/hosts'] ?? '')) {
			if (address.startsWith('127.') || config.ipLabels[label]) continue;
			ctx.print(`${label.padEnd(24)}${address}`);
		}
	},
});

const KINDS = ['interface', 'service', 'persistent'] as const;

/** The labels and devices of the configuration, one name a line: what SMIT's removal lists read. */
const cllsadapter = defineCommand({
	name: 'cllsadapter',
	dirs: [UTILITIES],
	summary: "Lists the communication interfaces and devices, service or persistent labels of this node's configuration, one name a line.",
	flags: {
		t: {
			arg: 'interface|service|persistent',
			values: KINDS,
			help: 'only those: interface (boot interfaces and communication devices, the default), service, persistent',
		},
		a: {arg: 'Label', help: "this one, as SMIT's change dialogs discover it: a header of names, then its record"},
	},
	operands: {count: 0},
	readOnly: true,
	run(ctx, {opts}) {
		const config = dcdOf(ctx.state, ctx.node);
		const classic = profileOf(ctx.state).adapterModel === 'classic';
		if (opts.a !== undefined) {
			const label = config.ipLabels[opts.a];
			const device = config.devices[opts.a];
			if (!label && !device) throw new UsageError(`${ctx.name}: ${opts.a} is not defined.`);
			if (classic) {
				// 4.3's Change / Show an Adapter shows every field of Add an Adapter.
				const network = config.networks[(label ?? device)!.network]!;
				ctx.print('#label:new_label:type:network:attribute:function:identifier:hw_address:node');
				ctx.print(
					joinColons([
						opts.a,
						opts.a,
						network.type,
						network.name,
						network.attr,
						label ? adapterFunction(config, label) : 'service',
						label?.address ?? device!.device,
						label?.hwAddress ?? '',
						label?.node ?? device?.node ?? '',
					]),
				);
				return;
			}
			ctx.print('#label:new_label:network:node:device:hw_address');
			ctx.print(
				joinColons([opts.a, opts.a, (label ?? device)!.network, label?.node ?? device?.node ?? '', device?.device ?? '', label?.hwAddress ?? '']),
			);
			return;
		}
		// 4.3's adapter screens list every adapter, whatever its function.
		if (classic && opts.t === undefined) {
			for (const name of [...Object.keys(config.ipLabels), ...Object.keys(config.devices)]) ctx.print(name);
			return;
		}
		const kind = opts.t ?? 'interface';
		const role = kind === 'interface' ? 'boot' : kind;
		for (const label of Object.values(config.ipLabels)) if (label.role === role) ctx.print(label.label);
		if (kind === 'interface') for (const device of Object.keys(config.devices)) ctx.print(device);
	},
});

const cllsnode = defineCommand({
	name: 'cllsnode',
	dirs: [UTILITIES],
	summary: "Shows the nodes this node's configuration defines, each with its communication path and its interfaces on each network.",
	flags: {c: {help: 'colon-separated output, a header line of names first'}, n: {arg: 'NodeName', help: 'only this node'}},
	operands: {count: 0},
	readOnly: true,
	run(ctx, {opts}) {
		const config = dcdOf(ctx.state, ctx.node);
		const nodes = config.nodes.filter(n => opts.n === undefined || n.name === opts.n);
		if (opts.n !== undefined && nodes.length === 0) throw new UsageError(`${ctx.name}: node ${opts.n} is not defined.`);
		// 4.3's nodes have no communication path.
		const {nodeCommPaths: paths, adapterModel} = profileOf(ctx.state);
		const classic = adapterModel === 'classic';
		if (opts.c) {
			ctx.print(paths ? '#node:comm_path' : '#node');
			for (const node of nodes) ctx.print(joinColons(paths ? [node.name, node.commPath ?? ''] : [node.name]));
			return;
		}
		for (const node of nodes) {
			ctx.print(paths ? `Node ${node.name} (communication path ${node.commPath ?? ''})` : `Node ${node.name}`);
			for (const network of Object.values(config.networks)) {
				const labels = Object.values(config.ipLabels).filter(l => l.node === node.name && l.network === network.name);
				const devices = Object.values(config.devices).filter(d => d.node === node.name && d.network === network.name);
				if (labels.length + devices.length === 0) continue;
				ctx.print(`        Interfaces to network ${network.name}`);
				// 4.3 names its adapters by function, as cllsif does: standby adapters, and a serial network's service one.
				const role = (l: (typeof labels)[number]) => (classic ? adapterFunction(config, l) : l.role);
				for (const l of labels) ctx.print(`                ${role(l).padEnd(12)}${l.label.padEnd(20)}${l.address}`);
				for (const d of devices) ctx.print(`                ${(classic ? 'service' : 'device').padEnd(12)}${d.label.padEnd(20)}${d.device}`);
			}
		}
	},
});

const clchclstr = defineCommand({
	name: 'clchclstr',
	dirs: [UTILITIES],
	summary: "Changes the cluster's connection authentication mode in this node's configuration (HACMPcluster).",
	flags: {
		s: {
			arg: 'Standard|Enhanced',
			values: ['Standard', 'Enhanced'],
			required: true,
			help: 'Standard: clcomdES with its rhosts file; Enhanced: Kerberos authentication (needs Kerberos on every node)',
		},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		setSecurityMode(ctx.state, ctx.node, opts.s);
	},
});

const clchnode = defineCommand({
	name: 'clchnode',
	dirs: [UTILITIES],
	summary: 'Changes a communication interface or device, a service or persistent IP label (HACMPadapter): its name, network, node or device.',
	synopsis: '-a Label [-i NewLabel] [-w Network] [-t Type] [-A Attribute] [-f Function] [-n NodeName] [-d DevicePath] [-h HardwareAddress]',
	flags: {
		a: {arg: 'Label', required: true, help: 'the interface, device or label to change'},
		i: {arg: 'NewLabel', help: 'its new IP label (in /etc/hosts) or device name; a label a resource group uses keeps its name'},
		w: {arg: 'Network', help: 'the network it moves to'},
		t: {arg: 'Type', releases: ['4.3'], help: "the network's type (a network no other adapter names is defined anew)"},
		A: {arg: 'Attribute', releases: ['4.3'], help: "the network's attribute: public, private or serial"},
		f: {arg: 'Function', releases: ['4.3'], help: "the adapter's function: service, standby or boot"},
		n: {arg: 'NodeName', help: 'the node it belongs to'},
		d: {arg: 'DevicePath', help: "a communication device's path: /dev/tty1, /dev/tmssa1, /dev/tmscsi1 or /dev/hdiskN"},
		h: {arg: 'HardwareAddress', help: "a service label's alternate hardware address"},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		changeInterface(ctx.state, ctx.node, opts.a, {
			...(opts.i && {label: opts.i}),
			...(opts.w && {network: opts.w}),
			...(opts.n && {node: opts.n}),
			...(opts.d && {device: opts.d}),
			...(opts.h !== undefined && {hwAddress: opts.h}),
			...(opts.t && {type: opts.t}),
			...(opts.A && {attr: opts.A}),
			...(opts.f && {function: opts.f}),
		});
	},
});

export const topologyConfigCommands = [
	...clchclstr,
	...clchnode,
	...cllsnode,
	...cllsadapter,
	...claddclstr,
	...clrmclstr,
	...cllsclstr,
	...clmodnode,
	...clrmnode,
	...clmodnetwork,
	...claddnode,
	...claddinterface,
	...cllsnw,
	...clharvestIp,
];

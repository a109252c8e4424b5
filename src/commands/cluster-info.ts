/**
 * Commands that show the cluster: clRGinfo and clfindres (where resource
 * groups are), clstat -a (the clinfo status monitor, one snapshot), and the
 * configuration listings cltopinfo, cllsif, cllsgrp, clnodename and
 * get_local_nodename, which read the local node's HACMP ODM (its DCD).
 */
import {CommandError, UsageError} from '../command/errors.js';
import {getopt} from '../command/getopt.js';
import type {Command, CommandContext} from '../command/registry.js';
import {activeNodes, dcdOf, isSerialNetwork, runningConfig, sameConfig, FALLBACK_TEXT, FALLOVER_TEXT, STARTUP_TEXT, type ClusterConfig, type ResourceGroup} from '../cluster/config.js';
import {dateTime} from '../cluster/clock.js';
import {isActive} from '../cluster/subsystems.js';
import type {ClusterState, GroupState} from '../cluster/state.js';

const UTILITIES = '/usr/es/sbin/cluster/utilities';
const RULE = '-'.repeat(77);

/** The configuration the cluster manager answers from; clRGinfo fails when none is running. */
function runningOrFail(ctx: CommandContext): ClusterConfig {
	const config = runningConfig(ctx.state);
	if (!config) {
		throw new CommandError(
			`Cluster IPC error: The cluster manager on node ${ctx.node} is in ST_INIT or NOT_CONFIGURED state and cannot process the IPC request.`,
		);
	}
	return config;
}

function groupState(state: ClusterState, group: string, node: string): GroupState {
	return state.resourceGroups[group]?.nodes[node] ?? 'OFFLINE';
}

function selectGroups(ctx: CommandContext, config: ClusterConfig, names: string[]): ResourceGroup[] {
	for (const name of names) {
		if (!config.resourceGroups[name]) throw new CommandError(`ERROR: Resource group ${name} is not defined in the cluster configuration.`);
	}
	return Object.values(config.resourceGroups).filter(g => names.length === 0 || names.includes(g.name));
}

/** A group's policies and its state on each node, as clRGinfo -v and cldump print them. */
function printGroupStates(ctx: CommandContext, group: ResourceGroup, stateTitle: string): void {
	ctx.print('');
	ctx.print(`Resource Group Name: ${group.name}`);
	ctx.print(`Startup Policy: ${STARTUP_TEXT[group.startup]}`);
	ctx.print(`Fallover Policy: ${FALLOVER_TEXT[group.fallover]}`);
	ctx.print(`Fallback Policy: ${FALLBACK_TEXT[group.fallback]}`);
	ctx.print('Site Policy: ignore');
	const sticky = ctx.state.resourceGroups[group.name]?.sticky;
	if (sticky) ctx.print(`Priority Override Information: ${sticky} (sticky)`);
	ctx.print(`${'Node'.padEnd(29)}${stateTitle}`);
	ctx.print(`${'-'.repeat(28)} ${'-'.repeat(15)}`);
	for (const node of group.nodes) ctx.print(`${node.padEnd(29)}${groupState(ctx.state, group.name, node)}`);
}

const groupType = (group: ResourceGroup) => (group.startup === 'OAAN' ? 'concurrent' : 'non-concurrent');

const clRGinfo: Command = {
	name: 'clRGinfo',
	dir: UTILITIES,
	usage: 'Usage: clRGinfo [-h] [-v] [-a] [-s|-c] [-t] [-p] [-m] [groupname1] [groupname2] ...',
	run(ctx) {
		const {opts, args} = getopt('clRGinfo', ctx.argv.slice(1), {flags: 'hvscatpmi'});
		if (opts.h) throw new UsageError('');
		const config = runningOrFail(ctx);
		const groups = selectGroups(ctx, config, args);
		if (groups.length === 0) {
			ctx.print('There are no resource groups defined in the cluster.');
			return;
		}
		if (opts.s || opts.c) {
			for (const group of groups) {
				for (const node of group.nodes) {
					ctx.print([group.name, groupState(ctx.state, group.name, node), node, groupType(group), group.startup, group.fallover, group.fallback, 'ignore'].join(':'));
				}
			}
			return;
		}
		if (opts.v) {
			ctx.print(`Cluster Name: ${config.cluster.name}`);
			for (const group of groups) {
				printGroupStates(ctx, group, 'State');
			}
			return;
		}
		ctx.print(RULE);
		ctx.print(opts.m ? `${'Group Name'.padEnd(15)}${'Group State'.padEnd(29)}${'Application state'.padEnd(29)}Node` : `${'Group Name'.padEnd(29)}${'Group State'.padEnd(17)}Node`);
		ctx.print(RULE);
		for (const group of groups) {
			group.nodes.forEach((node, i) => {
				const state = groupState(ctx.state, group.name, node);
				if (!opts.m) {
					ctx.print(`${(i === 0 ? group.name : '').padEnd(29)}${state.padEnd(17)}${node}`);
					return;
				}
				ctx.print(`${(i === 0 ? group.name : '').padEnd(15)}${state.padEnd(29)}${''.padEnd(29)}${node}`);
				if (state !== 'ONLINE') return;
				for (const server of group.resources.appServers) {
					const monitored = Object.values(config.appMonitors).some(m => m.server === server);
					const running = Boolean(ctx.state.nodes[node]!.apps[server]);
					ctx.print(` ${server.padEnd(43)}${running ? `ONLINE ${monitored ? 'MONITORED' : 'NOT MONITORED'}` : 'OFFLINE'}`);
				}
			});
			ctx.print('');
		}
	},
};

const FINDRES_STATE: Record<GroupState, string> = {
	ONLINE: 'UP',
	OFFLINE: 'DOWN',
	ACQUIRING: 'ACQUIRING',
	RELEASING: 'RELEASING',
	ERROR: 'ERROR',
	UNMANAGED: 'UNMANAGED',
};

const clfindres: Command = {
	name: 'clfindres',
	dir: UTILITIES,
	usage: 'Usage: clfindres [-s] [resgroup1] [resgroup2] ...',
	run(ctx) {
		const {opts, args} = getopt('clfindres', ctx.argv.slice(1), {flags: 's'});
		const config = runningOrFail(ctx);
		const groups = selectGroups(ctx, config, args);
		if (opts.s) {
			for (const group of groups) {
				const sticky = ctx.state.resourceGroups[group.name]?.sticky ?? '';
				for (const node of group.nodes) ctx.print([group.name, group.type, FINDRES_STATE[groupState(ctx.state, group.name, node)], node, sticky].join(':'));
			}
			return;
		}
		ctx.print(`${'GroupName'.padEnd(15)}${'Type'.padEnd(12)}${'State'.padEnd(11)}${'Location'.padEnd(12)}Sticky Loc`);
		ctx.print(`${'---------'.padEnd(15)}${'----'.padEnd(12)}${'-----'.padEnd(11)}${'--------'.padEnd(12)}----------`);
		for (const group of groups) {
			const sticky = ctx.state.resourceGroups[group.name]?.sticky ?? '';
			group.nodes.forEach((node, i) => {
				const state = FINDRES_STATE[groupState(ctx.state, group.name, node)];
				ctx.print(`${(i === 0 ? group.name : '').padEnd(15)}${group.type.padEnd(12)}${state.padEnd(11)}${node.padEnd(12)}${i === 0 ? sticky : ''}`.trimEnd());
			});
		}
	},
};

function clusterSubstate(state: ClusterState): string {
	const active = activeNodes(state);
	if (active.some(n => state.nodes[n]!.cm === 'RP_FAILED')) return 'ERROR';
	if (active.some(n => state.nodes[n]!.cm !== 'ST_STABLE')) return 'UNSTABLE';
	if (active.some(n => !sameConfig(state, state.nodes[n]!.dcd, state.nodes[n]!.acd!))) return 'NOT_SYNCHED';
	return Object.values(state.resourceGroups).some(g => Object.values(g.nodes).includes('ERROR')) ? 'ERROR' : 'STABLE';
}

const STAT_STATE: Record<GroupState, string> = {
	ONLINE: 'On line',
	OFFLINE: 'Off line',
	ACQUIRING: 'Acquiring',
	RELEASING: 'Releasing',
	ERROR: 'Error',
	UNMANAGED: 'Unmanaged',
};

const clstat: Command = {
	name: 'clstat',
	dir: '/usr/es/sbin/cluster',
	usage: 'Usage: clstat [-c cluster ID | -n cluster name] [-i] [-r seconds] [-a] [-o] [-s]',
	run(ctx) {
		getopt('clstat', ctx.argv.slice(1), {flags: 'c:n:ir:aos'});
		const local = ctx.state.nodes[ctx.node]!;
		const active = activeNodes(ctx.state);
		if (!isActive(local, 'clinfoES') || active.length === 0) {
			throw new CommandError(
				[
					'Failed retrieving cluster information.',
					'',
					'There are a number of possible causes:',
					'clinfoES or snmpd subsystems are not active.',
					'snmp is unresponsive.',
					'snmp is not configured correctly.',
					'Cluster services are not active on any nodes.',
					'',
					'Refer to the HACMP Administration Guide for more information.',
				].join('\n'),
			);
		}
		const config = runningConfig(ctx.state)!;
		ctx.print('                clstat - HACMP Cluster Status Monitor');
		ctx.print('                -------------------------------------');
		ctx.print('');
		ctx.print(`Cluster: ${config.cluster.name.padEnd(16)}(${config.cluster.id})`);
		ctx.print(dateTime(ctx.state.clock));
		ctx.print(`                State: UP               Nodes: ${config.nodes.length}`);
		ctx.print(`                SubState: ${clusterSubstate(ctx.state)}`);
		for (const {name} of config.nodes) {
			const node = ctx.state.nodes[name]!;
			const up = node.acd !== null;
			ctx.print('');
			ctx.print(`        Node: ${name.padEnd(18)}State: ${up ? 'UP' : 'DOWN'}`);
			for (const [iface, itf] of Object.entries(node.interfaces)) {
				for (const label of itf.addresses) {
					const ip = config.ipLabels[label];
					if (!ip) continue;
					ctx.print(`           Interface: ${`${label} (${Object.keys(node.interfaces).indexOf(iface)})`.padEnd(27)}Address: ${ip.address}`);
					ctx.print(`${' '.repeat(49)}State:   ${up && itf.up ? 'UP' : 'DOWN'}`);
				}
			}
			for (const device of Object.values(config.devices).filter(d => d.node === name)) {
				ctx.print(`           Interface: ${`${device.label} (${Object.keys(config.networks).indexOf(device.network)})`.padEnd(27)}Address: 0.0.0.0`);
				ctx.print(`${' '.repeat(49)}State:   ${up ? 'UP' : 'DOWN'}`);
			}
			for (const group of Object.values(config.resourceGroups).filter(g => g.nodes.includes(name))) {
				const state = groupState(ctx.state, group.name, name);
				if (state === 'OFFLINE') continue;
				ctx.print(`           Resource Group: ${group.name.padEnd(24)}State:  ${STAT_STATE[state]}`);
			}
		}
		ctx.print('');
		ctx.print('************************ f/forward, b/back, r/refresh, q/quit ******************');
	},
};

/** Labels shown per node: its boot and persistent labels, its devices, and the service labels its groups can take. */
function labelsOf(config: ClusterConfig, node: string) {
	const services = new Set(Object.values(config.resourceGroups).filter(g => g.nodes.includes(node)).flatMap(g => g.resources.serviceLabels));
	return Object.values(config.ipLabels).filter(l => l.node === node || (l.role === 'service' && !l.node && services.has(l.label)));
}

const cltopinfo: Command = {
	name: 'cltopinfo',
	dir: UTILITIES,
	usage: 'Usage: cltopinfo [-c] [-n] [-w] [-i]',
	run(ctx) {
		const {opts} = getopt('cltopinfo', ctx.argv.slice(1), {flags: 'cnwim'});
		const config = dcdOf(ctx.state, ctx.node);
		const all = !opts.c && !opts.n && !opts.w && !opts.i;
		if (all || opts.c) {
			ctx.print(`Cluster Name: ${config.cluster.name}`);
			ctx.print('Cluster Connection Authentication Mode: Standard');
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
						for (const d of Object.values(config.devices).filter(d => d.node === name && d.network === network.name)) ctx.print(`                ${d.label.padEnd(16)}${d.device}`);
					} else {
						for (const l of labelsOf(config, name).filter(l => l.network === network.name)) ctx.print(`                ${l.label.padEnd(16)}${l.address}`);
					}
				}
			}
		}
		if (opts.w) {
			for (const network of Object.values(config.networks)) {
				ctx.print(`Network ${network.name}`);
				ctx.print(`        Type ${network.type}, attribute ${network.attr}${isSerialNetwork(network) ? '' : `, IPAT via IP ${network.ipat === 'aliasing' ? 'Aliases' : 'Replacement'}, netmask ${network.netmask}`}`);
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
};

const cllsif: Command = {
	name: 'cllsif',
	dir: UTILITIES,
	usage: 'Usage: cllsif [-c] [-p] [-S] [-s] [-n nodename]',
	run(ctx) {
		const {opts} = getopt('cllsif', ctx.argv.slice(1), {flags: 'cpSsn:'});
		const config = dcdOf(ctx.state, ctx.node);
		const nodes = typeof opts.n === 'string' ? [opts.n] : config.nodes.map(n => n.name);
		if (typeof opts.n === 'string' && !config.nodes.some(n => n.name === opts.n)) throw new CommandError(`cllsif: ${opts.n} is not a cluster node.`);
		const rows: string[][] = [];
		for (const node of nodes) {
			for (const label of labelsOf(config, node)) {
				if (label.role === 'persistent' && !opts.p) continue;
				const network = config.networks[label.network]!;
				const bits = network.netmask.split('.').reduce((n, o) => n + Number(o).toString(2).replace(/0/g, '').length, 0);
				rows.push([label.label, label.role, network.name, network.type, network.attr, node, label.address, '', label.iface ?? '', '', network.netmask, '', String(bits)]);
			}
			for (const device of Object.values(config.devices).filter(d => d.node === node)) {
				const network = config.networks[device.network]!;
				rows.push([device.label, 'service', network.name, network.type, network.attr, node, device.device, '', device.device.replace('/dev/', ''), '', '', '', '']);
			}
		}
		if (opts.c) {
			for (const row of rows) ctx.print(row.join(':'));
			return;
		}
		const widths = [22, 11, 15, 11, 11, 11, 17, 17, 17, 17, 17, 13, 0];
		const line = (cells: string[]) => cells.map((c, i) => (widths[i] ? c.padEnd(widths[i]!) : c)).join('').trimEnd();
		ctx.print(line(['Adapter', 'Type', 'Network', 'Net Type', 'Attribute', 'Node', 'IP Address', 'Hardware Address', 'Interface Name', 'Global Name', 'Netmask', 'Alias for HB', 'Prefix Length']));
		ctx.print('');
		for (const row of rows) ctx.print(line(row));
	},
};

const cllsgrp: Command = {
	name: 'cllsgrp',
	dir: UTILITIES,
	run(ctx) {
		for (const name of Object.keys(dcdOf(ctx.state, ctx.node).resourceGroups)) ctx.print(name);
	},
};

const clnodename: Command = {
	name: 'clnodename',
	dir: UTILITIES,
	run(ctx) {
		for (const node of dcdOf(ctx.state, ctx.node).nodes) ctx.print(node.name);
	},
};

const getLocalNodename: Command = {
	name: 'get_local_nodename',
	dir: UTILITIES,
	run(ctx) {
		ctx.print(ctx.node);
	},
};

/** cldump: the cluster as the cluster managers report it (SMIT's View Current State). */
const cldump: Command = {
	name: 'cldump',
	dir: UTILITIES,
	run(ctx) {
		const config = runningOrFail(ctx);
		const rule = '_'.repeat(77);
		ctx.print(`Obtaining information via SNMP from Node: ${activeNodes(ctx.state).includes(ctx.node) ? ctx.node : activeNodes(ctx.state)[0]}...`);
		ctx.print('');
		ctx.print(rule);
		ctx.print(`Cluster Name: ${config.cluster.name}`);
		ctx.print('Cluster State: UP');
		ctx.print(`Cluster Substate: ${clusterSubstate(ctx.state)}`);
		ctx.print(rule);
		for (const {name} of config.nodes) {
			const node = ctx.state.nodes[name]!;
			const up = node.acd !== null;
			ctx.print('');
			ctx.print(`Node Name: ${name.padEnd(20)}State: ${up ? 'UP' : 'DOWN'}`);
			for (const network of Object.values(config.networks)) {
				ctx.print('');
				ctx.print(`  Network Name: ${network.name.padEnd(18)}State: ${up ? 'UP' : 'DOWN'}`);
				ctx.print('');
				if (isSerialNetwork(network)) {
					for (const d of Object.values(config.devices).filter(d => d.node === name && d.network === network.name)) {
						ctx.print(`    Address: ${''.padEnd(16)}Label: ${d.label.padEnd(17)}State: ${up ? 'UP' : 'DOWN'}`);
					}
					continue;
				}
				for (const itf of Object.values(node.interfaces)) {
					for (const label of itf.addresses) {
						const ip = config.ipLabels[label];
						if (ip?.network !== network.name) continue;
						ctx.print(`    Address: ${ip.address.padEnd(16)}Label: ${label.padEnd(17)}State: ${up && itf.up ? 'UP' : 'DOWN'}`);
					}
				}
			}
		}
		ctx.print('');
		ctx.print(`Cluster Name: ${config.cluster.name}`);
		for (const group of Object.values(config.resourceGroups)) {
			printGroupStates(ctx, group, 'Group State');
		}
	},
};

/** Discover records (#name:... / value:...) that pre-fill HACMP's SMIT dialogs on this node. */
const clsmitdefaults: Command = {
	name: 'clsmitdefaults',
	dir: UTILITIES,
	usage: 'Usage: clsmitdefaults clstart | clstop',
	run(ctx) {
		const dialog = ctx.argv[1];
		if (ctx.argv.length !== 2 || (dialog !== 'clstart' && dialog !== 'clstop')) throw new UsageError('');
		ctx.print('#nodes');
		ctx.print(ctx.node);
	},
};

export const clusterInfoCommands: Command[] = [clRGinfo, clfindres, clstat, cldump, cltopinfo, cllsif, cllsgrp, clnodename, getLocalNodename, clsmitdefaults];

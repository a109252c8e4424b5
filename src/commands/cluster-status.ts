/**
 * The running cluster as clinfo and SNMP report it: clstat (on a terminal, kept up to date until q; -o one snapshot) and
 * cldump (SMIT's View Current State).
 */
import {refuse, UsageError} from '../cluster/errors.js';
import {joinWords} from '../command/tokenize.js';
import {defineCommand} from '../command/define.js';
import {activeNodes, isSerialNetwork, runningConfig, sameConfig} from '../cluster/config.js';
import {dateTime} from '../cluster/clock.js';
import {isActive, subsystemName} from '../cluster/subsystems.js';
import type {ClusterState, GroupState} from '../cluster/state.js';
import {groupState, printGroupStates, runningOrFail, UTILITIES} from './cluster-state.js';
import {clinfoUnavailable} from './status-messages.js';
import {adapterWorks} from '../cluster/failure/model.js';

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
};

const clstat = defineCommand({
	name: 'clstat',
	dirs: ['/usr/es/sbin/cluster'],
	summary: 'Shows the state of the cluster, its nodes, interfaces and resource groups, as clinfo reports it.',
	synopsis: '[-c cluster ID | -n cluster name] [-i] [-r seconds] [-a] [-o] [-s]',
	readOnly: true,
	flags: {
		c: {arg: 'cluster ID', help: 'shows the cluster with this ID'},
		n: {arg: 'cluster name', help: 'shows the cluster with this name'},
		i: {help: 'interactive: lets you choose the cluster to show'},
		r: {arg: 'seconds', help: 'how often the display is refreshed (default 1 second)'},
		a: {help: 'ASCII display in the terminal (the one the simulation has)'},
		o: {help: 'shows the state once and exits (without it, on a terminal, the display stays up to date until q)'},
		s: {help: 'shows service labels and their state too'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		const seconds = opts.r === undefined ? 1 : Number(opts.r);
		if (!/^[1-9]\d{0,4}$/.test(opts.r ?? '1')) throw new UsageError(`clstat: ${opts.r} is not a number of seconds.`);
		const local = ctx.state.nodes[ctx.node]!;
		if (!isActive(local, subsystemName(ctx.state, 'info')) || activeNodes(ctx.state).length === 0) refuse(clinfoUnavailable());
		// On a terminal the display stays up: each refresh is one snapshot (-o) of the same clstat.
		if (!opts.o) ctx.fullScreen({line: joinWords([...ctx.argv, '-o']), seconds});
		const config = runningConfig(ctx.state)!;
		ctx.print('                clstat - HACMP Cluster Status Monitor');
		ctx.print('                -------------------------------------');
		ctx.print('');
		ctx.print(`Cluster: ${config.cluster.name.padEnd(16)}(${config.cluster.id})`);
		ctx.print(dateTime(ctx.state.clock));
		ctx.print(`                State: UP               Nodes: ${config.nodes.length}`);
		ctx.print(`                SubState: ${clusterSubstate(ctx.state)}`);
		for (const {name} of config.nodes) {
			// A node named before its machine exists (4.3) is down, with no interfaces.
			const interfaces = ctx.state.nodes[name]?.interfaces ?? {};
			const up = !!ctx.state.nodes[name]?.acd;
			ctx.print('');
			ctx.print(`        Node: ${name.padEnd(18)}State: ${up ? 'UP' : 'DOWN'}`);
			for (const [iface, itf] of Object.entries(interfaces)) {
				for (const label of itf.addresses) {
					const ip = config.ipLabels[label];
					if (!ip) continue;
					ctx.print(`           Interface: ${`${label} (${Object.keys(interfaces).indexOf(iface)})`.padEnd(27)}Address: ${ip.address}`);
					ctx.print(`${' '.repeat(49)}State:   ${up && adapterWorks(ctx.state, name, iface) ? 'UP' : 'DOWN'}`);
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
});

/** cldump: the cluster as the cluster managers report it (SMIT's View Current State). */
const cldump = defineCommand({
	name: 'cldump',
	dirs: [UTILITIES],
	summary: 'Shows the cluster, its nodes, networks and resource groups as the cluster managers report them.',
	readOnly: true,
	operands: {count: 0},
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
			const up = !!ctx.state.nodes[name]?.acd;
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
				for (const [iface, itf] of Object.entries(ctx.state.nodes[name]?.interfaces ?? {})) {
					for (const label of itf.addresses) {
						const ip = config.ipLabels[label];
						if (ip?.network !== network.name) continue;
						ctx.print(
							`    Address: ${ip.address.padEnd(16)}Label: ${label.padEnd(17)}State: ${up && adapterWorks(ctx.state, name, iface) ? 'UP' : 'DOWN'}`,
						);
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
});

export const clusterStatusCommands = [...clstat, ...cldump];

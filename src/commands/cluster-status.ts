/** The running cluster as clinfo and SNMP report it: clstat -a (one snapshot) and cldump (SMIT's View Current State). */
import {CommandError} from '../cluster/errors.js';
import {getopt} from '../command/getopt.js';
import type {Command} from '../command/registry.js';
import {activeNodes, isSerialNetwork, runningConfig, sameConfig} from '../cluster/config.js';
import {dateTime} from '../cluster/clock.js';
import {isActive} from '../cluster/subsystems.js';
import type {ClusterState, GroupState} from '../cluster/state.js';
import {groupState, printGroupStates, runningOrFail, UTILITIES} from './cluster-state.js';

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

export const clusterStatusCommands: Command[] = [clstat, cldump];

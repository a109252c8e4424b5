/**
 * The planning rules of the topology (the seed's networks, IP labels, IPAT and
 * heartbeat chapters) as clverify checks: standbys for IPAT via replacement,
 * disk heartbeat networks, non-IP paths between nodes, labels every node
 * resolves (a warning: the ODM keeps each label's address, so only name
 * lookups fail), persistent labels and alternate hardware addresses on the
 * networks that take them, and the heartbeat-over-alias subnets.
 */
import {isSerialNetwork} from '../config.js';
import {subnetOf} from '../events/resources.js';
import {error, warning, type Check, type Finding} from '../verify/check.js';
import {heartbeatClashes} from './heartbeat.js';
import {pvidOf} from './edit.js';
import * as msg from './messages.js';
import {profileOf} from '../release/index.js';

const replacementStandby: Check = {
	title: 'IPAT via IP replacement: a standby interface on another subnet',
	part: 'topology',
	run(ctx) {
		const findings: Finding[] = [];
		const labels = Object.values(ctx.config.ipLabels);
		for (const net of Object.values(ctx.config.networks).filter(n => !isSerialNetwork(n) && n.ipat === 'replacement')) {
			const services = labels.filter(l => l.network === net.name && l.role === 'service');
			for (const node of ctx.nodes) {
				const boots = new Set(
					labels.filter(l => l.network === net.name && l.role === 'boot' && l.node === node).map(l => subnetOf(l.address, net.netmask)),
				);
				const mine = services.filter(s => (s.node ?? node) === node && boots.has(subnetOf(s.address, net.netmask)));
				if (mine.length > 0 && boots.size < 2) findings.push(error(msg.replacementStandby(node, net.name)));
			}
		}
		return findings;
	},
};

const diskHeartbeat: Check = {
	title: 'Disk heartbeat networks: one disk each, in an enhanced concurrent volume group on both nodes',
	part: 'topology',
	run(ctx) {
		const findings: Finding[] = [];
		const networksOfDisk = new Map<string, string[]>();
		for (const net of Object.values(ctx.config.networks).filter(n => n.type === 'diskhb')) {
			const ends = Object.values(ctx.config.devices).filter(d => d.network === net.name);
			const pvids = [...new Set(ends.map(d => pvidOf(ctx.state, d.node, d.device) ?? `${d.node}:${d.device}`))];
			if (ends.length !== 2 || pvids.length !== 1) {
				findings.push(error(msg.diskhbDevices(net.name, pvids.length === 1 ? ends.length : pvids.length)));
				continue;
			}
			const pvid = pvids[0]!;
			networksOfDisk.set(pvid, [...(networksOfDisk.get(pvid) ?? []), net.name]);
			const vgid = ctx.state.disks[pvid]?.vgid;
			const ecvg = vgid !== undefined && ctx.state.vgda[vgid]?.concurrent;
			const onBoth = ends.every(d => Object.values(ctx.state.nodes[d.node]?.lvm.volumeGroups ?? {}).some(vg => vg.vgid === vgid));
			if (!ecvg || !onBoth) findings.push(error(msg.diskhbNotEcvg(net.name, pvid)));
		}
		for (const [pvid, networks] of networksOfDisk) if (networks.length > 1) findings.push(error(msg.diskhbSharedDisk(pvid, networks)));
		return findings;
	},
};

/** Nodes joined by non-IP networks, directly or through other nodes (a heartbeat ring). */
const nonIpPaths: Check = {
	title: 'A non-IP network path between every two nodes',
	part: 'topology',
	run(ctx) {
		const group = new Map(ctx.nodes.map(n => [n, n]));
		const root = (n: string): string => (group.get(n) === n ? n : root(group.get(n)!));
		for (const net of Object.values(ctx.config.networks).filter(isSerialNetwork)) {
			const ends = Object.values(ctx.config.devices).filter(d => d.network === net.name && group.has(d.node));
			for (const end of ends.slice(1)) group.set(root(end.node), root(ends[0]!.node));
		}
		const first = ctx.nodes[0];
		const types = profileOf(ctx.state).networkTypes.filter(type => isSerialNetwork({type}));
		return ctx.nodes.filter(n => first !== undefined && root(n) !== root(first)).map(n => warning(msg.noNonIp(first!, n, types)));
	},
};

const labelsResolve: Check = {
	title: 'Every boot and persistent IP label resolves on every node',
	part: 'topology',
	run: ctx => {
		// Nodes usually share one /etc/hosts, so one table: each label is looked up once per table, node by node only where one lacks it.
		const tables = [...new Set(ctx.nodes.map(node => ctx.hosts(node)))];
		return Object.values(ctx.config.ipLabels)
			.filter(l => l.role !== 'service' && tables.some(table => !table.has(l.label)))
			.flatMap(l => ctx.nodes.filter(node => !ctx.hosts(node).has(l.label)).map(node => warning(msg.unresolvedLabel(l.label, node))));
	},
};

/** Labels whose kind a network type or IPAT method rules out: persistent labels, alternate hardware addresses. */
const labelNetworks: Check = {
	title: 'Persistent labels and alternate hardware addresses only on networks that allow them',
	part: 'topology',
	run: ctx =>
		Object.values(ctx.config.ipLabels).flatMap(label => {
			const net = ctx.config.networks[label.network];
			if (!net) return [];
			if (label.role === 'persistent' && (isSerialNetwork(net) || net.type === 'hps' || net.type === 'atm'))
				return [error(msg.persistentOnType(label.label, net.name, net.type))];
			return label.hwAddress && net.ipat !== 'replacement' ? [error(msg.hwAddressCheck(label.label, net.name))] : [];
		}),
};

const heartbeatSubnets: Check = {
	title: 'Heartbeat alias subnets apart from every configured subnet',
	part: 'topology',
	run: ctx =>
		Object.values(ctx.config.networks)
			.filter(n => n.hbAliasBase)
			.flatMap(net => heartbeatClashes(ctx.config, net.name).map(c => error(msg.heartbeatClash(net.name, c.address, c.label)))),
};

/**
 * Each defined node a machine, and on 4.3 one with adapters: a node named before it is cabled (4.3 names nodes alone,
 * without the communication path HACMP 5 reaches a node by) is neither reachable nor heartbeating until its adapters
 * are defined on a machine of that name.
 */
const nodesDefined: Check = {
	title: 'Every cluster node answers and has adapters',
	part: 'topology',
	run(ctx) {
		const adapters = new Set([...Object.values(ctx.config.ipLabels), ...Object.values(ctx.config.devices)].map(a => a.node));
		const byAdapters = !profileOf(ctx.state).nodeCommPaths;
		return ctx.config.nodes.flatMap(({name}) => [
			...(ctx.state.nodes[name] ? [] : [error(msg.nodeNoMachine(name))]),
			...(adapters.has(name) || !byAdapters ? [] : [error(msg.nodeNoAdapters(name))]),
		]);
	},
};

export const TOPOLOGY_PLAN_CHECKS: readonly Check[] = [
	nodesDefined,
	replacementStandby,
	diskHeartbeat,
	nonIpPaths,
	labelsResolve,
	labelNetworks,
	heartbeatSubnets,
];

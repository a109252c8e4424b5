/**
 * Verification of the topology and the nodes themselves: clcomdES's rhosts
 * file, the subnets IP address takeover needs, persistent labels, free space
 * in /var, and matching software levels.
 */
import {dcdOf, isSerialNetwork, type ClusterConfig} from '../config.js';
import {subnetOf} from '../events/resources.js';
import {appendFile, RHOSTS} from '../files.js';
import type {ClusterState} from '../state.js';
import {error, isIpAddress, perText, warning, type Check, type CheckContext, type Finding} from './check.js';
import type {DeepReadonly} from '../readonly.js';

/** The addresses by which a node's clcomdES reaches another: its boot addresses and communication path. */
export function nodeAddresses(config: DeepReadonly<ClusterConfig>, node: string): string[] {
	return addressesOf(config, [node]).get(node)!;
}

/** nodeAddresses of several nodes, the labels read once for all of them (not once per node). */
function addressesOf(config: DeepReadonly<ClusterConfig>, nodes: readonly string[]): Map<string, string[]> {
	const found = new Map<string, string[]>(nodes.map(node => [node, []]));
	for (const label of Object.values(config.ipLabels)) if (label.role === 'boot') found.get(label.node ?? '')?.push(label.address, label.label);
	for (const [node, addresses] of found) {
		const path = config.nodes.find(n => n.name === node)?.commPath;
		const pathAddress = path && (config.ipLabels[path]?.address ?? path);
		found.set(node, [...new Set([...addresses, ...(path ? [path] : []), ...(pathAddress ? [pathAddress] : [])])]);
	}
	return found;
}

/** The lines of an rhosts file's text that name a host: trimmed, neither blank nor comments. */
const entriesOf = (text: string) =>
	text
		.split('\n')
		.map(l => l.trim())
		.filter(l => l && !l.startsWith('#'));

export const rhostsEntries = (state: DeepReadonly<ClusterState>, node: string) => entriesOf(state.nodes[node]!.files[RHOSTS] ?? '');

/** An rhosts file's entries, those that are names (to resolve), and the nodes none of its entries names. */
interface RhostsCoverage {
	entries: string[];
	names: string[];
	unlisted: string[];
}

const rhosts: Check = {
	title: 'clcomdES rhosts file lists every cluster node',
	part: 'topology',
	run(ctx) {
		const findings: Finding[] = [];
		const addresses = addressesOf(ctx.config, ctx.nodes);
		// Each text read once, not once per node (on big, 32 nodes by 31 others).
		const coverage = perText((text): RhostsCoverage => {
			const entries = entriesOf(text);
			const listed = new Set(entries);
			const unlisted = ctx.nodes.filter(other => !addresses.get(other)!.some(a => listed.has(a)));
			return {entries, names: entries.filter(e => !isIpAddress(e)), unlisted};
		});
		for (const node of ctx.nodes) {
			const {entries, names, unlisted} = coverage(ctx.state.nodes[node]!.files[RHOSTS] ?? '');
			const hosts = ctx.hosts(node);
			for (const entry of names.filter(e => !hosts.has(e))) {
				findings.push(
					error(
						`${RHOSTS} on node ${node} names ${entry}, which does not resolve: clcomdES on ${node} refuses every connection from other nodes while it ` +
							`is there.`,
						{
							name: 'cl_fix_rhosts',
							question: `Remove ${entry} from ${RHOSTS} on node ${node}?`,
							apply: state => {
								const file = state.nodes[node]!.files;
								file[RHOSTS] = (file[RHOSTS] ?? '')
									.split('\n')
									.filter(l => l.trim() !== entry)
									.join('\n');
								return `Removed ${entry} from ${RHOSTS} on node ${node}.`;
							},
						},
					),
				);
			}
			// An empty rhosts takes whom the node's own configuration names, or anyone while it has none.
			const own = entries.length === 0 ? dcdOf(ctx.state, node) : undefined;
			for (const other of unlisted) {
				if (other === node) continue;
				if (own && (own.nodes.length === 0 || own.nodes.some(n => n.name === other))) continue;
				const add = addresses.get(other)!.filter(isIpAddress);
				findings.push(
					error(
						`${RHOSTS} on node ${node} has no entry for node ${other}: clcomdES on ${node} refuses connections from ${other}, so configuration cannot ` +
							`be synchronized to ${node}.`,
						{
							name: 'cl_fix_rhosts',
							question: `Add the addresses of ${other} (${add.join(' ')}) to ${RHOSTS} on node ${node}?`,
							apply: state => {
								appendFile(state.nodes[node]!, RHOSTS, add.map(a => `${a}\n`).join(''));
								return `Added ${add.join(' ')} to ${RHOSTS} on node ${node}.`;
							},
						},
					),
				);
			}
		}
		return findings;
	},
};

/** Boot labels on one node and network, and the service labels the node may hold there. */
function ipatFindings(ctx: CheckContext, network: string): Finding[] {
	const net = ctx.config.networks[network]!;
	const labels = Object.values(ctx.config.ipLabels)
		.filter(l => l.network === network)
		.map(l => ({...l, subnet: subnetOf(l.address, net.netmask)}));
	const boots = labels.filter(l => l.role === 'boot');
	const findings: Finding[] = [];
	const bootSubnets = new Map<string, Map<number, (typeof boots)[number]>>();
	for (const boot of boots) {
		const mine = bootSubnets.get(boot.node!) ?? new Map<number, (typeof boots)[number]>();
		bootSubnets.set(boot.node!, mine);
		const clash = mine.get(boot.subnet);
		if (clash)
			findings.push(
				error(
					`Boot labels ${clash.label} (${clash.address}) and ${boot.label} (${boot.address}) of node ${boot.node} are on the same subnet of network ` +
						`${network}: each interface on a network needs a subnet of its own.`,
				),
			);
		else mine.set(boot.subnet, boot);
	}
	const services = labels.filter(l => l.role === 'service');
	if (net.ipat === 'aliasing') {
		// Reversed, so the first boot label on a subnet is the one named.
		const anyBoot = new Map([...boots].reverse().map(b => [b.subnet, b]));
		for (const service of services) {
			const boot = anyBoot.get(service.subnet);
			if (boot)
				findings.push(
					error(
						`Service label ${service.label} (${service.address}) is on the subnet of boot label ${boot.label} (${boot.address}); network ${network} ` +
							`uses IPAT via IP aliases, which needs service addresses on subnets apart from every boot address.`,
					),
				);
		}
		return findings;
	}
	for (const service of services) {
		const holders = service.node
			? [service.node]
			: [
					...new Set(
						Object.values(ctx.config.resourceGroups)
							.filter(g => g.resources.serviceLabels.includes(service.label))
							.flatMap(g => g.nodes),
					),
				];
		for (const node of holders) {
			if (bootSubnets.get(node)?.has(service.subnet)) continue;
			findings.push(
				error(
					`Service label ${service.label} (${service.address}) is on no boot subnet of node ${node}; network ${network} uses IPAT via IP replacement, ` +
						`where the service address replaces a boot address on its own subnet.`,
				),
			);
		}
	}
	return findings;
}

const ipatSubnets: Check = {
	title: 'Boot and service addresses are on the subnets IP address takeover requires',
	part: 'topology',
	run: ctx =>
		Object.values(ctx.config.networks)
			.filter(n => !isSerialNetwork(n))
			.flatMap(n => ipatFindings(ctx, n.name)),
};

const persistentLabels: Check = {
	title: 'At most one persistent label per node on each network',
	part: 'topology',
	run(ctx) {
		const seen = new Map<string, string>();
		const findings: Finding[] = [];
		for (const label of Object.values(ctx.config.ipLabels).filter(l => l.role === 'persistent')) {
			const key = `${label.node}/${label.network}`;
			const first = seen.get(key);
			if (first)
				findings.push(
					error(
						`Node ${label.node} has two persistent labels on network ${label.network} (${first} and ${label.label}); a node may have one persistent ` +
							`label per network.`,
					),
				);
			else seen.set(key, label.label);
		}
		return findings;
	},
};

/** The /var space HACMP 5.x needs: 20 MB of clcomd logs, 1 MB per node of ODM cache, 4 MB per node of verification data, 2 MB of clverify.log. */
export const varSpaceNeeded = (nodes: number) => 20 + nodes * 1 + nodes * 4 + 2;

const varSpace: Check = {
	title: 'Free space in /var',
	part: 'topology',
	run(ctx) {
		const needed = varSpaceNeeded(ctx.nodes.length);
		return ctx.nodes
			.filter(node => ctx.state.nodes[node]!.varFreeMb < needed)
			.map(node =>
				warning(
					`/var on node ${node} has ${ctx.state.nodes[node]!.varFreeMb} MB free; a ${ctx.nodes.length}-node cluster needs ${needed} MB (20 MB for ` +
						`clcomd logs, 1 MB per node for the ODM cache, 4 MB per node for verification data, 2 MB for clverify.log). Increase /var with chfs.`,
				),
			);
	},
};

export const softwareLevels: Check = {
	title: 'HACMP and AIX levels are the same on every node',
	part: 'topology',
	run(ctx) {
		const filesets = (node: string) => ctx.state.nodes[node]!.filesets;
		const names = [...new Set(ctx.nodes.flatMap(n => Object.keys(filesets(n))))].sort();
		const differing = names.filter(f => new Set(ctx.nodes.map(n => filesets(n)[f])).size > 1);
		return (['HACMP', 'AIX'] as const).flatMap(product => {
			const mine = differing.filter(f => f.startsWith('cluster.') === (product === 'HACMP'));
			if (mine.length === 0) return [];
			const levels = ctx.nodes.map(n => `${n} ${[...new Set(mine.map(f => filesets(n)[f] ?? 'not installed'))].join('/')}`);
			return [
				warning(
					`The ${product} software levels differ between nodes (${mine.join(', ')}): ${levels.join(', ')}. Levels may differ only while an update is ` +
						`applied node by node; bring every node to the same level.`,
				),
			];
		});
	},
};

export const TOPOLOGY_CHECKS: readonly Check[] = [rhosts, ipatSubnets, persistentLabels, varSpace];

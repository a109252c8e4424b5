/**
 * Any sequence of faults and repairs (issue 11, item 8): 50 random faults, repairs, stops and waits on the two-node,
 * mutual-takeover and concurrent clusters, seeded so a failure replays. A fault either applies with every
 * invariant kept or is refused with nothing changed; after repairing everything and starting every node again,
 * clverify accepts the cluster and every group is online again.
 */
import {describe, expect, it} from 'vitest';
import {testCluster, type TestCluster} from './helpers/cluster.js';
import {checkInvariants} from '../src/cluster/invariants.js';

/** mulberry32: a small seeded generator, the same numbers every run. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function faultLines(cluster: TestCluster, pick: <T>(items: readonly T[]) => T): string {
	const nodes = Object.keys(cluster.state.nodes);
	const node = pick(nodes);
	const iface = pick(['en0', 'en1']);
	const network = pick(['net_ether_01', 'net_diskhb_01']);
	return pick([
		`hasmit_fault node off ${node}`,
		`hasmit_fault node on ${node}`,
		`hasmit_fault adapter unplug ${node} ${iface}`,
		`hasmit_fault adapter plug ${node} ${iface}`,
		`hasmit_fault network cut ${network}`,
		`hasmit_fault network restore ${network}`,
		`hasmit_fault partition ${nodes.join(' ')}`,
		'hasmit_fault heal',
		`@${node} ifconfig ${iface} down`,
		`@${node} ifconfig ${iface} up`,
		`@${node} halt -q`,
		`@${node} reboot -q`,
		`@${node} rc.cluster -N`,
		`@${node} clstop -gr`,
		`@${node} clstop -g`,
		`@${node} stopsrc -s topsvcs`,
		'sleep 5',
		'sleep 25',
	]);
}

function repairAll(cluster: TestCluster): void {
	const nodes = Object.keys(cluster.state.nodes);
	for (const node of nodes) if (cluster.state.faults?.poweredOff.includes(node)) cluster.ok(`hasmit_fault node on ${node}`);
	for (const key of cluster.state.faults?.unplugged ?? []) cluster.ok(`hasmit_fault adapter plug ${key.replace(':', ' ')}`);
	for (const network of cluster.state.faults?.cutNetworks ?? []) cluster.ok(`hasmit_fault network restore ${network}`);
	if (cluster.state.faults?.partition) cluster.ok('hasmit_fault heal');
	for (const node of nodes) for (const iface of ['en0', 'en1']) cluster.ok(`ifconfig ${iface} up`, node);
	cluster.ok('sleep 60');
	// A split brain's merge may have halted a node on the way.
	for (const node of nodes) if (cluster.state.faults?.poweredOff.includes(node)) cluster.ok(`hasmit_fault node on ${node}`);
	for (const node of nodes) if (cluster.state.nodes[node]!.acd === null) cluster.ok('rc.cluster -N', node);
	cluster.ok('sleep 60');
}

describe.each([
	['two-node', 11],
	['mutual-takeover', 23],
	['two-node', 37],
	['mutual-takeover', 41],
	['concurrent', 500],
	['concurrent', 503],
])('50 random faults and repairs on %s (seed %i)', (scenario, seed) => {
	it('keeps every invariant, and ends after repairs and restarts in a cluster clverify accepts', () => {
		const cluster = testCluster(scenario);
		cluster.ok('cl_rc.cluster -N');
		const next = random(seed);
		const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
		const trail: string[] = [];
		for (let step = 0; step < 50; step++) {
			const line = faultLines(cluster, pick);
			const [on, command] = line.startsWith('@') ? [line.slice(1, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)] : [undefined, line];
			const before = cluster.state;
			const result = cluster.run(command, on);
			trail.push(`${on ?? '-'}: ${command} -> ${result.code}`);
			if (result.code !== 0) expect(cluster.state, trail.join('\n')).toBe(before);
			expect(checkInvariants(cluster.state), trail.join('\n')).toEqual([]);
			// Time passing never breaks the cluster either: the events it fires keep the invariants.
			expect(result.stderr, trail.join('\n')).not.toContain('inconsistent');
		}
		repairAll(cluster);
		expect(cluster.state.faults, trail.join('\n')).toBeUndefined();
		expect(cluster.run('clverify').stdout, trail.join('\n')).toContain('Verification has completed normally.');
		// Every group is back online: on one node, or on every node for a concurrent group.
		for (const [group, runtime] of Object.entries(cluster.state.resourceGroups)) {
			const online = Object.values(runtime.nodes).filter(s => s === 'ONLINE').length;
			expect(online, `${group}\n${trail.join('\n')}`).toBe(group === 'rg_conc' ? Object.keys(runtime.nodes).length : 1);
		}
	});
});

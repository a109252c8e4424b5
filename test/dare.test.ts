import {describe, expect, it} from 'vitest';
import {testCluster, type TestCluster} from './helpers/cluster.js';
import {setRelease} from '../src/cluster/release/apply.js';
import type {Release} from '../src/cluster/release/index.js';

const online = (cluster: TestCluster, group: string) =>
	Object.entries(cluster.state.resourceGroups[group]?.nodes ?? {})
		.filter(([, s]) => s === 'ONLINE')
		.map(([n]) => n)
		.sort();
const sticky = (cluster: TestCluster, group: string) => cluster.state.resourceGroups[group]?.sticky;

/** The concurrent scenario on a release. */
function onRelease(release: Release): TestCluster {
	const cluster = testCluster('concurrent');
	cluster.arrange(state => setRelease(state, release));
	return cluster;
}

/**
 * The concurrent scenario's three nodes with two groups that fall over down their lists and fall back (homes node1
 * and node2), all running: cascading groups on 4.3 (DARE migration's release), their custom equivalent on 5.2.
 */
function threeNodes(release: Release = '5.2'): TestCluster {
	const cluster = onRelease(release);
	const policies = release === '4.3' ? '-r cascading' : '-S OHN -O FNPN -B FBHPN';
	cluster.ok(`claddgrp -g rg_a -n 'node1 node2 node3' ${policies}`);
	cluster.ok(`claddgrp -g rg_b -n 'node2 node3' ${policies}`);
	cluster.ok('cldare -rt');
	cluster.ok('cl_rc.cluster -N');
	return cluster;
}

describe('DARE resource migration (cldare -M)', () => {
	it('moves several groups at once and clfindres shows the result', () => {
		const cluster = threeNodes('4.3');
		const out = cluster.ok('cldare -M rg_a:node2 rg_b:node3:sticky');
		expect(out).toContain('cldare: Migrating resource group rg_a to node2.');
		expect(out).toContain('cldare: Migrating resource group rg_b to node3 (sticky).');
		expect(out).toMatch(/^rg_b\s+cascading\s+DOWN\s+node2\s+node3$/m);
		expect([online(cluster, 'rg_a'), online(cluster, 'rg_b')]).toEqual([['node2'], ['node3']]);
		// 4.3 had no rg_move events: a DARE migration runs the reconfiguration events (seed 000 8.5.2).
		const trace = cluster.file('node2', '/tmp/hacmp.out');
		expect(trace).toMatch(
			/EVENT START: reconfig_resource_release\n[\s\S]*EVENT START: reconfig_resource_acquire\n[\s\S]*EVENT START: reconfig_resource_complete\n/,
		);
		expect(trace).not.toContain('rg_move');
	});

	it('is all or nothing: one bad request moves no group', () => {
		const cluster = threeNodes('4.3');
		const before = cluster.state;
		for (const [requests, message] of [
			['rg_a:node2 rg_b:node1', 'Node node1 is not in the node list of resource group rg_b (node2 node3).'],
			['rg_a:node3 rg_none:node2', 'Resource group rg_none is not defined in the active cluster configuration.'],
			['rg_a:node3 rg_b:node9', 'node9 is not a cluster node, nor default or stop.'],
			['rg_a:node3 rg_a:node2', 'Resource group rg_a is named in more than one request.'],
			['rg_a:node2:sometimes', '"rg_a:node2:sometimes" is not a migration request'],
			['rg_conc:node2', 'it can be stopped or returned to its default, not migrated to one node'],
			['rg_a:default:sticky', '"default" clears a sticky location; it cannot be sticky itself'],
		] as const) {
			const result = cluster.run(`cldare -M ${requests}`);
			expect(result.code).toBe(1);
			expect(result.stderr).toContain(message);
			expect(cluster.state).toBe(before);
		}
		cluster.ok('clstop -gr -s -N', 'node3');
		const down = cluster.run('cldare -M rg_a:node2 rg_b:node3');
		expect(down.stderr).toContain(
			'cldare: ERROR: Node node3 is not up (cluster services are not active on it).\ncldare: No resource group was migrated.',
		);
		expect(online(cluster, 'rg_a')).toEqual(['node1']);
	});

	it('-M goes with -v only: synchronization flags with it are a usage error, nothing moved', () => {
		const cluster = threeNodes('4.3');
		cluster.refused('cldare -rt -M rg_a:node2', 'cldare: -M (resource migration) cannot be used with -r -t; only -v goes with it.');
		cluster.refused('cldare -x -M rg_a:node2', 'cldare: -M (resource migration) cannot be used with -x; only -v goes with it.');
	});

	it('a sticky location persists: the group leaves only when its node goes down and returns when it rejoins', () => {
		const cluster = threeNodes('4.3');
		cluster.ok('cldare -M rg_a:node3:sticky');
		expect(sticky(cluster, 'rg_a')).toBe('node3');
		// Not even the home node rejoining takes it back.
		cluster.ok('clstop -g -s -N', 'node1');
		cluster.ok('rc.cluster -N', 'node1');
		expect(online(cluster, 'rg_a')).toEqual(['node3']);
		cluster.ok('clstop -gr -s -N', 'node3');
		expect(online(cluster, 'rg_a')).toEqual(['node1']);
		cluster.ok('rc.cluster -N', 'node3');
		expect(online(cluster, 'rg_a')).toEqual(['node3']);
		expect(cluster.ok('clfindres rg_a')).toMatch(/^rg_a\s+cascading\s+DOWN\s+node1\s+node3\n(.*\n)*\s+cascading\s+UP\s+node3$/m);
	});

	it('default clears stickiness and returns the group to its normal behaviour; so does a non-sticky move', () => {
		const cluster = threeNodes('4.3');
		cluster.ok('cldare -M rg_a:node3:sticky');
		cluster.ok('cldare -M rg_a:default');
		expect(sticky(cluster, 'rg_a')).toBeUndefined();
		expect(online(cluster, 'rg_a')).toEqual(['node1']);
		cluster.ok('cldare -M rg_a:node2:sticky');
		cluster.ok('cldare -M rg_a:node3');
		expect(sticky(cluster, 'rg_a')).toBeUndefined();
		expect(online(cluster, 'rg_a')).toEqual(['node3']);
	});

	it('stop with sticky: no failure or rejoin brings the group back; without sticky the next event may', () => {
		const cluster = threeNodes('4.3');
		cluster.ok('cldare -M rg_a:stop:sticky');
		expect(online(cluster, 'rg_a')).toEqual([]);
		cluster.ok('clstop -g -s -N', 'node1');
		cluster.ok('rc.cluster -N', 'node1');
		expect(online(cluster, 'rg_a')).toEqual([]);
		expect(cluster.ok('clfindres rg_a')).toMatch(/^rg_a\s+cascading\s+DOWN\s+node1\s+stop$/m);

		cluster.ok('cldare -M rg_b:stop');
		expect(online(cluster, 'rg_b')).toEqual([]);
		cluster.ok('clstop -g -s -N', 'node2');
		cluster.ok('rc.cluster -N', 'node2');
		expect(online(cluster, 'rg_b')).toEqual(['node2']);
	});

	it('Inactive Takeover false with the home node down: default brings the group up on the highest-priority active node', () => {
		const cluster = onRelease('4.3');
		cluster.ok("claddgrp -g rg_a -n 'node1 node2 node3' -r cascading");
		cluster.ok('cldare -rt');
		cluster.ok("cl_rc.cluster -cspoc '-n node2,node3' -N");
		expect(online(cluster, 'rg_a')).toEqual([]);
		expect(cluster.ok('cllsres -g rg_a')).toContain('INACTIVE_TAKEOVER="false"');
		cluster.ok('cldare -M rg_a:default', 'node2');
		expect(online(cluster, 'rg_a')).toEqual(['node2']);
		// Cascading: the home node joining takes it back.
		cluster.ok('rc.cluster -N', 'node1');
		expect(online(cluster, 'rg_a')).toEqual(['node1']);
	});

	it('with HACMP down, only cldare -v -M group:stop, which clears the sticky location', () => {
		const cluster = threeNodes('4.3');
		cluster.ok('cldare -M rg_a:node2:sticky');
		cluster.ok('cl_clstop -N -s -g');
		expect(sticky(cluster, 'rg_a')).toBe('node2');
		expect(cluster.run('cldare -M rg_a:default').stderr).toContain('only "rg_a:stop" can be requested (with -v)');
		expect(cluster.run('cldare -M rg_a:stop').stderr).toContain('use cldare -v (no verification)');
		expect(cluster.ok('cldare -v -M rg_a:stop')).toContain('The sticky location of resource group rg_a is cleared.');
		expect(sticky(cluster, 'rg_a')).toBeUndefined();
		cluster.ok('cl_rc.cluster -N');
		expect(online(cluster, 'rg_a')).toEqual(['node1']);
	});

	it('cldare -M to the node a group is on moves nothing and says so', () => {
		const cluster = threeNodes('4.3');
		const out = cluster.ok('cldare -M rg_a:node1:sticky');
		expect(out).toContain('cldare: Resource group rg_a is already online on node1; it does not move.');
		expect(sticky(cluster, 'rg_a')).toBe('node1');
		expect(cluster.file('node1', '/tmp/hacmp.out')).not.toContain('rg_move');
	});
});

describe('clRGmove', () => {
	it('moves a group, logging rg_move events, and shows the result with -i', () => {
		const cluster = threeNodes();
		const out = cluster.ok('clRGmove -g rg_a -n node3 -m -i');
		expect(out).toContain(
			'Attempting to move resource group rg_a to node node3.\nWaiting for the cluster to process the resource group movement request....\nResource ' +
				'group movement successful.',
		);
		expect(out).toMatch(/rg_a\s+OFFLINE\s+node1\n\s+OFFLINE\s+node2\n\s+ONLINE\s+node3/);
		expect(cluster.file('node3', '/tmp/hacmp.out')).toMatch(/EVENT START: rg_move_acquire node3 \d+\n[\s\S]*EVENT START: rg_move_complete node3 \d+/);
		expect(sticky(cluster, 'rg_a')).toBeUndefined();
		cluster.ok('clRGmove -g rg_a -n node2 -m -p');
		expect(sticky(cluster, 'rg_a')).toBe('node2');
	});

	it('refuses a node outside the list, a node that is down, an unknown group, with nothing moved', () => {
		const cluster = threeNodes();
		cluster.ok('clstop -gr -s -N', 'node3');
		const before = cluster.state;
		for (const [line, message] of [
			['clRGmove -g rg_b -n node1 -m', 'ERROR: Node node1 is not in the node list of resource group rg_b (node2 node3).'],
			['clRGmove -g rg_a -n node3 -m', 'ERROR: Node node3 is not up: cluster services are not active on it.'],
			['clRGmove -g rg_x -n node2 -m', 'ERROR: Resource group rg_x is not defined in the active cluster configuration.'],
			['clRGmove -g rg_a -n node1 -m', 'ERROR: Resource group rg_a is already online on node node1.'],
			['clRGmove -g rg_a -m', 'ERROR: Moving a resource group needs a destination node (-n).'],
			['clRGmove -g rg_a -n node2', 'one action: -m (move), -u (online) or -d (offline)'],
		] as const) {
			const result = cluster.run(line);
			expect(result.code, line).toBe(1);
			expect(result.stderr).toContain(message);
			expect(cluster.state).toBe(before);
		}
	});

	it('brings a group offline (it stays offline) and online again; a concurrent group node by node', () => {
		const cluster = threeNodes();
		cluster.ok('clRGmove -g rg_a -d');
		expect(online(cluster, 'rg_a')).toEqual([]);
		cluster.ok('clstop -g -s -N', 'node1');
		cluster.ok('rc.cluster -N', 'node1');
		expect(online(cluster, 'rg_a')).toEqual([]);
		expect(cluster.run('clRGmove -g rg_a -n node2 -m').stderr).toContain('is not online on any node; bring it online');
		cluster.ok('clRGmove -g rg_a -n node2 -u');
		expect(online(cluster, 'rg_a')).toEqual(['node2']);
		expect(cluster.run('clRGmove -g rg_a -n node3 -u').stderr).toContain('is online on node node2; move it instead.');

		cluster.ok('clRGmove -g rg_conc -n node3 -d');
		expect(online(cluster, 'rg_conc')).toEqual(['node1', 'node2']);
		cluster.ok('clRGmove -g rg_conc -n node3 -u');
		expect(online(cluster, 'rg_conc')).toEqual(['node1', 'node2', 'node3']);
	});

	it('refuses an empty group name and a node that is not in the cluster, with nothing moved', () => {
		const cluster = threeNodes();
		cluster.refused("clRGmove -g '' -n node2 -m", 'Usage: clRGmove -g groupname');
		cluster.refused('clRGmove -g rg_a -n node9 -m', /^ERROR: node9 is not a cluster node\.$/m);
	});

	it('a group in ERROR gives back what it left up: brought offline there, online elsewhere, or the node stopping', () => {
		const cluster = testCluster();
		cluster.ok('cl_rc.cluster -N');
		cluster.arrange(state => void delete state.nodes.node2!.files['/usr/local/ha/start_app.sh']);
		const node2 = () => cluster.state.nodes.node2!;
		const serviceUp = () => Object.values(node2().interfaces).some(i => i.addresses.includes('app_svc'));
		const failOnNode2 = () => {
			expect(cluster.ok('clRGmove -g rg_app -n node2 -m')).toContain('Resource group rg_app went into the ERROR state on node2');
			// The application server did not start; the service address and datavg stay up on node2.
			expect([node2().lvm.varyon.datavg, serviceUp()]).toEqual(['active', true]);
		};
		failOnNode2();
		expect(cluster.ok('cllsrgmove -d')).toMatch(/^ {2}rg_app\s+ERROR\s+node2$/m);
		expect(cluster.ok('cllsrgmove -d -g rg_app')).toContain('  node2\n');
		cluster.ok('clRGmove -g rg_app -n node2 -d');
		expect([node2().lvm.varyon.datavg, serviceUp()]).toEqual([undefined, false]);
		expect(cluster.ok('clRGinfo')).toMatch(/rg_app\s+OFFLINE\s+node1\n\s+OFFLINE\s+node2/);

		cluster.ok('clRGmove -g rg_app -n node1 -u');
		failOnNode2();
		cluster.ok('clRGmove -g rg_app -n node1 -u');
		expect(online(cluster, 'rg_app')).toEqual(['node1']);
		expect([node2().lvm.varyon.datavg, serviceUp()]).toEqual([undefined, false]);

		failOnNode2();
		cluster.ok('clstop -g -s -N', 'node2');
		expect([node2().lvm.varyon.datavg, serviceUp()]).toEqual([undefined, false]);
		expect(cluster.state.resourceGroups.rg_app!.nodes.node2).toBe('OFFLINE');
	});

	it('needs a running cluster', () => {
		const cluster = testCluster();
		expect(cluster.run('clRGmove -g rg_app -n node2 -m').stderr).toContain('Cluster services are not active on any node');
	});

	it('pick lists: nothing to pick prints nothing; an unknown group or a stopped cluster is an error', () => {
		const cluster = threeNodes();
		cluster.ok('clRGmove -g rg_b -d');
		expect(cluster.ok('cllsrgmove -d -g rg_b')).toBe('');
		expect(cluster.ok('cllsrgmove -m -g rg_b')).toBe('');
		cluster.refused('cllsrgmove -m -g rg_x', 'ERROR: Resource group rg_x is not defined in the active cluster configuration.');
		cluster.ok('cl_clstop -N -s -g');
		cluster.refused('cllsrgmove -m', 'ERROR: Cluster services are not active on any node');
	});

	it('lists what can be moved, brought online or offline, for the SMIT pick lists', () => {
		const cluster = threeNodes();
		expect(cluster.ok('cllsrgmove -m')).toMatch(/^ {2}rg_a\s+ONLINE\s+node1$/m);
		expect(cluster.ok('cllsrgmove -m -g rg_a')).toBe('# *Denotes Originally Configured Highest Priority Node\n  node2\n  node3\n');
		expect(cluster.ok('cllsrgmove -u')).not.toContain('rg_a');
		cluster.ok('clRGmove -g rg_a -d');
		expect(cluster.ok('cllsrgmove -u -g rg_a')).toBe('# *Denotes Originally Configured Highest Priority Node\n  node1 *\n  node2\n  node3\n');
	});
});

describe('HACMP 5.2 has no DARE resource migration', () => {
	it('cldare -M is 4.x: on 5.2 -M is not a flag of cldare, whose Usage and manual page no longer name it', () => {
		const cluster = threeNodes();
		const refused = cluster.refused('cldare -M rg_a:node2', /^cldare: Not a recognized flag: M\n/);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toBe(
			'cldare: Not a recognized flag: M\nUsage: cldare -r -t [-v | -x] [-f] [-c] [-C no|yes|interactive] [-V normal|verbose]\n',
		);
		expect(cluster.run('cldare').stderr).toContain('cldare: give -r and -t to synchronize the cluster resources and topology.\n');
		expect(cluster.ok('man cldare')).not.toContain('-M');
		expect(cluster.run('cllsrgmove -M').stderr).toMatch(
			/^cllsrgmove: Not a recognized flag: M\nUsage: cllsrgmove -m \| -u \| -d \[-g groupname\]\n$/,
		);
	});

	it('4.3 keeps it: its Usage names -M, and cldare alone names the migration', () => {
		const cluster = threeNodes('4.3');
		expect(cluster.run('cldare -?').stderr).toContain(
			'       cldare [-v] -M group:location[:sticky] ...   (location is a node name, default or stop)\n',
		);
		expect(cluster.run('cldare').stderr).toContain('or -M to migrate resource groups.');
		expect(cluster.ok('man cldare')).toMatch(/^ +-M group:location\[:sticky\]/m);
	});
});

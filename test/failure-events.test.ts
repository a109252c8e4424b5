/**
 * Failure event paths (issue 11): each fault as an administrator causes it, the time the cluster takes to notice,
 * the events in hacmp.out in order, their summaries in cluster.log, where the groups end (clRGinfo) and the
 * addresses each node then has up (netstat -in).
 */
import {setRelease} from '../src/cluster/release/apply.js';
import {describe, expect, it} from 'vitest';
import {testCluster, type TestCluster} from './helpers/cluster.js';
import {addresses, eventsSince, length, placement, started} from './helpers/failure.js';
import type {FalloverPolicy} from '../src/cluster/config.js';

function setFallover(cluster: TestCluster, group: string, fallover: FalloverPolicy, extra: {forcedVaryon?: boolean; dnpPolicy?: string} = {}) {
	cluster.arrange(draft => {
		for (const config of Object.values(draft.configs)) {
			const rg = config.resourceGroups[group]!;
			rg.fallover = fallover;
			if (extra.dnpPolicy) rg.dnpPolicy = extra.dnpPolicy;
			if (extra.forcedVaryon) rg.resources.forcedVaryon = true;
		}
	});
}

describe('a node crash', () => {
	it('halt -q: node2 notices after the keep-alives time out and takes rg_app over (fallover to the next node)', () => {
		const cluster = started();
		const mark = length(cluster, 'node2');
		expect(cluster.ok('halt -q', 'node1')).toBe('....Halt completed....\n');
		// Not noticed yet: ether's failure detection time is 1 s x 10 missed beats x 2.
		cluster.ok('sleep 19', 'node2');
		expect(placement(cluster, 'node2')).toEqual(['rg_app:ONLINE:node1', 'rg_app:OFFLINE:node2']);
		cluster.ok('sleep 1', 'node2');
		expect(eventsSince(cluster, 'node2', mark)).toEqual([
			'node_down node1',
			'rg_move_acquire node1 1',
			'rg_move node1 1 ACQUIRE',
			'acquire_takeover_addr app_svc',
			'get_disk_vg_fs datavg',
			'rg_move_complete node1 1',
			'start_server app_srv',
			'node_down_complete node1',
		]);
		expect(cluster.file('node2', '/var/adm/cluster.log')).toMatch(/node2 user:notice HACMP for AIX: EVENT COMPLETED: node_down node1 0\n/);
		// Each top-level event is followed by its summary in hacmp.out, its sub-events listed.
		expect(cluster.file('node2', '/tmp/hacmp.out')).toMatch(
			/HACMP Event Summary\nEvent: rg_move_acquire node1 1\n[\s\S]*?rg_move node1 1 ACQUIRE +completed \(0\)\n/,
		);
		expect(placement(cluster, 'node2')).toEqual(['rg_app:OFFLINE:node1', 'rg_app:ONLINE:node2']);
		expect(addresses(cluster, 'node2')).toContain('en1 10.10.10.100');
		expect(cluster.ok('lsvg -o', 'node2')).toContain('datavg');
		// Nothing runs on a node without power, and its hacmp.out learns nothing.
		expect(cluster.run('lsvg -o', 'node1').stderr).toContain('node1 is powered off');
		expect(eventsSince(cluster, 'node1', length(cluster, 'node1'))).toEqual([]);
		expect(cluster.ok('hasmit_fault list', 'node2')).toBe('node      node1                   powered off\n');
	});

	it('node1 back: it boots without cluster services, and its start runs node_up with the fallback to its home node', () => {
		const cluster = started();
		cluster.ok('halt -q', 'node1');
		cluster.ok('sleep 20', 'node2');
		expect(cluster.ok('hasmit_fault node on node1', 'node2')).toBe('');
		// HACMP 5.2's cluster manager runs only with cluster services: a node that booted without them has it inoperative.
		expect(cluster.ok('lssrc -s clstrmgrES', 'node1')).toMatch(/clstrmgrES\s+cluster\s+inoperative/);
		expect(placement(cluster, 'node2')).toEqual(['rg_app:OFFLINE:node1', 'rg_app:ONLINE:node2']);
		const mark = length(cluster, 'node2');
		cluster.ok('rc.cluster -N', 'node1');
		expect(eventsSince(cluster, 'node2', mark)).toEqual([
			'node_up node1',
			'rg_move_release node1 1',
			'rg_move node1 1 RELEASE',
			'stop_server app_srv',
			'release_vg_fs datavg',
			'release_takeover_addr app_svc',
			'rg_move_acquire node1 1',
			'rg_move_complete node1 1',
			'node_up_complete node1',
		]);
		expect(placement(cluster, 'node2')).toEqual(['rg_app:ONLINE:node1', 'rg_app:OFFLINE:node2']);
		cluster.ok('sleep 4', 'node1');
		expect(cluster.ok('hasmit_fault list', 'node1')).toBe('Nothing is broken.\n');
		expect(cluster.state.faults).toBeUndefined();
	});

	it('reboot -q with HACMP in /etc/inittab: the peers declare the node down, then it rejoins with node_up', () => {
		const cluster = started();
		cluster.ok('rc.cluster -R', 'node1');
		const output = cluster.ok('reboot -q', 'node1');
		expect(output).toMatch(/^Rebooting \. \. \.\nVerifying Cluster Configuration Prior to Starting Cluster Services\./);
		expect(eventsSince(cluster, 'node2').filter(e => /^node_(up|down) /.test(e))).toEqual(['node_up node2', 'node_down node1', 'node_up node1']);
		expect(placement(cluster, 'node2')).toEqual(['rg_app:ONLINE:node1', 'rg_app:OFFLINE:node2']);
	});

	it('lazy update on the takeover node: an LV node1 made alone is learned when node2 takes datavg over', () => {
		const cluster = started();
		cluster.ok('mklv -y newlv datavg 2', 'node1');
		cluster.ok('halt -q', 'node1');
		cluster.ok('sleep 20', 'node2');
		expect(cluster.file('node2', '/tmp/hacmp.out')).toMatch(
			/the ODM timestamp \w+ differs from the VGDA timestamp \w+; exporting and importing datavg\.\n.*exportvg datavg\n.*importvg -V 50 -y datavg /,
		);
		expect(cluster.ok('lsvg -l datavg', 'node2')).toMatch(/^newlv +jfs +2 +2 +1 +closed\/syncd +N\/A$/m);
	});

	it('Bring Offline: the group of a crashed node stays offline', () => {
		const cluster = started();
		setFallover(cluster, 'rg_app', 'BO');
		cluster.ok('hasmit_fault node off node1', 'node2');
		cluster.ok('sleep 20', 'node2');
		// No group is taken over: no rg_move between node_down and node_down_complete.
		expect(eventsSince(cluster, 'node2').slice(-2)).toEqual(['node_down node1', 'node_down_complete node1']);
		expect(cluster.file('node2', '/tmp/hacmp.out')).toContain('Resource group rg_app has no takeover node (Bring Offline); it stays offline.');
		expect(placement(cluster, 'node2')).toEqual(['rg_app:OFFLINE:node1', 'rg_app:OFFLINE:node2']);
	});

	it('dynamic node priority: the group goes to the node with the most free memory, not the next in its list', () => {
		const cluster = testCluster('big', 'node01');
		for (const node of ['node01', 'node02', 'node03']) cluster.ok('rc.cluster -N', node);
		setFallover(cluster, 'rg01', 'FUDNP', {dnpPolicy: 'cl_highest_free_mem'});
		cluster.ok('hasmit_load -n node02 -m 512');
		cluster.ok('hasmit_load -n node03 -m 8192');
		cluster.ok('halt -q');
		cluster.ok('sleep 20', 'node02');
		const events = eventsSince(cluster, 'node03');
		// rg01 (group 1) is acquired on node03; node01's other group (33) elsewhere.
		expect(events.slice(events.indexOf('node_down node01'))).toEqual([
			'node_down node01',
			'rg_move_acquire node01 1',
			'rg_move node01 1 ACQUIRE',
			'acquire_takeover_addr svc01',
			'get_disk_vg_fs vg01',
			'rg_move_acquire node01 33',
			'rg_move_complete node01 1',
			'start_server app01',
			'rg_move_complete node01 33',
			'node_down_complete node01',
		]);
		expect(placement(cluster, 'node02').filter(line => line.startsWith('rg01:'))).toEqual([
			'rg01:OFFLINE:node01',
			'rg01:OFFLINE:node02',
			'rg01:ONLINE:node03',
		]);
	});

	it('kill -9 of clstrmgrES halts the node through clexit.rc (seed 000, 8.2.3.3)', () => {
		const cluster = started();
		const pid = cluster.ok('lssrc -s clstrmgrES', 'node1').split('\n')[1]!.trim().split(/\s+/)[2];
		expect(cluster.ok(`kill -9 ${pid}`, 'node1')).toBe(
			'/usr/es/sbin/cluster/utilities/clexit.rc : Unexpected termination of clstrmgrES. Halting system immediately!!!\n',
		);
		expect(cluster.ok('hasmit_fault list', 'node2')).toContain('node1                   powered off');
		cluster.ok('sleep 20', 'node2');
		expect(placement(cluster, 'node2')).toEqual(['rg_app:OFFLINE:node1', 'rg_app:ONLINE:node2']);
	});

	it('stopsrc of Topology Services under a running cluster manager halts the node too', () => {
		const cluster = started();
		const output = cluster.ok('stopsrc -s topsvcs', 'node1');
		expect(output).toContain('Unexpected termination of clstrmgrES. Halting system immediately!!!');
		cluster.ok('sleep 20', 'node2');
		expect(placement(cluster, 'node2')).toEqual(['rg_app:OFFLINE:node1', 'rg_app:ONLINE:node2']);
	});
});

describe('config_too_long', () => {
	it('an application start script that runs 7 minutes: config_too_long warns from 6 minutes on, every 30 seconds, until the event completes', () => {
		const cluster = testCluster();
		for (const node of ['node1', 'node2']) cluster.ok('echo "sleep 420" > /usr/local/ha/start_app.sh', node);
		cluster.ok('rc.cluster -N');
		const out = cluster.file('node1', '/tmp/hacmp.out');
		const warnings = out.split('\n').filter(line => line.startsWith('WARNING: Cluster'));
		expect(warnings).toEqual([
			"WARNING: Cluster prodcluster has been running recovery program 'rg_move_complete' for 360 seconds. Please check cluster status.",
			"WARNING: Cluster prodcluster has been running recovery program 'rg_move_complete' for 390 seconds. Please check cluster status.",
			"WARNING: Cluster prodcluster has been running recovery program 'rg_move_complete' for 420 seconds. Please check cluster status.",
		]);
		expect(eventsSince(cluster, 'node1')).toContain('config_too_long 360 rg_move_complete');
		expect(out).toMatch(/EVENT COMPLETED: config_too_long 360 rg_move_complete 0\n[\s\S]*EVENT COMPLETED: start_server app_srv 0/);
		expect(placement(cluster, 'node1')).toEqual(['rg_app:ONLINE:node1', 'rg_app:OFFLINE:node2']);
	});

	it('warns after the time until warning the administrator set, not a fixed six minutes', () => {
		const cluster = testCluster();
		for (const node of ['node1', 'node2']) cluster.ok('echo "sleep 420" > /usr/local/ha/start_app.sh', node);
		cluster.ok('clchevtimeout -e 60 -r 60');
		cluster.ok('cldare -rt');
		cluster.ok('rc.cluster -N');
		const warnings = cluster
			.file('node1', '/tmp/hacmp.out')
			.split('\n')
			.filter(line => line.startsWith('WARNING: Cluster'));
		expect(warnings[0]).toBe(
			"WARNING: Cluster prodcluster has been running recovery program 'rg_move_complete' for 120 seconds. Please check cluster status.",
		);
	});
});

describe('clexit.rc on HACMP 4.3', () => {
	it("is the release's own: /usr/sbin/cluster/utilities/clexit.rc", () => {
		const cluster = testCluster();
		cluster.arrange(state => setRelease(state, '4.3'));
		cluster.ok('/usr/sbin/cluster/etc/rc.cluster -boot -N');
		const pid = /clstrmgr +cluster +(\d+) +active/.exec(cluster.ok('lssrc -s clstrmgr'))![1];
		expect(cluster.ok(`kill -9 ${pid}`)).toBe(
			'/usr/sbin/cluster/utilities/clexit.rc : Unexpected termination of clstrmgr. Halting system immediately!!!\n',
		);
	});
});

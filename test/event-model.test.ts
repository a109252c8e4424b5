/**
 * Each release's node event model as hacmp.out shows it (issue 15): HACMP 4.3's node_up_local / node_up_remote and
 * node_down_local / node_down_remote (SG24-5131 5.1.1), HACMP 5.2's rg_move_release / rg_move_acquire /
 * rg_move_complete between node_up or node_down and its _complete event; and the event scripts each release has.
 */
import {describe, expect, it} from 'vitest';
import {setRelease} from '../src/cluster/release/apply.js';
import {testCluster, type TestCluster} from './helpers/cluster.js';
import {length as mark} from './helpers/failure.js';

/** The EVENT lines hacmp.out gained since `from`, without their time stamps. */
function eventLines(cluster: TestCluster, node: string, from = 0): string[] {
	const text = cluster.file(node, '/tmp/hacmp.out').slice(from);
	return [...text.matchAll(/^\w{3} \d\d \d\d:\d\d:\d\d (EVENT (?:START|COMPLETED|FAILED): .*)$/gm)].map(m => m[1]!);
}

/** rg_app's address (its service or, on a takeover node, takeover event) and storage brought up. */
const acquired = (address: 'service' | 'takeover') => [
	`EVENT START: acquire_${address}_addr app_svc`,
	`EVENT COMPLETED: acquire_${address}_addr app_svc 0`,
	'EVENT START: get_disk_vg_fs datavg',
	'EVENT COMPLETED: get_disk_vg_fs datavg 0',
];

const STARTED = ['EVENT START: start_server app_srv', 'EVENT COMPLETED: start_server app_srv 0'];

/** rg_app taken down on the node leaving. */
const RELEASED = [
	'EVENT START: stop_server app_srv',
	'EVENT COMPLETED: stop_server app_srv 0',
	'EVENT START: release_vg_fs datavg',
	'EVENT COMPLETED: release_vg_fs datavg 0',
	'EVENT START: release_service_addr app_svc',
	'EVENT COMPLETED: release_service_addr app_svc 0',
];

describe('HACMP 5.2: node events move groups with rg_move events', () => {
	it('node_up: the joining node acquires its group in rg_move_acquire, starts its server in rg_move_complete', () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -N');
		expect(eventLines(cluster, 'node1')).toEqual([
			'EVENT START: node_up node1',
			'EVENT COMPLETED: node_up node1 0',
			'EVENT START: rg_move_acquire node1 1',
			'EVENT START: rg_move node1 1 ACQUIRE',
			...acquired('service'),
			'EVENT COMPLETED: rg_move node1 1 ACQUIRE 0',
			'EVENT COMPLETED: rg_move_acquire node1 1 0',
			'EVENT START: rg_move_complete node1 1',
			...STARTED,
			'EVENT COMPLETED: rg_move_complete node1 1 0',
			'EVENT START: node_up_complete node1',
			'EVENT COMPLETED: node_up_complete node1 0',
		]);
		// rg_move's work is process_resources'.
		expect(cluster.file('node1', '/tmp/hacmp.out')).toMatch(/:process_resources\[\d+\] JOB_TYPE=ACQUIRE\n/);
		expect(cluster.file('node1', '/tmp/hacmp.out')).not.toContain('node_up_local');
	});

	it('node_down with takeover: the leaving node releases in rg_move_release, the survivor acquires in rg_move_acquire', () => {
		const cluster = testCluster();
		cluster.ok("cl_rc.cluster -cspoc '-n node1,node2' -N");
		const [from1, from2] = [mark(cluster, 'node1'), mark(cluster, 'node2')];
		cluster.ok('clstop -gr -s -y -N');
		expect(eventLines(cluster, 'node1', from1)).toEqual([
			'EVENT START: node_down node1 graceful',
			'EVENT COMPLETED: node_down node1 graceful 0',
			'EVENT START: rg_move_release node1 1',
			'EVENT START: rg_move node1 1 RELEASE',
			...RELEASED,
			'EVENT COMPLETED: rg_move node1 1 RELEASE 0',
			'EVENT COMPLETED: rg_move_release node1 1 0',
			'EVENT START: rg_move_acquire node1 1',
			'EVENT COMPLETED: rg_move_acquire node1 1 0',
			'EVENT START: rg_move_complete node1 1',
			'EVENT COMPLETED: rg_move_complete node1 1 0',
			'EVENT START: node_down_complete node1 graceful',
			'EVENT COMPLETED: node_down_complete node1 graceful 0',
		]);
		expect(eventLines(cluster, 'node2', from2)).toEqual([
			'EVENT START: node_down node1 graceful',
			'EVENT COMPLETED: node_down node1 graceful 0',
			'EVENT START: rg_move_release node1 1',
			'EVENT COMPLETED: rg_move_release node1 1 0',
			'EVENT START: rg_move_acquire node1 1',
			'EVENT START: rg_move node1 1 ACQUIRE',
			...acquired('takeover'),
			'EVENT COMPLETED: rg_move node1 1 ACQUIRE 0',
			'EVENT COMPLETED: rg_move_acquire node1 1 0',
			'EVENT START: rg_move_complete node1 1',
			...STARTED,
			'EVENT COMPLETED: rg_move_complete node1 1 0',
			'EVENT START: node_down_complete node1 graceful',
			'EVENT COMPLETED: node_down_complete node1 graceful 0',
		]);
	});

	it('has the 5.2 event scripts: rg_move ones under /usr/es/sbin/cluster/events, no classic local or remote sub-events', () => {
		const cluster = testCluster();
		const listed = cluster.ok('ls /usr/es/sbin/cluster/events');
		expect(listed).toContain('rg_move_acquire');
		expect(listed).not.toContain('node_up_local');
		expect(cluster.ok('cllsev')).not.toContain('node_down_remote');
		cluster.refused('clchevent -O node_down_remote -a /x', "clchevent: Event name doesn't match the real one in ODM. (node_down_remote)");
		expect(cluster.run('ls /usr/sbin/cluster/events').code).not.toBe(0);
	});
});

describe('HACMP 4.3: the classic node events (SG24-5131 5.1.1)', () => {
	const on43 = () => {
		const cluster = testCluster();
		cluster.arrange(state => setRelease(state, '4.3'));
		return cluster;
	};

	it('node_up: node_up_local acquires, node_up_local_complete starts the server; a member already up runs the remote ones', () => {
		const cluster = on43();
		cluster.ok('rc.cluster -N');
		expect(eventLines(cluster, 'node1')).toEqual([
			'EVENT START: node_up node1',
			'EVENT START: node_up_local',
			...acquired('service'),
			'EVENT COMPLETED: node_up_local 0',
			'EVENT COMPLETED: node_up node1 0',
			'EVENT START: node_up_complete node1',
			'EVENT START: node_up_local_complete',
			...STARTED,
			'EVENT COMPLETED: node_up_local_complete 0',
			'EVENT COMPLETED: node_up_complete node1 0',
		]);
		const from = mark(cluster, 'node1');
		cluster.ok('rc.cluster -N', 'node2');
		expect(eventLines(cluster, 'node1', from)).toEqual([
			'EVENT START: node_up node2',
			'EVENT START: node_up_remote node2',
			'EVENT COMPLETED: node_up_remote node2 0',
			'EVENT COMPLETED: node_up node2 0',
			'EVENT START: node_up_complete node2',
			'EVENT START: node_up_remote_complete node2',
			'EVENT COMPLETED: node_up_remote_complete node2 0',
			'EVENT COMPLETED: node_up_complete node2 0',
		]);
	});

	it('node_down with takeover: node_down_local releases on the leaving node, node_down_remote acquires on the survivor', () => {
		const cluster = on43();
		cluster.ok("cl_rc.cluster -cspoc '-n node1,node2' -N");
		const [from1, from2] = [mark(cluster, 'node1'), mark(cluster, 'node2')];
		cluster.ok('clstop -gr -s -y -N');
		expect(eventLines(cluster, 'node1', from1)).toEqual([
			'EVENT START: node_down node1 graceful',
			'EVENT START: node_down_local',
			...RELEASED,
			'EVENT COMPLETED: node_down_local 0',
			'EVENT COMPLETED: node_down node1 graceful 0',
			'EVENT START: node_down_complete node1 graceful',
			'EVENT START: node_down_local_complete',
			'EVENT COMPLETED: node_down_local_complete 0',
			'EVENT COMPLETED: node_down_complete node1 graceful 0',
		]);
		expect(eventLines(cluster, 'node2', from2)).toEqual([
			'EVENT START: node_down node1 graceful',
			'EVENT START: node_down_remote node1',
			...acquired('takeover'),
			'EVENT COMPLETED: node_down_remote node1 0',
			'EVENT COMPLETED: node_down node1 graceful 0',
			'EVENT START: node_down_complete node1 graceful',
			'EVENT START: node_down_remote_complete node1',
			...STARTED,
			'EVENT COMPLETED: node_down_remote_complete node1 0',
			'EVENT COMPLETED: node_down_complete node1 graceful 0',
		]);
	});

	it('has the classic event scripts under /usr/sbin/cluster/events', () => {
		const cluster = on43();
		expect(cluster.ok('grep Arguments /usr/sbin/cluster/events/node_down_remote')).toContain('Arguments:   nodename');
		expect(cluster.ok('cat /usr/sbin/cluster/events/node_up_local')).toContain('Called by:   cluster manager (clstrmgr) through clcallev');
		expect(cluster.run('cat /usr/es/sbin/cluster/events/node_up').code).not.toBe(0);
	});

	it('a failed node_down_remote holds node_down_complete on every node until clruncmd', () => {
		const cluster = on43();
		const post = '/usr/local/ha/post.sh';
		cluster.arrange(state => {
			state.nodes.node1!.files[post] = '#!/bin/ksh\nexit 0\n';
			state.nodes.node2!.files[post] = '#!/bin/ksh\nexit 1\n';
		});
		cluster.ok(`clchevent -O node_down_remote -a ${post}`);
		cluster.ok('cldare -rt');
		cluster.ok("cl_rc.cluster -cspoc '-n node1,node2' -N");
		const from = mark(cluster, 'node2');
		cluster.ok('clstop -gr -s -y -N');
		expect(eventLines(cluster, 'node2', from).filter(line => line.includes('node_down'))).toEqual([
			'EVENT START: node_down node1 graceful',
			'EVENT START: node_down_remote node1',
			'EVENT START: event_error node2 node_down_remote',
			'EVENT COMPLETED: event_error node2 node_down_remote 0',
			'EVENT FAILED: node_down_remote node1 1',
			'EVENT FAILED: node_down node1 graceful 1',
		]);
		expect(cluster.state.heldEvents?.map(event => event.event)).toEqual(['node_down_complete']);
		expect(cluster.state.nodes.node2!.apps.app_srv).toBeUndefined();
		cluster.arrange(state => void (state.nodes.node2!.files[post] = '#!/bin/ksh\nexit 0\n'));
		const resumed = mark(cluster, 'node2');
		cluster.ok('clruncmd node2');
		expect(eventLines(cluster, 'node2', resumed)).toEqual([
			'EVENT START: node_down_complete node1 graceful',
			'EVENT START: node_down_remote_complete node1',
			...STARTED,
			'EVENT COMPLETED: node_down_remote_complete node1 0',
			'EVENT COMPLETED: node_down_complete node1 graceful 0',
		]);
		expect(cluster.state.nodes.node2!.apps.app_srv).toBeDefined();
		expect(cluster.state.nodes.node1!.acd).toBeNull();
	});
});

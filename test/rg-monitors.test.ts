import {describe, expect, it} from 'vitest';
import {testCluster, type TestCluster} from './helpers/cluster.js';
import {recoverEverywhere} from './helpers/failure.js';

/** two-node with a process monitor on app_srv, cluster services up on both nodes. */
function monitored(attributes: string): TestCluster {
	const cluster = testCluster();
	for (const node of ['node1', 'node2']) cluster.ok("echo 'mail -s down operator' > /usr/local/ha/page_operator.sh", node);
	cluster.ok(
		`claddappmon name=app_mon RESOURCE_TO_MONITOR=app_srv PROCESSES=appd PROCESS_OWNER=root STABILIZATION_INTERVAL=60 ` +
			`CLEANUP_METHOD=/usr/local/ha/stop_app.sh RESTART_METHOD=/usr/local/ha/start_app.sh ${attributes}`,
	);
	cluster.ok('cldare -rt');
	cluster.ok('cl_rc.cluster -N');
	return cluster;
}

/** Past the stabilization interval (60 s), kill the application's process on a node, as an administrator testing the monitor would. */
function killApp(cluster: TestCluster, node = 'node1'): void {
	cluster.ok('sleep 61');
	const line = cluster.ok('ps -ef | grep appd', node);
	const pid = line.trim().split(/\s+/)[1];
	cluster.ok(`kill -9 ${pid}`, node);
}

const events = (cluster: TestCluster, node: string) => [...cluster.file(node, '/tmp/hacmp.out').matchAll(/EVENT START: (\S+)/g)].map(m => m[1]!);

describe('application monitors at work', () => {
	it('restarts the application up to the restart count, then notifies: the application stays down, the group where it is', () => {
		const cluster = monitored('RESTART_COUNT=2 FAILURE_ACTION=notify NOTIFY_METHOD=/usr/local/ha/page_operator.sh');
		const first = cluster.state.nodes.node1!.apps.app_srv!.pid;
		killApp(cluster);
		expect(cluster.state.nodes.node1!.apps.app_srv).toMatchObject({restarts: 1});
		expect(cluster.state.nodes.node1!.apps.app_srv!.pid).not.toBe(first);
		killApp(cluster);
		killApp(cluster);
		expect(cluster.state.nodes.node1!.apps.app_srv).toBeUndefined();
		expect(cluster.state.resourceGroups.rg_app!.nodes).toEqual({node1: 'ONLINE', node2: 'OFFLINE'});
		expect(events(cluster, 'node1').slice(-6)).toEqual([
			'server_restart',
			'server_restart_complete',
			'server_restart',
			'server_restart_complete',
			'server_down',
			'server_down_complete',
		]);
		expect(cluster.file('node1', '/tmp/hacmp.out')).toContain(':server_down[');
		expect(cluster.file('node1', '/tmp/hacmp.out')).toContain('/usr/local/ha/page_operator.sh');
		expect(cluster.ok('clRGinfo -m')).toMatch(/app_srv\s+OFFLINE/);
	});

	it('a server_restart whose post-event command fails holds server_restart_complete; the restart itself ran', () => {
		const cluster = monitored('RESTART_COUNT=2 FAILURE_ACTION=notify');
		for (const node of ['node1', 'node2']) cluster.ok("echo 'exit 4' > /usr/local/ha/veto.sh", node);
		cluster.ok('clchevent -O server_restart -a /usr/local/ha/veto.sh');
		cluster.ok('cldare -rt');
		killApp(cluster);
		expect(cluster.state.nodes.node1!.apps.app_srv).toMatchObject({restarts: 1});
		expect(cluster.state.heldEvents?.map(held => held.event)).toEqual(['server_restart_complete']);
		for (const node of ['node1', 'node2']) cluster.ok("echo 'exit 0' > /usr/local/ha/veto.sh", node);
		recoverEverywhere(cluster);
		expect(events(cluster, 'node1').slice(-1)).toEqual(['server_restart_complete']);
	});

	it('fallover: when restarts run out the whole group moves to the next node', () => {
		const cluster = monitored('RESTART_COUNT=1 FAILURE_ACTION=fallover');
		killApp(cluster);
		killApp(cluster);
		expect(cluster.state.resourceGroups.rg_app!.nodes).toEqual({node1: 'OFFLINE', node2: 'ONLINE'});
		expect(cluster.state.nodes.node2!.apps.app_srv).toBeDefined();
		expect(events(cluster, 'node2')).toContain('rg_move_acquire');
		expect(cluster.ok('ps -ef', 'node2')).toMatch(/ appd$/m);
	});

	it('a failure pending its stabilization interval is dropped if the monitor is removed meanwhile (DARE)', () => {
		const cluster = monitored('RESTART_COUNT=1 FAILURE_ACTION=notify');
		const pid = cluster.ok('ps -ef | grep appd').trim().split(/\s+/)[1];
		cluster.ok(`kill -9 ${pid}`);
		cluster.ok('clrmappmon app_mon');
		cluster.ok('cldare -rt');
		cluster.ok('sleep 70');
		expect(events(cluster, 'node1')).not.toContain('server_restart');
		expect(cluster.state.queue).toEqual([]);
	});

	it('a failure within the stabilization interval is noticed when monitoring starts', () => {
		const cluster = monitored('RESTART_COUNT=1 FAILURE_ACTION=notify');
		const pid = cluster.ok('ps -ef | grep appd').trim().split(/\s+/)[1];
		cluster.ok(`kill -9 ${pid}`);
		expect(cluster.state.nodes.node1!.apps.app_srv).toBeUndefined();
		expect(events(cluster, 'node1')).not.toContain('server_restart');
		expect(cluster.file('node1', '/tmp/hacmp.out')).toContain(
			'stopped on node1 during the stabilization interval of app_mon; the monitor notices when monitoring starts',
		);
		cluster.ok('sleep 30');
		expect(events(cluster, 'node1')).not.toContain('server_restart');
		cluster.ok('sleep 40');
		expect(events(cluster, 'node1')).toContain('server_restart');
		expect(cluster.state.nodes.node1!.apps.app_srv).toMatchObject({restarts: 1});
	});

	it('the restart count starts again once the application has run for the restart interval', () => {
		const cluster = monitored('RESTART_COUNT=1 RESTART_INTERVAL=300 FAILURE_ACTION=fallover');
		killApp(cluster);
		cluster.ok('sleep 300');
		killApp(cluster);
		expect(cluster.state.resourceGroups.rg_app!.nodes.node1).toBe('ONLINE');
		expect(cluster.state.nodes.node1!.apps.app_srv).toMatchObject({restarts: 1});
	});

	it('an unmonitored application that dies is not noticed', () => {
		const cluster = testCluster();
		cluster.ok('cl_rc.cluster -N');
		const pid = cluster.ok('ps -ef | grep app_srv').trim().split(/\s+/)[1];
		cluster.ok(`kill ${pid}`);
		expect(cluster.state.nodes.node1!.apps.app_srv).toBeUndefined();
		expect(cluster.state.resourceGroups.rg_app!.nodes.node1).toBe('ONLINE');
		expect(events(cluster, 'node1')).not.toContain('server_down');
	});

	it('kill knows only the processes of the node', () => {
		const cluster = testCluster();
		cluster.ok('cl_rc.cluster -N');
		expect(cluster.run('kill -9 4242').stderr).toBe('kill: 4242: 0403-003 The specified process does not exist.\n');
		// init is no daemon of the SRC: kill leaves it alone (killing clstrmgrES halts the node: test/failure-*.test.ts).
		expect(cluster.run('kill 1').stderr).toContain('stop daemons with stopsrc or clstop');
		expect(cluster.run('kill').stderr).toContain('Usage: kill');
	});
});

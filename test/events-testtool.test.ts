/** The Cluster Test Tool (cl_testtool): the automated test procedure and custom test plans (issue 12). */
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';
import {dialogCommand} from './helpers/smit.js';

const LOG = '/var/hacmp/log/cl_testtool.log';

describe('the automated test procedure', () => {
	for (const scenario of ['two-node', 'mutual-takeover']) {
		it(`passes on ${scenario}, every test logged`, () => {
			const cluster = testCluster(scenario);
			const out = cluster.ok('cl_testtool -a');
			const tests = [...out.matchAll(/^\| {2}Test \d+: (\w+)/gm)].map(m => m[1]);
			expect(tests.slice(0, 7)).toEqual(['NODE_UP', 'NODE_DOWN_GRACEFUL', 'NODE_UP', 'NODE_DOWN_TAKEOVER', 'NODE_UP', 'NODE_DOWN_FORCED', 'NODE_UP']);
			expect(tests).toContain('RG_MOVE');
			expect(out).not.toContain('FAILED');
			expect(out).toMatch(new RegExp(`##  Cluster Test Tool summary: ${tests.length} tests run, ${tests.length} passed, 0 failed\n`));
			expect(cluster.file(cluster.session.node, LOG)).toBe(out);
			// The cluster is as the procedure left it: every node up, every group at home.
			expect(Object.values(cluster.state.nodes).every(node => node.cm === 'ST_STABLE')).toBe(true);
		});
	}

	it('includes SERVER_DOWN for a monitored application, which its monitor restarts', () => {
		const cluster = testCluster();
		cluster.ok(
			'claddappmon name=app_mon RESOURCE_TO_MONITOR=app_srv PROCESSES=appd PROCESS_OWNER=root STABILIZATION_INTERVAL=60 ' +
				'CLEANUP_METHOD=/usr/local/ha/stop_app.sh RESTART_METHOD=/usr/local/ha/start_app.sh RESTART_COUNT=2 FAILURE_ACTION=fallover',
		);
		cluster.ok('cldare -rt');
		const out = cluster.ok('cl_testtool -a');
		expect(out).toMatch(/\| {2}Test \d+: SERVER_DOWN, ANY, app_srv, Kill application server app_srv; its monitor recovers it\n/);
		expect(out).toContain('Killing the processes of application server app_srv on node1.');
		expect(out).not.toContain('FAILED');
	});
});

describe('a custom test plan', () => {
	it('runs the plan from a file; a failed check is FAILED, the cluster restored, the log kept', () => {
		const cluster = testCluster();
		cluster.ok(
			"echo '# my plan\\nNODE_UP, ALL, Start everything\\nRG_MOVE, rg_app, node3, Move to a node that does not exist\\n" +
				"NODE_DOWN_TAKEOVER, node1, Take node1 down\\nNODE_UP, node1, Back up' > /tmp/plan",
		);
		const result = cluster.run('cl_testtool -p /tmp/plan');
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('|  Test 2: RG_MOVE, rg_app, node3, Move to a node that does not exist\n');
		expect(result.stdout).toMatch(/\|\| {2}Validation failed: .*node3/);
		expect(result.stdout).toContain('##  Cluster Test Tool summary: 4 tests run, 3 passed, 1 failed\n');
		expect(cluster.file('node1', LOG)).toBe(result.stdout);
	});

	it('RG_OFFLINE, RG_ONLINE and WAIT', () => {
		const cluster = testCluster();
		cluster.ok(
			"echo 'NODE_UP, ALL, start\nRG_OFFLINE, rg_app, node1, stop it\nWAIT, 60, a minute\nRG_ONLINE, rg_app, node2, start it on node2' > /tmp/plan",
		);
		const out = cluster.ok('cl_testtool -p /tmp/plan');
		expect(out).toContain('    Waiting 60 seconds.\n');
		expect(out).toContain('##  Cluster Test Tool summary: 4 tests run, 4 passed, 0 failed\n');
		expect(cluster.state.resourceGroups.rg_app!.nodes).toEqual({node1: 'OFFLINE', node2: 'ONLINE'});
	});

	it('abort on error stops at the first failure', () => {
		const cluster = testCluster();
		cluster.ok("echo 'RG_MOVE, rg_app, node2, nothing runs yet\\nNODE_UP, ALL, never run' > /tmp/plan");
		const out = cluster.run('cl_testtool -p /tmp/plan -e').stdout;
		expect(out).toContain('##  Abort on error: the 1 remaining tests are not run.');
		expect(out).not.toContain('Test 2:');
	});

	it('refuses a plan it cannot read', () => {
		const cluster = testCluster();
		cluster.ok("echo 'NODE_UP, ALL, start\\nCRASH_EVERYTHING, now' > /tmp/plan");
		cluster.refused('cl_testtool -p /tmp/plan', 'cl_testtool: /tmp/plan line 2: CRASH_EVERYTHING is not a test the Cluster Test Tool knows.');
		cluster.ok("echo 'RG_MOVE, rg_app' > /tmp/plan");
		cluster.refused('cl_testtool -p /tmp/plan', 'cl_testtool: /tmp/plan line 1: RG_MOVE needs group, node, then a comment.');
		cluster.refused('cl_testtool -p /tmp/none', 'cl_testtool: cannot open the test plan /tmp/none.');
		cluster.refused('cl_testtool', 'give -a or -p TestPlan');
	});
});

describe('HACMP Cluster Test Tool menus', () => {
	it('build the cl_testtool lines', () => {
		const cluster = testCluster();
		expect(dialogCommand(cluster, 'cm_testtool_auto', {}, {'Abort On Error': 'Yes'})).toBe("/usr/es/sbin/cluster/utilities/cl_testtool -a '-e'");
		cluster.ok("/usr/es/sbin/cluster/utilities/cl_testtool -a '-e'");
		expect(dialogCommand(cluster, 'cm_testtool_custom', {}, {'Test Plan': '/tmp/plan'})).toBe(
			"/usr/es/sbin/cluster/utilities/cl_testtool -p '/tmp/plan'",
		);
	});
});

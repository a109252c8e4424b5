import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';

const PTF = 'installp -agXd /usr/sys/inst.images/hacmp_ptf all';

describe('PTF rolling install, node by node (study guide 8.6)', () => {
	it('stop with takeover, apply, verify, restart, then the other node; levels differ only meanwhile', () => {
		const cluster = testCluster();
		cluster.ok('cl_rc.cluster -N');
		expect(cluster.ok('halevel')).toBe('5.2.0\n');

		// 1. Stop node1 with takeover: the application keeps running on node2.
		cluster.ok('clstop -gr -s -N', 'node1');
		expect(cluster.state.resourceGroups.rg_app!.nodes).toEqual({node1: 'OFFLINE', node2: 'ONLINE'});
		// 2. Apply the PTF on node1.
		const applied = cluster.ok(PTF, 'node1');
		expect(applied).toContain('installp:  APPLYING software for:\n        cluster.es.client.lib 5.2.0.1');
		expect(applied).toMatch(/^cluster\.es\.server\.rte\s+5\.2\.0\.1\s+USR\s+APPLY\s+SUCCESS$/m);
		expect(cluster.ok('lslpp -l cluster.es.server.rte', 'node1')).toMatch(
			/^ {2}cluster\.es\.server\.rte\s+5\.2\.0\.1 {2}APPLIED {4}ES Base Server Runtime$/m,
		);
		expect(cluster.ok('halevel -s', 'node1')).toBe('5.2.0 SP1\n');
		// 3. Verify: levels differ, a warning while the update goes from node to node.
		const verified = cluster.ok('/usr/es/sbin/cluster/diag/clverify', 'node1');
		expect(verified).toContain('WARNING: The HACMP software levels differ between nodes');
		expect(verified).toContain('Verification has completed normally.');
		// 4-5. Restart HACMP on node1: it takes its group back.
		cluster.ok('rc.cluster -N', 'node1');
		expect(cluster.state.resourceGroups.rg_app!.nodes).toEqual({node1: 'ONLINE', node2: 'OFFLINE'});
		expect(cluster.ok('lssrc -ls clstrmgrES', 'node1')).toContain('local node vrmf is 5201');
		// 6. The same on node2.
		cluster.ok('clstop -gr -s -N', 'node2');
		cluster.ok(PTF, 'node2');
		expect(cluster.ok('clverify', 'node2')).not.toContain('WARNING');
		cluster.ok('rc.cluster -N', 'node2');
		// Commit once the update has proved itself.
		for (const node of ['node1', 'node2']) cluster.ok('installp -c all', node);
		expect(cluster.ok('lslpp -l cluster.*', 'node2')).not.toContain('APPLIED');
		expect(cluster.ok('installp -s', 'node2')).toContain('There are no applied (uncommitted) updates');
	});

	it('the HACMP filesets refuse an update while cluster services run on the node', () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -N');
		const before = cluster.state;
		const refused = cluster.run(PTF);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain('cluster.es.server.rte: Cluster services are active on node node1.');
		expect(cluster.state).toBe(before);
	});

	it('an applied update can be rejected, back to the level before', () => {
		const cluster = testCluster();
		cluster.ok(PTF);
		const again = cluster.run(PTF);
		expect(again.stdout).toContain('Already installed at this level or higher, not processed:\n    cluster.es.client.lib 5.2.0.1');
		expect(again.stderr).toContain('installp:  There was nothing to install.');
		expect(cluster.ok('installp -s')).toMatch(/cluster\.es\.server\.rte\s+5\.2\.0\.1/);
		expect(cluster.ok('installp -r cluster.es.server.rte')).toMatch(/^cluster\.es\.server\.rte\s+5\.2\.0\.0\s+USR\s+REJECT\s+SUCCESS$/m);
		expect(cluster.ok('lslpp -l cluster.es.server.rte')).toMatch(/5\.2\.0\.0 {2}COMMITTED/);
		expect(cluster.ok('lslpp -l cluster.es.client.lib')).toMatch(/5\.2\.0\.1 {2}APPLIED/);
	});

	it('lists the media, and reports what is not there', () => {
		const cluster = testCluster();
		expect(cluster.ok('installp -ld /usr/sys/inst.images/hacmp_ptf')).toMatch(/^ {2}cluster\.es\.server\.rte\s+5\.2\.0\.1\s+S {2}N usr,root$/m);
		expect(cluster.run('installp -agXd /usr/sys/inst.images/nothing all').stderr).toContain(
			'Device /usr/sys/inst.images/nothing could not be accessed.',
		);
		expect(cluster.run('lslpp -l cluster.es.nosuch').stderr).toBe('lslpp: 0504-132  Fileset cluster.es.nosuch not installed.\n');
		expect(cluster.ok('lslpp -l bos.rte')).toMatch(
			/^Path: \/etc\/objrepos\n {2}bos\.rte\s+5\.2\.0\.30 {2}COMMITTED {2}Base Operating System Runtime$/m,
		);
	});

	it('refuses a list without a device and actions that do not go together, changing nothing', () => {
		const cluster = testCluster();
		cluster.ok(PTF);
		cluster.refused('installp -l', 'installp: -l needs the installation device or directory (-d).');
		cluster.refused('installp -r -c all', 'installp: -c and -r cannot be used together.');
		cluster.refused('installp -a -r -d /usr/sys/inst.images/hacmp_ptf all', 'installp: -a and -r cannot be used together.');
		cluster.refused('installp -s -c all', 'installp: -c and -s cannot be used together.');
		// -c with -a commits what it applies.
		const again = testCluster();
		expect(again.ok('installp -acgXd /usr/sys/inst.images/hacmp_ptf all')).toMatch(
			/^cluster\.es\.server\.rte\s+5\.2\.0\.1\s+USR\s+COMMIT\s+SUCCESS$/m,
		);
		expect(again.ok('installp -s')).toContain('There are no applied (uncommitted) updates');
	});
});

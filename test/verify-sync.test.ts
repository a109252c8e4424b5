import {describe, expect, it} from 'vitest';
import {testCluster, type TestCluster} from './helpers/cluster.js';
import {editDcd} from '../src/cluster/config.js';

/** Event names in a node's hacmp.out (EVENT START lines), in order. */
const events = (cluster: TestCluster, node: string) => [...cluster.file(node, '/tmp/hacmp.out').matchAll(/EVENT START: (\S+)/g)].map(m => m[1]!);

describe('synchronization: the three cases of the study guide', () => {
	it('local cluster manager inactive (and every other): the DCD is copied to every node', () => {
		const cluster = testCluster();
		cluster.ok("claddgrp -g rg_db -n 'node2 node1' -S OFAN -O FNPN -B NFB");
		const out = cluster.ok('cldare -rt');
		expect(out).toContain('Verification has completed normally.');
		expect(out).toContain('Committing any changes, as required, to all available nodes...');
		expect(out).toContain('Adding any necessary HACMP for AIX entries to /etc/inittab and /etc/rc.net for IP Address Takeover on node node2.');
		expect(cluster.state.nodes.node2!.dcd).toBe(cluster.state.nodes.node1!.dcd);
		expect(Object.keys(cluster.state.configs)).toHaveLength(1);
		expect(cluster.state.nodes.node1!.acd).toBeNull();
		expect(events(cluster, 'node1')).toEqual([]);
	});

	it('local cluster manager active: a dynamic reconfiguration copies DCD and ACD, refreshes the daemons and logs the reconfig events', () => {
		const cluster = testCluster();
		cluster.ok('cl_rc.cluster -N');
		cluster.ok('claddserv -s batch_srv -b /usr/local/ha/start_app.sh -e /usr/local/ha/stop_app.sh');
		cluster.ok("claddgrp -g rg_batch -n 'node2 node1' -S OHN -O FNPN -B FBHPN");
		cluster.ok('claddres -g rg_batch APPLICATIONS=batch_srv');
		cluster.ok('claddres -g rg_app FORCED_VARYON=true');
		expect(cluster.ok('cldump')).toContain('Cluster Substate: NOT_SYNCHED');
		const out = cluster.ok('cldare -rt');
		expect(out).toContain('Verifying additional pre-requisites for Dynamic Reconfiguration...');
		expect(out).toContain('cldare: Requesting a refresh of the Cluster Manager on node node2...');
		expect(out).toContain('Dynamic reconfiguration completed: resource groups 1 changed, 1 added.');
		for (const node of ['node1', 'node2']) {
			const state = cluster.state.nodes[node]!;
			expect(state.acd).toBe(state.dcd);
			expect(state.dcd).toBe(cluster.state.nodes.node1!.dcd);
			expect(events(cluster, node)).toEqual(
				expect.arrayContaining(['reconfig_resource_release', 'reconfig_resource_acquire', 'reconfig_resource_complete']),
			);
		}
		// The changed group was released and acquired again where it was; the new one came up on its home node.
		const log1 = events(cluster, 'node1');
		expect(log1.slice(log1.indexOf('reconfig_resource_release'))).toEqual([
			'reconfig_resource_release',
			'stop_server',
			'release_vg_fs',
			'release_service_addr',
			'reconfig_resource_acquire',
			'acquire_service_addr',
			'get_disk_vg_fs',
			'reconfig_resource_complete',
			'start_server',
		]);
		expect(cluster.file('node2', '/tmp/hacmp.out')).toContain('refresh -s clstrmgrES');
		expect(cluster.state.resourceGroups.rg_app!.nodes).toEqual({node1: 'ONLINE', node2: 'OFFLINE'});
		expect(cluster.state.resourceGroups.rg_batch!.nodes).toEqual({node2: 'ONLINE', node1: 'OFFLINE'});
		expect(cluster.state.nodes.node2!.apps.batch_srv).toBeDefined();
		expect(cluster.ok('cldump')).toContain('Cluster Substate: STABLE');
		expect(cluster.ok('clRGinfo rg_batch')).toMatch(/rg_batch\s+ONLINE\s+node2/);
	});

	it('a dynamic reconfiguration releases a removed group', () => {
		const cluster = testCluster();
		cluster.ok('cl_rc.cluster -N');
		cluster.ok('clrmgrp -g rg_app');
		cluster.ok('cldare -rt');
		expect(cluster.state.resourceGroups.rg_app).toBeUndefined();
		expect(cluster.state.nodes.node1!.apps.app_srv).toBeUndefined();
		expect(cluster.state.nodes.node1!.lvm.varyon.datavg).toBe(undefined);
	});

	it('local cluster manager inactive but active elsewhere: synchronization fails and changes nothing', () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -N', 'node2');
		cluster.ok("claddgrp -g rg_db -n 'node2 node1' -S OFAN -O FNPN -B NFB");
		const before = cluster.state;
		const result = cluster.run('cldare -rt');
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('cldare: ERROR: The cluster manager is not active on the local node node1, but it is active on node2.');
		expect(cluster.state).toBe(before);
		// From the active node it works, as a dynamic reconfiguration (node2 has its own, unchanged, DCD).
		expect(cluster.ok('cldare -rt', 'node2')).toContain('Dynamic reconfiguration completed: resource groups unchanged.');
	});

	it('an active node cannot be removed by a dynamic reconfiguration', () => {
		const cluster = testCluster();
		cluster.ok('cl_rc.cluster -N');
		cluster.arrange(
			state =>
				void editDcd(state, 'node1', config => {
					config.nodes = config.nodes.filter(n => n.name !== 'node2');
					config.resourceGroups.rg_app!.nodes = ['node1'];
				}),
		);
		expect(cluster.run('cldare -rt -v').stderr).toContain('Cluster services are active on node2, which the new configuration removes.');
	});
});

describe('synchronization options', () => {
	it('verification errors stop the synchronization; -f forces it only while cluster services are down', () => {
		const cluster = testCluster();
		cluster.ok('claddgrp -g rg_c -n node1 -S OHN -O FUDNP -B FBHPN');
		const failed = cluster.run('cldare -rt');
		expect(failed.code).toBe(1);
		expect(failed.stderr).toContain('cldare: Verification found 1 error(s); the configuration was not synchronized.');
		expect(cluster.ok('cllsgrp', 'node2')).toBe('rg_app\n');
		// The failed run is still in clverify.log.
		expect(cluster.file('node1', '/var/hacmp/clverify/clverify.log')).toContain('Verification exiting with error count: 1');
		const forced = cluster.ok('cldare -rt -f');
		expect(forced).toContain('WARNING: Verification found 1 error(s); synchronizing anyway because synchronization is forced.');
		expect(cluster.ok('cllsgrp', 'node2')).toBe('rg_app\nrg_c\n');
		cluster.ok('claddres -g rg_c NODE_PRIORITY_POLICY=cl_highest_free_mem');
		cluster.ok('cldare -rt');
		cluster.ok('cl_rc.cluster -N');
		expect(cluster.run('cldare -rt -f').stderr).toContain('Synchronization cannot be forced while cluster services are active');
	});

	it('-x verifies only; -v synchronizes without verifying', () => {
		const cluster = testCluster();
		cluster.ok('claddgrp -g rg_c -n node1 -S OHN -O FUDNP -B FBHPN');
		const verifyOnly = cluster.run('cldare -rt -x');
		expect(verifyOnly.code).toBe(1);
		expect(verifyOnly.stdout).not.toContain('Committing');
		const noVerify = cluster.ok('cldare -rt -v');
		expect(noVerify).not.toContain('Verifying Cluster');
		expect(cluster.ok('cllsgrp', 'node2')).toContain('rg_c');
		expect(cluster.run('cldare -rt -x -v').stderr).toContain('cannot be used together');
		expect(cluster.run('cldare').stderr).toContain('give -r and -t to synchronize');
	});

	it('clcomdES on a node whose rhosts names an unknown host refuses the copy', () => {
		const cluster = testCluster();
		cluster.arrange(state => void (state.nodes.node2!.files['/usr/es/sbin/cluster/etc/rhosts'] += 'gone_host\n'));
		const result = cluster.run('cldare -rt -v');
		expect(result.stderr).toContain('ERROR: Unable to communicate with node node2: clcomdES on node2 refused the connection from node1.');
	});
});

import {describe, expect, it} from 'vitest';
import {setRelease} from '../src/cluster/release/apply.js';
import {testCluster, type TestCluster} from './helpers/cluster.js';
import {editDcd, type ClusterConfig} from '../src/cluster/config.js';
import {varSpaceNeeded} from '../src/cluster/verify/topology-checks.js';

const RHOSTS = '/usr/es/sbin/cluster/etc/rhosts';
const LOG = '/var/hacmp/clverify/clverify.log';

/** Change the configuration every node holds (the scenarios start synchronized), to break it on purpose. */
const changeConfig = (cluster: TestCluster, change: (config: ClusterConfig) => void) =>
	cluster.arrange(state => change(state.configs[state.nodes.node1?.dcd ?? state.nodes.nodea!.dcd]!));

/** clverify must fail with this message, and pass once `repair` has run. */
function failsThenPasses(cluster: TestCluster, message: string | RegExp, repair: () => void): void {
	const failed = cluster.run('clverify');
	expect(failed.code).toBe(1);
	expect(failed.stdout).toMatch(message);
	expect(failed.stdout).toMatch(/Verification exiting with error count: \d+$/m);
	repair();
	expect(cluster.ok('clverify')).toContain('Verification has completed normally.');
}

/** The verification error of a group that falls over by dynamic node priority without a policy (claddgrp -O FUDNP). */
const NO_DNP_POLICY = 'Resource group rg_c falls over using dynamic node priority but names no dynamic node priority policy';

describe('clverify passes the sample clusters', () => {
	it.each(['two-node', 'mutual-takeover', 'concurrent'])('%s', scenario => {
		const out = testCluster(scenario).ok('clverify');
		expect(out).toContain('Verifying Cluster Topology...');
		expect(out).toContain('Verifying Cluster Resources...');
		expect(out).not.toMatch(/ERROR|WARNING/);
		expect(out.trimEnd().split('\n').at(-1)).toBe('Verification has completed normally.');
	});
});

describe('topology checks', () => {
	it('every node in the rhosts file, with a corrective action', () => {
		const cluster = testCluster();
		cluster.arrange(state => {
			const files = state.nodes.node2!.files;
			files[RHOSTS] = files[RHOSTS]!.replace(/^192\.168\.1[01]\.11\n/gm, '');
		});
		const failed = cluster.run('clverify');
		expect(failed.stdout).toContain(`ERROR: ${RHOSTS} on node node2 has no entry for node node1: clcomdES on node2 refuses connections from node1`);
		const fixed = cluster.ok('clverify -C yes');
		expect(fixed).toContain('Starting Corrective Action: cl_fix_rhosts.');
		expect(fixed).toContain(`<01> Added 192.168.10.11 192.168.11.11 to ${RHOSTS} on node node2.`);
		expect(cluster.file('node2', RHOSTS)).toMatch(/^192\.168\.10\.11$/m);
	});

	it('an unresolvable name in rhosts makes clcomdES refuse everyone', () => {
		const cluster = testCluster();
		cluster.arrange(state => void (state.nodes.node1!.files[RHOSTS] += 'oldnode\n'));
		failsThenPasses(cluster, `${RHOSTS} on node node1 names oldnode, which does not resolve`, () => cluster.ok('clverify -C yes'));
		expect(cluster.file('node1', RHOSTS)).not.toContain('oldnode');
	});

	it('IPAT via aliasing: service addresses on a subnet apart from the boot addresses', () => {
		const cluster = testCluster();
		changeConfig(cluster, config => void (config.ipLabels.app_svc!.address = '192.168.10.100'));
		failsThenPasses(cluster, /Service label app_svc \(192\.168\.10\.100\) is on the subnet of boot label node1_boot1 .*IPAT via IP aliases/, () => {
			changeConfig(cluster, config => void (config.ipLabels.app_svc!.address = '10.10.10.100'));
		});
	});

	it('each interface of a node on its own subnet', () => {
		const cluster = testCluster();
		changeConfig(cluster, config => void (config.ipLabels.node1_boot2!.address = '192.168.10.21'));
		failsThenPasses(cluster, 'Boot labels node1_boot1 (192.168.10.11) and node1_boot2 (192.168.10.21) of node node1 are on the same subnet', () => {
			changeConfig(cluster, config => void (config.ipLabels.node1_boot2!.address = '192.168.11.11'));
		});
	});

	it('IPAT via replacement: the service address on a boot subnet of every node that can take it', () => {
		const cluster = testCluster('mutual-takeover');
		changeConfig(cluster, config => void (config.ipLabels.db_svc!.address = '172.16.9.21'));
		failsThenPasses(cluster, /Service label db_svc \(172\.16\.9\.21\) is on no boot subnet of node nodea; .*IPAT via IP replacement/, () => {
			changeConfig(cluster, config => void (config.ipLabels.db_svc!.address = '172.16.1.21'));
		});
	});

	it('one persistent label per node and network', () => {
		const cluster = testCluster();
		changeConfig(
			cluster,
			config =>
				void (config.ipLabels.node1_pers2 = {
					label: 'node1_pers2',
					address: '10.10.20.21',
					network: 'net_ether_01',
					role: 'persistent',
					node: 'node1',
				}),
		);
		failsThenPasses(cluster, 'Node node1 has two persistent labels on network net_ether_01 (node1_pers and node1_pers2)', () => {
			changeConfig(cluster, config => void delete config.ipLabels.node1_pers2);
		});
	});

	it('/var free space: 20 MB + 1 MB and 4 MB per node + 2 MB, a warning', () => {
		expect(varSpaceNeeded(4)).toBe(42);
		const cluster = testCluster();
		cluster.arrange(state => void (state.nodes.node2!.varFreeMb = 30));
		const out = cluster.ok('clverify');
		expect(out).toContain('WARNING: /var on node node2 has 30 MB free; a 2-node cluster needs 32 MB');
		expect(out).toContain('Verification has completed normally.');
		cluster.arrange(state => void (state.nodes.node2!.varFreeMb = 32));
		expect(cluster.ok('clverify')).not.toContain('WARNING');
	});

	it('software levels: a warning while they differ', () => {
		const cluster = testCluster();
		cluster.ok('installp -acgXd /usr/sys/inst.images/hacmp_ptf all');
		expect(cluster.ok('clverify')).toContain(
			'WARNING: The HACMP software levels differ between nodes (cluster.es.client.lib, cluster.es.cspoc.rte, cluster.es.server.rte, ' +
				'cluster.es.server.utils): node1 5.2.0.1, node2 5.2.0.0.',
		);
		cluster.ok('installp -acgXd /usr/sys/inst.images/hacmp_ptf all', 'node2');
		expect(cluster.ok('clverify')).not.toContain('WARNING');
	});
});

describe('resource checks', () => {
	it('the definition rules: a volume group in two groups', () => {
		const cluster = testCluster();
		changeConfig(cluster, config => {
			const rgApp = config.resourceGroups.rg_app!;
			config.resourceGroups.rg_two = {...rgApp, name: 'rg_two', resources: {...rgApp.resources, serviceLabels: [], appServers: []}};
		});
		failsThenPasses(cluster, 'ERROR: Volume group datavg (and its logical volumes) is already part of resource group rg_two', () => {
			changeConfig(cluster, config => void delete config.resourceGroups.rg_two);
		});
	});

	it('cascading groups need at least two nodes (4.3)', () => {
		const cluster = testCluster();
		cluster.arrange(state => setRelease(state, '4.3'));
		cluster.ok('claddgrp -g rg_c -n node1 -r cascading');
		failsThenPasses(cluster, 'Cascading resource group rg_c has only one participating node (node1)', () =>
			cluster.ok("clchgrp -g rg_c -n 'node1 node2'"),
		);
	});

	it('fallover by dynamic node priority needs a policy', () => {
		const cluster = testCluster();
		cluster.ok('clchgrp -g rg_app -O FUDNP');
		failsThenPasses(cluster, 'Resource group rg_app falls over using dynamic node priority but names no dynamic node priority policy', () =>
			cluster.ok('claddres -g rg_app NODE_PRIORITY_POLICY=cl_lowest_disk_busy'),
		);
	});

	it('a volume group missing on a participating node is imported by the corrective action', () => {
		const cluster = testCluster();
		cluster.arrange(state => {
			const lvm = state.nodes.node2!.lvm;
			delete lvm.volumeGroups.datavg;
			delete lvm.filesystems['/data'];
		});
		const out = cluster.run('clverify').stdout;
		expect(out).toContain('ERROR: Volume group datavg of resource group rg_app is not defined on node node2.');
		expect(out).toContain('Verification exiting with error count: 1');
		const fixed = cluster.ok('clverify -C yes');
		expect(fixed).toContain('Starting Corrective Action: cl_import_vg.');
		expect(fixed).toContain('<01> Successfully imported volume group datavg onto node node2 with major number 50');
		expect(cluster.state.nodes.node2!.lvm.volumeGroups.datavg).toMatchObject({major: 50, autoVaryon: false});
		expect(cluster.state.nodes.node2!.lvm.filesystems['/data']).toBeDefined();
	});

	it('shared volume groups must not vary on at system restart, a warning with a corrective action', () => {
		const cluster = testCluster();
		cluster.arrange(state => void (state.nodes.node2!.lvm.volumeGroups.datavg!.autoVaryon = true));
		expect(cluster.ok('clverify')).toContain(
			'WARNING: Volume group datavg of resource group rg_app is set to vary on automatically at system restart on node node2',
		);
		expect(cluster.ok('clverify -C yes')).toContain('<01> Set volume group datavg on node node2 not to vary on at system restart (chvg -an datavg).');
		expect(cluster.state.nodes.node2!.lvm.volumeGroups.datavg!.autoVaryon).toBe(false);
	});

	it('application server scripts on every node', () => {
		const cluster = testCluster();
		const script = cluster.state.nodes.node2!.files['/usr/local/ha/start_app.sh']!;
		cluster.arrange(state => void delete state.nodes.node2!.files['/usr/local/ha/start_app.sh']);
		failsThenPasses(cluster, 'Application server app_srv: script /usr/local/ha/start_app.sh does not exist on node node2.', () => {
			cluster.arrange(state => void (state.nodes.node2!.files['/usr/local/ha/start_app.sh'] = script));
		});
	});

	it('service labels resolvable on every node, added to /etc/hosts by the corrective action', () => {
		const cluster = testCluster();
		cluster.arrange(state => {
			const node2 = state.nodes.node2!;
			node2.files['/etc/hosts'] = node2.files['/etc/hosts']!.replace(/^.*app_svc\n/m, '');
		});
		failsThenPasses(cluster, 'Service label app_svc of resource group rg_app is not in /etc/hosts on node node2', () =>
			cluster.ok('clverify -C yes'),
		);
		expect(cluster.file('node2', '/etc/hosts')).toMatch(/^10\.10\.10\.100\tapp_svc$/m);
	});

	it('NFS: one major number on every node, made so by the corrective action', () => {
		const cluster = testCluster();
		cluster.ok('claddres -g rg_app EXPORT_FILESYSTEM=/data FS_BEFORE_IPADDR=true');
		cluster.ok('cldare -rt');
		expect(cluster.ok('clverify')).not.toContain('major');
		cluster.arrange(state => void (state.nodes.node2!.lvm.volumeGroups.datavg!.major = 60));
		failsThenPasses(
			cluster,
			'Volume group datavg of resource group rg_app is exported over NFS but has different major numbers (node1 50, node2 60)',
			() => {
				expect(cluster.ok('clverify -C yes')).toContain('<01> Successfully imported volume group datavg onto node node2 with major number 50');
			},
		);
	});

	it('a node that is powered off is not imported onto, and keeps the volume group the NFS corrective action would import again', () => {
		const cluster = testCluster();
		cluster.arrange(state => {
			const lvm = state.nodes.node2!.lvm;
			delete lvm.volumeGroups.datavg;
			delete lvm.filesystems['/data'];
		});
		cluster.ok('/usr/lpp/hasmit/bin/hasmit_fault node off node2');
		expect(cluster.run('clverify -C yes').stdout).toContain(
			'<01> Failed to import volume group datavg on node node2: ERROR: Volume group datavg cannot be imported onto node node2: Unable to ' +
				'communicate with node node2: it does not answer.',
		);
		expect(cluster.state.nodes.node2!.lvm.volumeGroups.datavg).toBeUndefined();

		const nfs = testCluster();
		nfs.ok('claddres -g rg_app EXPORT_FILESYSTEM=/data FS_BEFORE_IPADDR=true');
		nfs.ok('cldare -rt');
		nfs.arrange(state => void (state.nodes.node2!.lvm.volumeGroups.datavg!.major = 60));
		nfs.ok('/usr/lpp/hasmit/bin/hasmit_fault node off node2');
		expect(nfs.run('clverify -C yes').stdout).toContain('<01> Failed to import volume group datavg on node node2: ERROR:');
		expect(nfs.state.nodes.node2!.lvm.volumeGroups.datavg).toMatchObject({major: 60});
	});

	it('custom event scripts on every node: only their names are synchronized', () => {
		const cluster = testCluster();
		changeConfig(cluster, config => void (config.eventScripts.node_down = {post: '/usr/local/ha/post_down.sh'}));
		cluster.ok("echo 'exit 0' > /usr/local/ha/post_down.sh");
		// A warning: the cluster may start; the event fails at run time on the node that lacks the script.
		expect(cluster.ok('clverify')).toContain(
			'WARNING: The post script /usr/local/ha/post_down.sh of event node_down does not exist on node node2: the event fails there. ' +
				"Synchronization copies only the script's name",
		);
		cluster.ok("echo 'exit 0' > /usr/local/ha/post_down.sh", 'node2');
		expect(cluster.ok('clverify')).not.toContain('post_down.sh');
	});

	it('application monitors: warnings for no stabilization and for a server in no group', () => {
		const cluster = testCluster();
		cluster.ok('claddappmon name=app_mon RESOURCE_TO_MONITOR=app_srv PROCESSES=appd PROCESS_OWNER=root STABILIZATION_INTERVAL=0');
		cluster.ok('claddserv -s spare_srv -b /usr/local/ha/start_app.sh -e /usr/local/ha/stop_app.sh');
		cluster.ok('claddappmon name=spare_mon RESOURCE_TO_MONITOR=spare_srv PROCESSES=spared PROCESS_OWNER=root STABILIZATION_INTERVAL=30');
		const out = cluster.ok('clverify');
		expect(out).toContain('WARNING: Application monitor app_mon has a stabilization interval of 0');
		expect(out).toContain('WARNING: Application monitor spare_mon watches spare_srv, which is in no resource group, so it never runs.');
	});
});

describe('corrective actions, logging and scope', () => {
	it('interactively: asks, reads the answer from standard input, and leaves alone what is refused', () => {
		const cluster = testCluster();
		cluster.arrange(state => {
			for (const node of ['node1', 'node2']) {
				const target = state.nodes[node]!;
				target.files['/etc/hosts'] = target.files['/etc/hosts']!.replace(/^.*app_svc\n/m, '');
			}
		});
		const asked = cluster.run('echo n | clverify -C interactive');
		expect(asked.stdout).toContain('Add "10.10.10.100 app_svc" to /etc/hosts on node node1? (y/n) n');
		expect(asked.stdout).toContain(
			'Add "10.10.10.100 app_svc" to /etc/hosts on node node2? (y/n) \nNo answer was given: the problem is left as it is.',
		);
		expect(asked.code).toBe(1);
		const yes = cluster.run("cat /etc/hosts | grep -c svc; echo 'y' | clverify -C interactive");
		expect(yes.stdout).toContain('<01> Added app_svc (10.10.10.100) to /etc/hosts on node node1.');
		expect(cluster.file('node1', '/etc/hosts')).toContain('app_svc');
		expect(cluster.file('node2', '/etc/hosts')).not.toContain('app_svc');
	});

	it('writes clverify.log, one Check: line per check, and keeps it (and the corrections made) when verification fails', () => {
		const cluster = testCluster();
		cluster.ok('clverify -V verbose');
		const log = cluster.file('node1', LOG);
		expect(log).toContain('verification started on node node1');
		expect(log).toContain('Check: Every resource of a group exists on each participating node: PASSED');
		// (22 with "Every cluster node answers and has adapters".)
		expect(log.match(/^Check: /gm)).toHaveLength(22);

		cluster.arrange(state => {
			const node2 = state.nodes.node2!;
			node2.files['/etc/hosts'] = node2.files['/etc/hosts']!.replace(/^.*app_svc\n/m, '');
			delete node2.files['/usr/local/ha/stop_app.sh'];
		});
		const failed = cluster.run('clverify -C yes');
		expect(failed.code).toBe(1);
		expect(cluster.file('node1', LOG)).toContain('Check: Every resource of a group exists on each participating node: FAILED');
		expect(cluster.file('node1', LOG)).toContain('Verification exiting with error count: 1');
		expect(cluster.file('node2', '/etc/hosts')).toContain('app_svc');
	});

	it('verifies only what changed since the last synchronization', () => {
		const cluster = testCluster();
		expect(cluster.ok('clverify -c')).toContain('There are no changes to verify since the last synchronization.');
		cluster.ok('claddgrp -g rg_c -n node1 -S OHN -O FUDNP -B FBHPN');
		const out = cluster.run('clverify -c -V verbose').stdout;
		expect(out).toContain(NO_DNP_POLICY);
		expect(out).not.toContain('Checking: Free space in /var');
	});

	it('any cluster-wide change, the cluster definition itself included, puts the topology in scope', () => {
		const cluster = testCluster();
		cluster.arrange(state => void editDcd(state, 'node1', config => void (config.cluster.name = 'renamed')));
		expect(cluster.run('clverify -c -V verbose').stdout).toContain('Checking: Free space in /var');
	});

	it('in a running cluster, what changed is measured against the ACD', () => {
		const cluster = testCluster();
		cluster.ok('cl_rc.cluster -N');
		expect(cluster.ok('clverify -c')).toContain('There are no changes to verify since the last synchronization.');
		cluster.ok('claddgrp -g rg_c -n node1 -S OHN -O FUDNP -B FBHPN');
		expect(cluster.run('clverify -c').stdout).toContain(NO_DNP_POLICY);
	});

	it('a start is refused on a verification error (5.2 has no -v to ignore it)', () => {
		const cluster = testCluster();
		cluster.ok('claddgrp -g rg_c -n node1 -S OHN -O FUDNP -B FBHPN');
		const refused = cluster.run('rc.cluster -N');
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain(
			'ERROR: Verification of the cluster configuration on node node1 found 1 error(s).\nStart of cluster services on node1 was aborted.',
		);
		expect(cluster.state.nodes.node1!.acd).toBeNull();
		// The refused start still leaves its verification in clverify.log, as the real clverify does.
		expect(cluster.file('node1', '/var/hacmp/clverify/clverify.log')).toContain(NO_DNP_POLICY);
		expect(cluster.run('rc.cluster -N -v').stderr).toMatch(/^rc\.cluster: Not a recognized flag: v\nUsage: rc\.cluster /);
	});

	it('the 4.x path /usr/es/sbin/cluster/diag/clverify runs the same verification', () => {
		expect(testCluster().ok('/usr/es/sbin/cluster/diag/clverify')).toContain('Verification has completed normally.');
	});
});

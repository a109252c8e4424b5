/** clcomdES's accept/refuse cases as the seed gives them. */
import {describe, expect, it} from 'vitest';
import {clcomdAccepts} from '../src/cluster/clcomd.js';
import {RHOSTS} from '../src/cluster/files.js';
import {setRelease} from '../src/cluster/release/apply.js';
import {testCluster} from './helpers/cluster.js';

describe('clcomdES', () => {
	it('takes every connection while the node is being configured: rhosts and its HACMP configuration both empty', () => {
		const cluster = testCluster('bare');
		expect(clcomdAccepts(cluster.state, 'node2', 'node1')).toBe(true);
		cluster.ok('/usr/es/sbin/cluster/utilities/claddclstr -n democluster', 'node2');
		cluster.ok('/usr/es/sbin/cluster/utilities/clmodnode -a node2 -p node2_boot1', 'node2');
		// node2's configuration no longer empty, and it does not name node1: refused.
		expect(clcomdAccepts(cluster.state, 'node2', 'node1')).toBe(false);
	});

	it('takes a node its rhosts names, refuses one it does not, and refuses everyone for an unresolvable entry', () => {
		const cluster = testCluster();
		expect(clcomdAccepts(cluster.state, 'node2', 'node1')).toBe(true);
		cluster.arrange(state => void (state.nodes.node2!.files[RHOSTS] = '192.168.10.99\n'));
		expect(clcomdAccepts(cluster.state, 'node2', 'node1')).toBe(true); // its own configuration names node1
		cluster.arrange(state => void (state.nodes.node2!.files[RHOSTS] = '192.168.10.11\nnosuchhost\n'));
		expect(clcomdAccepts(cluster.state, 'node2', 'node1')).toBe(false);
	});
});

describe('clcomdES log, cl_rsh and cl_rcp', () => {
	const U = '/usr/es/sbin/cluster/utilities';

	it('logs accepted and refused connections in /var/hacmp/clcomd/clcomd.log on the node connected to', () => {
		const cluster = testCluster();
		cluster.ok(`${U}/cl_discover`);
		expect(cluster.file('node2', '/var/hacmp/clcomd/clcomd.log')).toMatch(
			/^\w{3} [ \d]\d \d\d:\d\d:\d\d: CONNECTION: ACCEPTED: 192\.168\.10\.11 \(node1\)$/m,
		);
		cluster.arrange(state => void delete state.nodes.node2!.files[RHOSTS]);
		expect(clcomdAccepts(cluster.state, 'node2', 'node1')).toBe(false); // no rhosts file at all
		cluster.arrange(state => void (state.nodes.node2!.files[RHOSTS] = 'nosuchhost\n'));
		cluster.refused(`/usr/es/sbin/cluster/cspoc/cl_lsvg -cspoc '-n node1,node2'`, 'clcomdES on node2 refused the connection from node1');
		expect(cluster.ok(`${U}/cl_discover`)).toContain('WARNING: Unable to discover from node node2');
		expect(cluster.file('node2', '/var/hacmp/clcomd/clcomd.log')).toMatch(/CONNECTION: REJECTED\(Invalid address\): 192\.168\.10\.11 \(node1\)\n$/);
	});

	it('cl_rsh and cl_rcp refuse use from the shell; for HACMP programs clcomdES runs only /usr/es/sbin/cluster', () => {
		const cluster = testCluster();
		cluster.refused(`${U}/cl_rsh node2 ${U}/clnodename`, "cl_rsh: cl_rsh is run by HACMP's own programs through clcomdES");
		cluster.refused(`${U}/cl_rcp /etc/hosts node2:/tmp/hosts`, 'cl_rcp: cl_rcp is run by');
		const caller = `CL_CALLER=${U}/cl_discover`;
		expect(cluster.ok(`${caller} ${U}/cl_rsh node2 ${U}/get_local_nodename`)).toBe('node2\n');
		// Any other program runs as nobody: it may read, not change.
		expect(cluster.ok(`${caller} ${U}/cl_rsh node2 /usr/bin/hostname`)).toBe('node2\n');
		const nobody = cluster.run(`${caller} ${U}/cl_rsh node2 mkuser intruder`);
		expect(nobody.stderr).toContain('mkuser: Permission denied. clcomdES on node2 runs as root only');
		expect(cluster.ok(`${caller} ${U}/cl_rsh node2 ${U}/clnodename`)).toBe('node1\nnode2\n');
		expect(cluster.file('node2', '/var/hacmp/clcomd/clcomd.log')).toMatch(
			/EXECUTE: \/usr\/bin\/hostname as nobody\n.*EXECUTE: \/usr\/es\/sbin\/cluster\/utilities\/clnodename as root\n$/s,
		);
		cluster.ok(`${caller} ${U}/cl_rcp /etc/hosts node2:/tmp/hosts.node1`);
		expect(cluster.file('node2', '/tmp/hosts.node1')).toBe(cluster.file('node1', '/etc/hosts'));
	});
});

describe('clcomdES with Enhanced security', () => {
	it('lets the configured nodes in by Kerberos, whatever rhosts says, and nobody without Kerberos', () => {
		const cluster = testCluster();
		cluster.arrange(state => {
			for (const node of Object.values(state.nodes)) node.files['/etc/krb5.conf'] = '[libdefaults]\n';
			state.nodes.node2!.files[RHOSTS] = 'nosuchhost\n';
		});
		expect(clcomdAccepts(cluster.state, 'node2', 'node1')).toBe(false);
		for (const node of ['node1', 'node2']) cluster.ok('/usr/es/sbin/cluster/utilities/clchclstr -s Enhanced', node);
		expect(clcomdAccepts(cluster.state, 'node2', 'node1')).toBe(true);
		cluster.arrange(state => void delete state.nodes.node1!.files['/etc/krb5.conf']);
		expect(clcomdAccepts(cluster.state, 'node2', 'node1')).toBe(false);
	});
});

describe('clcomdES stopped on a node (stopsrc -s clcomdES)', () => {
	const CS = '/usr/es/sbin/cluster/cspoc';
	const down = (node: string) =>
		`Unable to communicate with node ${node}: clcomdES on ${node} does not answer. Check that it is active there (lssrc -s clcomdES) and start ` +
		'it with startsrc -s clcomdES.';

	it('a C-SPOC command that must reach node2 is refused there and changes nothing; it runs again once clcomdES is started', () => {
		const cluster = testCluster();
		cluster.ok('stopsrc -s clcomdES', 'node2');
		const refused = cluster.refused(`${CS}/cl_mklv -cspoc "-n node1,node2" -y applv datavg 10`, /clcomdES on node2 does not answer/);
		expect(refused.code).not.toBe(0);
		expect(refused.stderr).toBe(`cl_mklv: ${down('node2')}\n`);
		expect(cluster.state.nodes.node1!.lvm.volumeGroups.datavg!.lvs).not.toContain('applv');
		// node1 alone needs no connection.
		cluster.ok(`${CS}/cl_lsvg -cspoc "-n node1"`);
		cluster.ok('startsrc -s clcomdES', 'node2');
		cluster.ok(`${CS}/cl_mklv -cspoc "-n node1,node2" -y applv datavg 10`);
		for (const node of ['node1', 'node2']) expect(cluster.state.nodes[node]!.lvm.volumeGroups.datavg!.lvs).toContain('applv');
	});

	it('verification and synchronization report they cannot communicate with node2, and pass once clcomdES is started', () => {
		const cluster = testCluster();
		cluster.ok('claddgrp -g rg_c -n node1 -S OHN -O FNPN -B FBHPN');
		cluster.ok('stopsrc -s clcomdES', 'node2');
		const log = cluster.file('node2', '/var/hacmp/clcomd/clcomd.log');
		const verify = cluster.run('clverify');
		expect(verify.code).not.toBe(0);
		expect(verify.stdout).toContain(`ERROR: ${down('node2')}\n`);
		expect(verify.stdout).toContain('Verification exiting with error count: 1');
		const sync = cluster.run('cldare -rt');
		expect(sync.code).not.toBe(0);
		expect(sync.stdout).toContain(`ERROR: ${down('node2')}\n`);
		// Synchronizing without verifying still needs clcomdES to copy the configuration.
		const copy = cluster.run('cldare -rt -v');
		expect(copy.code).not.toBe(0);
		expect(copy.stderr).toContain(`ERROR: ${down('node2')}\n`);
		expect(cluster.ok('cllsgrp', 'node2')).not.toContain('rg_c');
		// A stopped daemon logs no connection.
		expect(cluster.file('node2', '/var/hacmp/clcomd/clcomd.log')).toBe(log);
		cluster.ok('startsrc -s clcomdES', 'node2');
		expect(cluster.ok('clverify')).toContain('Verification has completed normally.');
		cluster.ok('cldare -rt');
		expect(cluster.ok('cllsgrp', 'node2')).toContain('rg_c');
	});

	it('a dynamic reconfiguration without verification cannot reach node2 either: nothing is released or changed', () => {
		const cluster = testCluster();
		cluster.ok("cl_rc.cluster -cspoc '-n node1,node2' -N");
		const groups = cluster.ok('clRGinfo');
		cluster.ok('claddgrp -g rg_c -n node1 -S OHN -O FNPN -B FBHPN');
		cluster.ok('stopsrc -s clcomdES', 'node2');
		const before = cluster.state;
		const dare = cluster.run('cldare -rt -v');
		expect(dare.code).not.toBe(0);
		expect(dare.stderr).toContain(`ERROR: ${down('node2')}\n`);
		expect(dare.stderr).toContain('Synchronization failed: no node was changed.');
		expect(cluster.state).toBe(before);
		expect(cluster.ok('clRGinfo')).toBe(groups);
		cluster.ok('startsrc -s clcomdES', 'node2');
		expect(cluster.ok('cldare -rt -v')).toContain('Dynamic reconfiguration completed');
		expect(cluster.ok('cllsgrp', 'node2')).toContain('rg_c');
	});

	it('4.3 has no clcomdES: its C-SPOC reaches the nodes as before', () => {
		const cluster = testCluster();
		cluster.arrange(state => setRelease(state, '4.3'));
		expect(cluster.run('lssrc -s clcomdES', 'node2').stderr).toContain('0513-085');
		expect(clcomdAccepts(cluster.state, 'node2', 'node1')).toBe(true);
	});
});

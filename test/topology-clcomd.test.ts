/** clcomdES's accept/refuse cases as the seed gives them. */
import {describe, expect, it} from 'vitest';
import {clcomdAccepts} from '../src/cluster/clcomd.js';
import {RHOSTS} from '../src/cluster/files.js';
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

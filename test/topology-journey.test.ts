/** From bare to a running cluster with the topology utilities and the resource utilities SMIT runs. */
import {expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';

const U = '/usr/es/sbin/cluster/utilities';

it('bare: define topology and a group, verify and synchronize, start, the service alias comes up, rhosts is filled', () => {
	const cluster = testCluster('bare');
	for (const line of [
		`${U}/claddclstr -n democluster`,
		`${U}/clmodnode -a node1 -p node1_boot1`,
		`${U}/clmodnode -a node2 -p node2_boot1`,
		`${U}/clmodnetwork -a -i ether -s 255.255.255.0`,
		`${U}/claddnode -a node1_boot1:ether:net_ether_01:public:boot -n node1`,
		`${U}/claddnode -a node1_boot2:ether:net_ether_01:public:boot -n node1`,
		`${U}/claddnode -a node2_boot1:ether:net_ether_01:public:boot -n node2`,
		`${U}/claddnode -a node2_boot2:ether:net_ether_01:public:boot -n node2`,
		`${U}/clmodnetwork -a -i diskhb`,
		`${U}/claddnode -a node1_hdisk1_01:diskhb:net_diskhb_01:serial:service:/dev/hdisk1 -n node1`,
		`${U}/claddnode -a node2_hdisk1_01:diskhb:net_diskhb_01:serial:service:/dev/hdisk1 -n node2`,
		`${U}/claddnode -a app_svc:ether:net_ether_01:public:service`,
		`${U}/claddgrp -g rg_app -n 'node1 node2' -S OHN -O FNPN -B FBHPN`,
		`${U}/claddres -g rg_app SERVICE_LABEL=app_svc VOLUME_GROUP=datavg`,
	])
		cluster.ok(line);
	const sync = cluster.run(`${U}/cldare -r -t`);
	expect(sync.stdout + sync.stderr).not.toMatch(/ERROR/);
	expect(sync.code).toBe(0);
	expect(cluster.ok(`${U}/cltopinfo -c`, 'node2')).toContain('Cluster Name: democluster');
	cluster.ok('cl_rc.cluster -N');
	expect(cluster.ok(`${U}/clRGinfo`)).toMatch(/rg_app +ONLINE +node1/);
	// The service address is an alias on a boot interface of node1, not on node2.
	expect(cluster.ok('netstat -in', 'node1')).toMatch(/^en0 +1500 +10\.10\.10 +10\.10\.10\.100 /m);
	expect(cluster.ok('netstat -in', 'node2')).not.toContain('10.10.10.100');
	expect(cluster.ok('ifconfig -a', 'node1')).toMatch(
		/^en0: flags=.*<UP,.*\n {8}inet 192\.168\.10\.11 netmask 0xffffff00 broadcast 192\.168\.10\.255\n {8}inet 10\.10\.10\.100 netmask 0xffffff00/m,
	);
	// Configuration complete: each node's empty rhosts now lists its peer's addresses.
	expect(cluster.file('node2', '/usr/es/sbin/cluster/etc/rhosts')).toBe('192.168.10.11\n192.168.11.11\n');
});

/** Hardware address takeover (HWAT) with IPAT via replacement, changing interfaces and labels, and the cluster security mode. */
import {describe, expect, it} from 'vitest';
import {dcdOf} from '../src/cluster/config.js';
import {testCluster, type TestCluster} from './helpers/cluster.js';

const U = '/usr/es/sbin/cluster/utilities';

/** bare with a replacement network, both boot interfaces of each node on it and a service label on the first boot subnet. */
function replacementCluster(): TestCluster {
	const cluster = testCluster('bare');
	cluster.arrange(state => {
		for (const node of Object.values(state.nodes)) node.files['/etc/hosts'] += '192.168.10.100\tapp_rep\n';
	});
	cluster.ok(`${U}/claddclstr -n democluster`);
	for (const node of ['node1', 'node2']) cluster.ok(`${U}/clmodnode -a ${node} -p ${node}_boot1`);
	cluster.ok(`${U}/clmodnetwork -a -i ether -l no`);
	for (const node of ['node1', 'node2'])
		for (const boot of [`${node}_boot1`, `${node}_boot2`]) cluster.ok(`${U}/claddinterface -i ${boot} -w net_ether_01 -n ${node}`);
	return cluster;
}

describe('hardware address takeover', () => {
	it('moves the locally administered MAC with the service label: netstat -in shows it, and the burnt-in one after release', () => {
		const cluster = replacementCluster();
		cluster.ok(`${U}/claddinterface -i app_rep -w net_ether_01 -f service -h 02.00.00.aa.00.01`);
		cluster.ok(`${U}/claddgrp -g rg_app -n 'node1 node2' -S OHN -O FNPN -B FBHPN`);
		cluster.ok(`${U}/claddres -g rg_app SERVICE_LABEL=app_rep`);
		expect(cluster.ok(`${U}/cllsif -c -n node1`)).toMatch(/^app_rep:service:net_ether_01:ether:public:node1:192\.168\.10\.100:020000aa0001:/m);
		cluster.ok(`${U}/cldare -rt -V normal`);
		const before = cluster.ok('netstat -in', 'node1').split('\n')[1];
		cluster.ok('/usr/es/sbin/cluster/etc/rc.cluster -boot -N', 'node1');
		const up = cluster.ok('netstat -in', 'node1');
		expect(up).toMatch(/^en0 {3}1500 {2}link#2 {6}2\.0\.0\.aa\.0\.1 /m);
		expect(up).toMatch(/^en0 {3}1500 {2}192\.168\.10 {2}192\.168\.10\.100 /m);
		expect(cluster.file('node1', '/tmp/hacmp.out')).toContain('cl_swap_HW_address 020000aa0001 en0');
		cluster.ok('/usr/es/sbin/cluster/utilities/clstop -g -s -N', 'node1');
		expect(cluster.ok('netstat -in', 'node1').split('\n')[1]).toBe(before);
	});

	it('refuses a universally administered or multicast MAC, a boot label, and an IPAT via aliases network', () => {
		const cluster = replacementCluster();
		cluster.refused(`${U}/claddinterface -i app_rep -w net_ether_01 -f service -h 00.02.55.aa.00.01`, 'is not a locally administered address');
		cluster.refused(`${U}/claddinterface -i app_rep -w net_ether_01 -f service -h 030000aa0001`, 'is not a locally administered address');
		cluster.refused(`${U}/claddinterface -i app_rep -w net_ether_01 -f service -h 02zz`, 'is not a hardware address');
		cluster.ok(`${U}/clmodnetwork -a -i token -n net_tr -l no`);
		cluster.refused(`${U}/claddinterface -i app_rep -w net_tr -f service -h 020000aa0001`, 'on token ring (written most significant bit first)');
		cluster.ok(`${U}/claddinterface -i app_rep -w net_tr -f service -h 400000aa0001`);
		cluster.ok(`${U}/clrmnode -a app_rep`);
		cluster.ok(`${U}/clrmnode -a node1_boot2`);
		cluster.refused(`${U}/claddinterface -i node1_boot2 -w net_ether_01 -n node1 -f boot -h 020000aa0001`, 'only a service IP label takes');
		cluster.ok(`${U}/clmodnetwork -a -i ether -n net_alias`);
		cluster.refused(
			`${U}/claddinterface -i app_rep -w net_alias -f service -h 020000aa0001`,
			'network net_alias of app_rep uses IPAT via IP aliases',
		);
	});

	it('clverify reports an alternate hardware address once its network is changed to IPAT via aliases', () => {
		const cluster = replacementCluster();
		cluster.ok(`${U}/claddinterface -i app_rep -w net_ether_01 -f service -h 020000aa0001`);
		expect(cluster.run(`/usr/es/sbin/cluster/diag/clverify`).stdout).not.toContain('has an alternate hardware address');
		cluster.ok(`${U}/clmodnetwork -c -n net_ether_01 -l yes`);
		const result = cluster.run(`/usr/es/sbin/cluster/diag/clverify`);
		expect(result.stdout + result.stderr).toContain(
			'Service IP label app_rep has an alternate hardware address, but network net_ether_01 uses IPAT via IP aliases',
		);
	});
});

describe('changing interfaces, devices and labels (clchnode)', () => {
	it('renames, moves and re-checks each change; a label a group uses keeps its name', () => {
		const cluster = replacementCluster();
		cluster.ok(`${U}/claddinterface -i app_rep -w net_ether_01 -f service`);
		cluster.ok(`${U}/clchnode -a app_rep -h 060000000001`);
		expect(dcdOf(cluster.state, 'node1').ipLabels.app_rep!.hwAddress).toBe('060000000001');
		cluster.ok(`${U}/clchnode -a app_rep -h ''`);
		expect(dcdOf(cluster.state, 'node1').ipLabels.app_rep!.hwAddress).toBeUndefined();
		cluster.refused(`${U}/clchnode -a node1_boot2 -i node1_boot9`, 'IP label node1_boot9 cannot be resolved on node node1');
		cluster.ok(`${U}/clmodnetwork -a -i rs232`);
		cluster.ok(`${U}/claddinterface -i node1_tty1_01 -w net_rs232_01 -d /dev/tty1 -n node1`);
		cluster.refused(`${U}/clchnode -a node1_tty1_01 -d /dev/tty2`, '/dev/tty2 is not a device on node node1');
		cluster.arrange(state => void state.nodes.node1!.serialDevices!.push('tty2'));
		cluster.ok(`${U}/clchnode -a node1_tty1_01 -d /dev/tty2`);
		expect(cluster.ok(`${U}/cllsnw -c -n net_rs232_01`)).toContain('node1 /dev/tty2');
		cluster.refused(`${U}/clchnode -a node1_tty1_01 -d /dev/hdisk1`, '/dev/hdisk1 is not a device on node node1');
		cluster.ok(`${U}/claddgrp -g rg_app -n 'node1 node2' -S OHN -O FNPN -B FBHPN`);
		cluster.ok(`${U}/claddres -g rg_app SERVICE_LABEL=app_rep`);
		cluster.refused(`${U}/clchnode -a app_rep -i app_svc`, 'Cannot rename IP label app_rep: resource group rg_app uses it.');
		cluster.refused(`${U}/clchnode -a nosuch -i app_svc`, 'nosuch is not defined.');
	});
});

describe('communication devices', () => {
	it('tty, tmssa and tmscsi ends must be devices configured on their node; removing and re-adding them', () => {
		const cluster = replacementCluster();
		for (const type of ['rs232', 'tmssa', 'tmscsi']) cluster.ok(`${U}/clmodnetwork -a -i ${type}`);
		cluster.ok(`${U}/claddinterface -i node1_tty1_01 -w net_rs232_01 -d /dev/tty1 -n node1`);
		cluster.ok(`${U}/claddinterface -i node2_tty1_01 -w net_rs232_01 -d /dev/tty1 -n node2`);
		cluster.refused(`${U}/claddinterface -i node1_tmssa1 -w net_tmssa_01 -d /dev/tmssa1 -n node1`, '/dev/tmssa1 is not a device on node node1');
		cluster.arrange(state => {
			for (const node of Object.values(state.nodes)) node.serialDevices!.push('tmssa1', 'tmscsi1');
		});
		cluster.ok(`${U}/claddinterface -i node1_tmssa1 -w net_tmssa_01 -d /dev/tmssa1 -n node1`);
		cluster.refused(`${U}/claddinterface -i node2_tmscsi1 -w net_tmssa_01 -d /dev/tmscsi1 -n node2`, '/dev/tmscsi1 is not a device on node node2');
		cluster.ok(`${U}/claddinterface -i node2_tmscsi1 -w net_tmscsi_01 -d /dev/tmscsi1 -n node2`);
		expect(cluster.ok(`${U}/cllsnw -c -n net_rs232_01`)).toContain('node1 /dev/tty1 node2 /dev/tty1');
		cluster.ok(`${U}/clrmnode -a node2_tty1_01`);
		expect(cluster.ok(`${U}/cllsadapter`)).not.toContain('node2_tty1_01');
	});
});

describe('cluster security mode', () => {
	it('is Standard until changed; Enhanced needs Kerberos on every node', () => {
		const cluster = replacementCluster();
		expect(cluster.ok(`${U}/cllsclstr -c`)).toBe('#cl_id:cl_name:security\n1:democluster:Standard\n');
		cluster.refused(`${U}/clchclstr -s Enhanced`, 'Enhanced security mode uses Kerberos, and /etc/krb5.conf is missing on node1, node2');
		cluster.refused(`${U}/clchclstr -s Kerberos`, 'clchclstr');
		cluster.arrange(state => {
			for (const node of Object.values(state.nodes)) node.files['/etc/krb5.conf'] = '[libdefaults]\n';
		});
		cluster.ok(`${U}/clchclstr -s Enhanced`);
		expect(cluster.ok(`${U}/cllsclstr`)).toMatch(/^1 {6}democluster {22}Enhanced$/m);
		expect(cluster.ok(`${U}/cltopinfo -c`)).toContain('Cluster Connection Authentication Mode: Enhanced\n');
		cluster.ok(`${U}/clsnapshot -c -n withsec -d 'security'`);
		expect(cluster.file('node1', '/usr/es/sbin/cluster/snapshots/withsec.odm')).toContain('security = "Enhanced"');
		cluster.ok(`${U}/clchclstr -s Standard`);
		expect(dcdOf(cluster.state, 'node1').cluster).toEqual({name: 'democluster', id: 1});
	});
});

describe('clchnode keeps the order of interfaces', () => {
	it('a changed interface stays where it was, so the heartbeat aliases of the others do not move', () => {
		const cluster = replacementCluster();
		cluster.ok(`${U}/clchnode -a node1_boot1 -n node1`);
		expect(Object.keys(dcdOf(cluster.state, 'node1').ipLabels)).toEqual(['node1_boot1', 'node1_boot2', 'node2_boot1', 'node2_boot2']);
	});
});

/**
 * The journey, headless: from `bare`, build a two-node cluster through SMIT's dialogs only (each run
 * as its F6 command), verify and synchronize, start services, and see the group ONLINE and its service alias.
 */
import {expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';
import {dialogCommand, pickList, dialog} from './helpers/smit.js';

it('bare → cluster, nodes, networks, interfaces, disk heartbeat, service label, group, sync, start: all through SMIT', () => {
	const cluster = testCluster('bare');
	const smit = (id: string, changes: Record<string, string> = {}, names: Record<string, string> = {}) =>
		cluster.ok(dialogCommand(cluster, id, names, changes));
	smit('cm_add_cluster', {'Cluster Name': 'democluster'});
	for (const node of ['node1', 'node2']) smit('cm_add_node', {'Node Name': node, 'Communication Path to Node': `${node}_boot1`});
	smit('cm_add_ip_network', {Netmask: '255.255.255.0'});
	smit('cm_add_serial_network', {'Network Type': 'diskhb'});
	for (const node of ['node1', 'node2']) {
		for (const boot of [`${node}_boot1`, `${node}_boot2`])
			smit('cm_add_interface', {'IP Label/Address': boot, 'Network Name': 'net_ether_01', 'Node Name': node});
		smit('cm_add_device', {'Device Name': `${node}_hdisk1_01`, 'Device Path': '/dev/hdisk1', 'Network Name': 'net_diskhb_01', 'Node Name': node});
		smit('cm_add_persistent', {'Node Name': node, 'Network Name': 'net_ether_01', 'Node IP Label/Address': `${node}_pers`});
	}
	expect(pickList(cluster, dialog('cm_add_service_label').fields[0]!)).toEqual(['app_svc']);
	smit('cm_add_service_label', {'IP Label/Address': 'app_svc', 'Network Name': 'net_ether_01'});
	smit('cm_add_grp_custom', {'Resource Group Name': 'rg_app', 'Participating Nodes (Default Node Priority)': 'node1 node2'});
	smit('cm_ch_std_res', {'Service IP Labels/Addresses': 'app_svc', 'Volume Groups': 'datavg'}, {_rawname: 'rg_app'});
	expect(smit('cm_ver_and_sync')).toContain(
		'Adding any necessary HACMP for AIX entries to /etc/inittab and /etc/rc.net for IP Address Takeover on node node2.',
	);
	smit('clstart', {'Start Cluster Services on these nodes': 'node1,node2'});
	expect(cluster.ok('/usr/es/sbin/cluster/utilities/clRGinfo')).toMatch(/rg_app +ONLINE +node1\n +OFFLINE +node2/);
	expect(cluster.ok('netstat -in', 'node1')).toMatch(/ 10\.10\.10\.100 /);
	expect(cluster.ok('netstat -in', 'node2')).toMatch(/ 10\.10\.20\.12 /); // node2's persistent label, up since its start
});

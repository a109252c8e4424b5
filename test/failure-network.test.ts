/**
 * Network, adapter, storage and split-brain failures (issue 11): hacmp.out's events in order, clRGinfo and netstat -in,
 * lssrc -ls topsvcs, and faults refused on what does not exist or is already so.
 */
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';
import {addresses, eventCommand, eventsSince, length, placement, recoverEverywhere, started} from './helpers/failure.js';

describe('a network failure', () => {
	it('with a disk heartbeat network: a partition of the IP network is a global network_down, and nothing moves', () => {
		const cluster = started();
		const mark = length(cluster, 'node2');
		cluster.ok('hasmit_fault partition node1 node2');
		cluster.ok('sleep 20');
		expect(eventsSince(cluster, 'node2', mark)).toEqual(['network_down -1 net_ether_01', 'network_down_complete -1 net_ether_01']);
		expect(placement(cluster, 'node2')).toEqual(['rg_app:ONLINE:node1', 'rg_app:OFFLINE:node2']);
		cluster.ok('hasmit_fault heal');
		// A repair is noticed within two heartbeat intervals of the slowest network (diskhb: 2 s).
		cluster.ok('sleep 4');
		expect(eventsSince(cluster, 'node1').slice(-2)).toEqual(['network_up -1 net_ether_01', 'network_up_complete -1 net_ether_01']);
		expect(cluster.state.faults).toBeUndefined();
	});

	it('a network_down whose post-event command fails holds network_down_complete and the selective fallover until clruncmd', () => {
		const cluster = started();
		eventCommand(cluster, '/usr/local/ha/net_post', 3);
		cluster.ok('clchevent -O network_down -a /usr/local/ha/net_post');
		cluster.ok('cldare -rt');
		const mark = length(cluster, 'node2');
		cluster.ok('hasmit_fault adapter unplug node1 en0');
		cluster.ok('hasmit_fault adapter unplug node1 en1');
		cluster.ok('sleep 20');
		// Each member ran the failing command: each cluster manager waits.
		expect(eventsSince(cluster, 'node2', mark)).toEqual([
			'network_down node1 net_ether_01',
			'event_error node1 network_down',
			'event_error node2 network_down',
		]);
		expect(cluster.state.heldEvents?.map(held => held.event)).toEqual([
			'network_down_complete',
			'rg_move_release',
			'rg_move_acquire',
			'rg_move_complete',
		]);
		expect(placement(cluster, 'node2')).toEqual(['rg_app:ONLINE:node1', 'rg_app:OFFLINE:node2']);
		eventCommand(cluster, '/usr/local/ha/net_post', 0);
		recoverEverywhere(cluster);
		expect(cluster.state.heldEvents).toBeUndefined();
		expect(placement(cluster, 'node2')).toEqual(['rg_app:OFFLINE:node1', 'rg_app:ONLINE:node2']);
	});

	it('a node losing every adapter on a network: network_down local, and selective fallover moves its group', () => {
		const cluster = started();
		const mark = length(cluster, 'node2');
		cluster.ok('hasmit_fault adapter unplug node1 en0');
		cluster.ok('hasmit_fault adapter unplug node1 en1');
		cluster.ok('sleep 20');
		expect(eventsSince(cluster, 'node2', mark)).toEqual([
			'network_down node1 net_ether_01',
			'network_down_complete node1 net_ether_01',
			'rg_move_release node1 1',
			'rg_move_acquire node2 1',
			'rg_move node2 1 ACQUIRE',
			'acquire_service_addr app_svc',
			'get_disk_vg_fs datavg',
			'rg_move_complete node2 1',
			'start_server app_srv',
		]);
		expect(placement(cluster, 'node2')).toEqual(['rg_app:OFFLINE:node1', 'rg_app:ONLINE:node2']);
		expect(addresses(cluster, 'node2')).toContain('en1 10.10.10.100');
	});

	it('split brain: with no non-IP network left, each side declares the other down and both own rg_app', () => {
		const cluster = started();
		cluster.ok('hasmit_fault network cut net_diskhb_01');
		cluster.ok('hasmit_fault partition node1 node2');
		cluster.ok('sleep 20');
		const nodeEvents = (node: string) => eventsSince(cluster, node).filter(e => e.startsWith('node_down') || e.startsWith('rg_move'));
		expect(nodeEvents('node2')).toEqual([
			'node_down node1',
			'rg_move_acquire node1 1',
			'rg_move node1 1 ACQUIRE',
			'rg_move_complete node1 1',
			'node_down_complete node1',
		]);
		// node2 held nothing: node1 runs no rg_move for it.
		expect(nodeEvents('node1').filter(e => e.includes(' node2'))).toEqual(['node_down node2', 'node_down_complete node2']);
		expect(placement(cluster, 'node1')).toEqual(['rg_app:ONLINE:node1', 'rg_app:ONLINE:node2']);
		expect(cluster.ok('lsvg -o', 'node1')).toContain('datavg');
		expect(cluster.ok('lsvg -o', 'node2')).toContain('datavg');
		expect(addresses(cluster, 'node1')).toContain('en1 10.10.10.100');
		expect(addresses(cluster, 'node2')).toContain('en1 10.10.10.100');
		expect(cluster.file('node2', '/tmp/hacmp.out')).toContain(
			'WARNING: resource group rg_app is ONLINE on node1, node2 at once; datavg varied on by each: its data is now being corrupted.',
		);
		expect(cluster.ok('hasmit_fault list')).toContain("SPLIT BRAIN: node1 | node2 each run the others' resource groups");
		// Healed: the partitions cannot merge; the side without the cluster's first node is halted.
		cluster.ok('hasmit_fault heal');
		cluster.ok('hasmit_fault network restore net_diskhb_01');
		cluster.ok('sleep 20');
		expect(cluster.ok('hasmit_fault list')).toBe('node      node2                   powered off\n');
		expect(placement(cluster, 'node1')).toEqual(['rg_app:ONLINE:node1', 'rg_app:OFFLINE:node2']);
	});
});

describe('an adapter failure', () => {
	it('IPAT via aliasing: ifconfig down on the adapter with the service alias moves the alias (swap_adapter)', () => {
		const cluster = started();
		expect(addresses(cluster, 'node1')).toEqual(['en0 192.168.10.11', 'en0 10.10.20.11', 'en1 192.168.11.11', 'en1 10.10.10.100']);
		const mark = length(cluster, 'node2');
		cluster.ok('ifconfig en1 down', 'node1');
		cluster.ok('sleep 20');
		expect(eventsSince(cluster, 'node2', mark)).toEqual([
			'swap_adapter node1 net_ether_01 192.168.11.11 192.168.10.11',
			'swap_adapter_complete node1 net_ether_01 192.168.11.11 192.168.10.11',
		]);
		expect(addresses(cluster, 'node1')).toEqual(['en0 192.168.10.11', 'en0 10.10.20.11', 'en0 10.10.10.100', 'en1* 192.168.11.11']);
		cluster.ok('ifconfig en1 up', 'node1');
		cluster.ok('sleep 2');
		expect(eventsSince(cluster, 'node2').slice(-1)).toEqual(['join_interface node1 192.168.11.11']);
		// An adapter carrying no service address fails alone.
		cluster.ok('ifconfig en1 down', 'node2');
		cluster.ok('sleep 20');
		expect(eventsSince(cluster, 'node1').slice(-1)).toEqual(['fail_interface node2 192.168.11.12']);
	});

	it('behind a failed event, swap_adapter waits: the alias moves only once clruncmd lets the event run', () => {
		const cluster = started();
		eventCommand(cluster, '/usr/local/ha/fails', 1);
		// A pre-event command that fails makes join_interface fail, and the cluster managers wait for clruncmd.
		cluster.ok('clchevent -O join_interface -b /usr/local/ha/fails');
		cluster.ok('cldare -rt');
		cluster.ok('ifconfig en0 down', 'node2');
		cluster.ok('sleep 20');
		cluster.ok('ifconfig en0 up', 'node2');
		cluster.ok('sleep 2');
		expect(cluster.state.nodes.node1!.cm).toBe('RP_FAILED');
		const mark = length(cluster, 'node2');
		cluster.ok('ifconfig en1 down', 'node1');
		cluster.ok('sleep 20');
		expect(eventsSince(cluster, 'node2', mark)).toEqual([]);
		expect(cluster.state.heldEvents?.map(held => held.event)).toEqual(['swap_adapter', 'swap_adapter_complete']);
		expect(addresses(cluster, 'node1')).toContain('en1* 10.10.10.100');
		recoverEverywhere(cluster);
		expect(eventsSince(cluster, 'node2', mark)).toEqual([
			'swap_adapter node1 net_ether_01 192.168.11.11 192.168.10.11',
			'swap_adapter_complete node1 net_ether_01 192.168.11.11 192.168.10.11',
		]);
		expect(addresses(cluster, 'node1')).toEqual(['en0 192.168.10.11', 'en0 10.10.20.11', 'en0 10.10.10.100', 'en1* 192.168.11.11']);
	});

	it('IPAT via replacement: the service address takes the standby adapter (swap_adapter), a standby fails alone (fail_standby)', () => {
		const cluster = started('mutual-takeover');
		expect(addresses(cluster, 'nodea')).toEqual(['en0 172.16.1.21', 'en1 172.16.2.11']);
		cluster.ok('hasmit_fault adapter unplug nodea en0');
		cluster.ok('sleep 20');
		expect(eventsSince(cluster, 'nodeb').slice(-2)).toEqual([
			'swap_adapter nodea net_ether_01 172.16.1.11 172.16.2.11',
			'swap_adapter_complete nodea net_ether_01 172.16.1.11 172.16.2.11',
		]);
		expect(addresses(cluster, 'nodea')).toEqual(['en0 172.16.1.11', 'en1 172.16.1.21']);
		cluster.ok('hasmit_fault adapter unplug nodeb en1');
		cluster.ok('sleep 20');
		expect(eventsSince(cluster, 'nodea').slice(-1)).toEqual(['fail_standby nodeb 172.16.2.12']);
		cluster.ok('hasmit_fault adapter plug nodeb en1');
		cluster.ok('sleep 2');
		expect(eventsSince(cluster, 'nodea').slice(-1)).toEqual(['join_standby nodeb 172.16.2.12']);
	});
});

describe('quorum loss on a shared volume group', () => {
	it('without forced varyon: the group falls over, node2 cannot vary datavg on either, and it ends in ERROR', () => {
		const cluster = started();
		const output = cluster.ok('hasmit_fault disk fail hdisk2');
		expect(output).toContain('node1: LVM_SA_QUORCLOSE: datavg lost its quorum of VGDAs and was closed');
		expect(eventsSince(cluster, 'node2').slice(-7)).toEqual([
			'rg_move_release node1 1',
			'rg_move_acquire node2 1',
			'rg_move node2 1 ACQUIRE',
			'acquire_service_addr app_svc',
			'get_disk_vg_fs datavg',
			'release_service_addr app_svc',
			'rg_move_complete node2 1',
		]);
		expect(cluster.file('node2', '/tmp/hacmp.out')).toContain('ERROR: unable to vary on datavg on node2.');
		expect(placement(cluster, 'node1')).toEqual(['rg_app:OFFLINE:node1', 'rg_app:ERROR:node2']);
	});

	it('with forced varyon: node2 forces datavg on (every partition keeps a good copy) and the group is ONLINE there', () => {
		const cluster = started();
		cluster.arrange(draft => {
			for (const config of Object.values(draft.configs)) config.resourceGroups.rg_app!.resources.forcedVaryon = true;
		});
		cluster.ok('hasmit_fault disk fail hdisk2');
		expect(cluster.file('node2', '/tmp/hacmp.out')).toContain('varyonvg -f -n datavg');
		expect(placement(cluster, 'node1')).toEqual(['rg_app:OFFLINE:node1', 'rg_app:ONLINE:node2']);
		expect(cluster.ok('lsvg -o', 'node2')).toContain('datavg');
	});
});

describe('Topology Services', () => {
	it('lssrc -ls topsvcs shows the heartbeat rings and the beats missed from a silent peer', () => {
		const idle = testCluster();
		idle.refused(
			'lssrc -ls topsvcs',
			'0513-036 The request could not be passed to the topsvcs subsystem.\nStart the subsystem and try your command again.',
		);
		const cluster = started();
		const report = cluster.ok('lssrc -ls topsvcs', 'node2');
		expect(report).toContain('net_ether_01_0 [ 0] 2     2     S    192.168.10.12   192.168.10.12');
		expect(report).toContain('HB Interval = 1.000 secs. Sensitivity = 10 missed beats');
		expect(report).toContain('net_diskhb_01  [ 2] 2     2     S    rhdisk1         rhdisk1');
		cluster.ok('halt -q', 'node1');
		cluster.ok('sleep 6', 'node2');
		const silent = cluster.ok('lssrc -ls topsvcs', 'node2');
		expect(silent).toContain('net_ether_01_0 [ 0] 2     1     U    192.168.10.12   192.168.10.12');
		expect(silent).toContain('Missed HBs: Total: 6 Current group: 6');
		expect(cluster.ok('lssrc -a', 'node2')).toMatch(/grpsvcs\s+grpsvcs\s+\d+\s+active[\s\S]*emsvcs\s+emsvcs\s+\d+\s+active/);
	});
});

describe('bad input', () => {
	it('a fault on what does not exist, or is already so, is refused and changes nothing', () => {
		const cluster = started();
		cluster.refused('hasmit_fault node off node9', 'hasmit_fault: node9 is not a node of this simulated cluster.');
		cluster.refused('hasmit_fault node on node2', 'hasmit_fault: node2 is already powered on.');
		cluster.refused('hasmit_fault adapter unplug node1 en7', 'hasmit_fault: node1 has no network interface en7.');
		cluster.refused('hasmit_fault adapter plug node1 en0', 'hasmit_fault: the cable of node1 en0 is not broken; there is nothing to repair.');
		cluster.refused('hasmit_fault network cut net_x', 'hasmit_fault: net_x is not a network of this cluster.');
		cluster.refused('hasmit_fault network restore net_ether_01', 'hasmit_fault: net_ether_01 is not broken; there is nothing to repair.');
		cluster.refused('hasmit_fault partition node1,node2 node2', 'hasmit_fault: node2 is named on more than one side.');
		cluster.refused('hasmit_fault partition node1', 'Usage: hasmit_fault list');
		cluster.refused('hasmit_fault heal', 'hasmit_fault: the cluster is not partitioned.');
		cluster.refused('hasmit_fault explode', 'Usage: hasmit_fault list');
		cluster.ok('hasmit_fault node off node2');
		cluster.refused('hasmit_fault node off node2', 'hasmit_fault: node2 is already powered off.');
		cluster.refused('ifconfig en9 down', 'ifconfig: node1 has no network interface en9.');
	});
});

describe('storage and non-IP networks', () => {
	it('the disk heartbeat disk failing: network_down -1 of net_diskhb_01, nothing moves; repaired: network_up', () => {
		const cluster = started();
		cluster.ok('hasmit_fault disk fail hdisk1');
		cluster.ok('sleep 16');
		expect(eventsSince(cluster, 'node2').slice(-2)).toEqual(['network_down -1 net_diskhb_01', 'network_down_complete -1 net_diskhb_01']);
		expect(placement(cluster, 'node2')).toEqual(['rg_app:ONLINE:node1', 'rg_app:OFFLINE:node2']);
		cluster.ok('hasmit_fault disk repair hdisk1');
		cluster.ok('sleep 4');
		expect(eventsSince(cluster, 'node2').slice(-2)).toEqual(['network_up -1 net_diskhb_01', 'network_up_complete -1 net_diskhb_01']);
		expect(cluster.state.faults).toBeUndefined();
	});

	it('a whole storage box failing: datavg loses every disk and rg_app ends in ERROR', () => {
		const cluster = started();
		cluster.ok('hasmit_disk raid box1 hdisk2 hdisk3');
		cluster.ok('hasmit_fault storage fail box1');
		expect(cluster.ok('hasmit_fault list')).toMatch(/^disk {6}hdisk2 {18}failed \(storage box1\)\ndisk {6}hdisk3 {18}failed \(storage box1\)\n/);
		expect(placement(cluster, 'node1')).toEqual(['rg_app:OFFLINE:node1', 'rg_app:ERROR:node2']);
		cluster.refused('hasmit_fault storage fail box9', 'no disk of this node belongs to storage box9');
	});
});

describe('split brain under fast disk takeover', () => {
	it('an enhanced concurrent VG: the standby side turns its passive varyon active, so both nodes think they own hbvg', () => {
		const cluster = testCluster();
		cluster.arrange(draft => {
			for (const config of Object.values(draft.configs)) config.resourceGroups.rg_app!.resources.volumeGroups.push('hbvg');
		});
		cluster.ok('cl_rc.cluster -N');
		expect(cluster.ok('lsvg hbvg', 'node2')).toMatch(/VG PERMISSION: +passive-only/);
		cluster.ok('hasmit_fault network cut net_diskhb_01');
		cluster.ok('hasmit_fault partition node1 node2');
		cluster.ok('sleep 20');
		for (const node of ['node1', 'node2']) expect(cluster.ok('lsvg hbvg', node)).toMatch(/VG PERMISSION: +read\/write/);
		expect(cluster.file('node2', '/tmp/hacmp.out')).toContain(
			'WARNING: resource group rg_app is ONLINE on node1, node2 at once; datavg, hbvg varied on by each: its data is now being corrupted.',
		);
	});
});

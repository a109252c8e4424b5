/** The HACMP Event Emulator: the trace an event would write, and nothing changed (issue 12, §8.1.3.7). */
import {describe, expect, it} from 'vitest';
import {testCluster, type TestCluster} from './helpers/cluster.js';
import {dialogCommand} from './helpers/smit.js';
import {EMUHACMP_OUT} from '../src/cluster/files.js';
import type {DeepReadonly} from '../src/cluster/readonly.js';
import type {ClusterState} from '../src/cluster/state.js';

function bothUp(): TestCluster {
	const cluster = testCluster();
	cluster.ok("cl_rc.cluster -cspoc '-n node1,node2' -N");
	return cluster;
}

/** The state as JSON without the emulator's output file. */
function withoutEmulatorOutput(state: DeepReadonly<ClusterState>, path = EMUHACMP_OUT): string {
	const copy = JSON.parse(JSON.stringify(state)) as ClusterState;
	for (const node of Object.values(copy.nodes)) delete node.files[path];
	return JSON.stringify(copy);
}

describe('cl_emulate', () => {
	it('node_down with takeover: every active node traces what it would do; nothing else changes', () => {
		const cluster = bothUp();
		const before = withoutEmulatorOutput(cluster.state);
		expect(cluster.ok('cl_emulate -e node_down -n node1 -f takeover')).toBe('Emulation of node_down complete: see /tmp/emuhacmp.out.\n');
		expect(withoutEmulatorOutput(cluster.state)).toBe(before);
		const out = cluster.file('node1', EMUHACMP_OUT);
		expect(out).toContain(`${'*'.repeat(21)}START OF EMULATION FOR NODE node1${'*'.repeat(21)}\n`);
		expect(out).toContain('END OF EMULATION FOR NODE node2');
		expect(out).toMatch(/EVENT START: node_down node1 graceful\n/);
		expect(out).toContain('+ NODENAME=node1\n');
		expect(out).toContain('NOTICE >>>> The following command was not executed <<<<\n/usr/local/ha/stop_app.sh\n');
		// node2's section: the takeover it would do.
		const node2 = out.slice(out.indexOf('START OF EMULATION FOR NODE node2'));
		expect(node2).toContain('EVENT START: rg_move node1 1 ACQUIRE');
		expect(node2).toContain('NOTICE >>>> The following command was not executed <<<<\n/usr/local/ha/start_app.sh\n');
		// The resources stayed where they were; the other files of emulation are on the local node only.
		expect(cluster.state.resourceGroups.rg_app!.nodes).toEqual({node1: 'ONLINE', node2: 'OFFLINE'});
		expect(cluster.file('node2', EMUHACMP_OUT)).toBe('');
	});

	it('node_up of a stopped node, and EMUL_OUTPUT names another file', () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -N');
		const before = withoutEmulatorOutput(cluster.state, '/tmp/emu.node2');
		cluster.ok('EMUL_OUTPUT=/tmp/emu.node2 cl_emulate -e node_up -n node2');
		expect(withoutEmulatorOutput(cluster.state, '/tmp/emu.node2')).toBe(before);
		expect(cluster.file('node1', '/tmp/emu.node2')).toContain('EVENT START: node_up node2');
		expect(cluster.file('node1', EMUHACMP_OUT)).toBe('');
	});

	it('network and interface events trace their scripts on every active node', () => {
		const cluster = bothUp();
		const before = withoutEmulatorOutput(cluster.state);
		for (const line of [
			'cl_emulate -e network_down -n node1 -w net_ether_01',
			'cl_emulate -e network_up -n node1 -w net_ether_01',
			'cl_emulate -e fail_standby -n node1 -i 192.168.11.11',
			'cl_emulate -e join_standby -n node1 -i 192.168.11.11',
			'cl_emulate -e swap_adapter -n node1 -w net_ether_01 -a 10.10.10.100 -d 192.168.11.11',
		])
			cluster.ok(line);
		expect(withoutEmulatorOutput(cluster.state)).toBe(before);
		const out = cluster.file('node1', EMUHACMP_OUT);
		for (const event of ['network_down node1 net_ether_01', 'network_down_complete', 'fail_standby node1 192.168.11.11', 'swap_adapter_complete'])
			expect(out).toContain(`EVENT START: ${event}`);
	});

	it('refuses what cannot be emulated, changing nothing', () => {
		const cluster = bothUp();
		cluster.refused('cl_emulate -e node_down -n node9', 'cl_emulate: node9 is not a node of this cluster.');
		cluster.refused('cl_emulate -e node_up -n node1', 'cl_emulate: cluster services are already active on node node1.');
		cluster.refused('cl_emulate -e rg_move -n node1', 'cl_emulate: rg_move cannot be emulated');
		cluster.refused('cl_emulate -e network_down -n node1 -w net_none', 'cl_emulate: net_none is not a cluster network.');
		cluster.refused('cl_emulate -e node_down -n node1 -f sideways', 'cl_emulate');
		const idle = testCluster();
		idle.refused('cl_emulate -e node_up -n node1', 'cl_emulate: cluster services are not running on any node');
	});
});

describe('HACMP Event Emulation menu', () => {
	it('each emulation dialog builds its cl_emulate line, which runs', () => {
		const cluster = bothUp();
		const line = dialogCommand(cluster, 'cm_emulate_node_down', {}, {'Node Name': 'node2', 'Node Down Mode': 'takeover'});
		expect(line).toBe("/usr/es/sbin/cluster/events/utils/cl_emulate -e node_down -n 'node2' -f 'takeover'");
		cluster.ok(line);
		expect(cluster.file('node1', EMUHACMP_OUT)).toContain('EVENT START: node_down node2 graceful');
		const swap = dialogCommand(
			cluster,
			'cm_emulate_swap_adapter',
			{},
			{
				'Node Name': 'node1',
				'Network Name': 'net_ether_01',
				'Service IP Label/Address': 'app_svc',
				'Standby IP Label/Address': 'node1_boot2',
			},
		);
		expect(swap).toBe("/usr/es/sbin/cluster/events/utils/cl_emulate -e swap_adapter -n 'node1' -w 'net_ether_01' -a 'app_svc' -d 'node1_boot2'");
		cluster.ok(swap);
	});
});

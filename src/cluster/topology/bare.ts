/**
 * `bare`: two AIX nodes with HACMP 5.2 installed and nothing configured, cabled
 * as a planning worksheet shows them. Each node has two ethernet adapters up
 * on their boot addresses (one subnet each), a serial port for an rs232 pair
 * (/dev/tty1), and sees four shared disks; hdisk1 is in the enhanced
 * concurrent volume group hbvg and can carry disk heartbeat, datavg holds a
 * JFS2 file system for a resource group. /etc/hosts on each node names the
 * boot, service and persistent addresses, so a learner builds the whole
 * cluster from SMIT. The DCD is empty and clcomdES's rhosts too: a cluster
 * being configured takes every connection. /var is as small as a fresh install leaves it.
 */
import type {ClusterConfig} from '../config.js';
import {CLUSTER_LOG, CLVERIFY_LOG, CM_LOG, CSPOC_LOG, EMUHACMP_OUT, HACMP_OUT, RHOSTS} from '../files.js';
import {addDisk, addNode, emptyState} from '../scenarios/build.js';
import {sharedStorage} from '../scenarios/two-node.js';
import type {ClusterState} from '../state.js';

export const BARE_DESCRIPTION = 'Two AIX nodes, HACMP installed, nothing configured: build the cluster from SMIT';

/** The addresses of the planning worksheet, as /etc/hosts on every node lists them. */
export const BARE_HOSTS: ReadonlyArray<readonly [address: string, label: string, node?: string, iface?: string]> = [
	['192.168.10.11', 'node1_boot1', 'node1', 'en0'],
	['192.168.11.11', 'node1_boot2', 'node1', 'en1'],
	['192.168.10.12', 'node2_boot1', 'node2', 'en0'],
	['192.168.11.12', 'node2_boot2', 'node2', 'en1'],
	['10.10.10.100', 'app_svc'],
	['10.10.20.11', 'node1_pers'],
	['10.10.20.12', 'node2_pers'],
];

/** An empty HACMP configuration: what a node's ODM holds before the cluster is defined. */
export const emptyConfig = (): ClusterConfig => ({
	cluster: {name: '', id: 0},
	nodes: [],
	networks: {},
	ipLabels: {},
	devices: {},
	resourceGroups: {},
	appServers: {},
	appMonitors: {},
	eventScripts: {},
});

export function bare(clock: number): ClusterState {
	const state = emptyState('bare', clock);
	const nodes = ['node1', 'node2'];
	nodes.forEach((name, i) => addNode(state, name, {interfaces: ['en0', 'en1'], pvidSeed: `00c9e8a${i + 1}f1e2d3c4`}));
	const shared = ['00c9e8b0a1b2c301', '00c9e8b0a1b2c302', '00c9e8b0a1b2c303', '00c9e8b0a1b2c304'];
	shared.forEach((pvid, i) => addDisk(state, pvid, {node1: `hdisk${i + 1}`, node2: `hdisk${i + 1}`}));
	sharedStorage(state, nodes, shared, ['00c9e8b000004c01', '00c9e8b000004c02']);
	const id = `c${++state.lastConfigId}`;
	state.configs[id] = emptyConfig();
	const hosts = ['# /etc/hosts', '127.0.0.1\t\tloopback localhost', ...BARE_HOSTS.map(([address, label]) => `${address}\t${label}`)].join('\n');
	for (const name of nodes) {
		const node = state.nodes[name]!;
		node.dcd = id;
		node.files = {
			'/etc/hosts': `${hosts}\n`,
			[RHOSTS]: '',
			...Object.fromEntries([HACMP_OUT, CLUSTER_LOG, CSPOC_LOG, CM_LOG, EMUHACMP_OUT, CLVERIFY_LOG].map(f => [f, ''])),
		};
		// A fresh install: /var has room for AIX's own logs but not for what HACMP adds (seed 004: 20 MB, then 1 MB and
		// 4 MB per node, and 2 MB): clverify warns once the nodes are defined, until /var is extended.
		node.varFreeMb = 28;
		// The planning worksheet's serial cable joins tty1 of each node.
		node.serialDevices = ['tty0', 'tty1'];
		for (const [, label, owner, iface] of BARE_HOSTS) if (owner === name && iface) node.interfaces[iface]!.addresses = [label];
	}
	return state;
}

/**
 * HACMP 4.3's Configure Nodes and Configure Network Modules (SG24-5131 4.2.2 and 4.2.4): node names without
 * communication paths, and the cluster manager's network modules with every field of their Change / Show screen.
 */
import {describe, expect, it} from 'vitest';
import {setRelease} from '../src/cluster/release/apply.js';
import {checkCatalog} from '../src/menu/check.js';
import {createRegistry} from '../src/domains/index.js';
import {migrate} from '../src/store/migrations.js';
import {commandLine, fieldLabel, openFastPath, runDialog, setField, type DialogModel} from '../src/menu/dialog.js';
import {testCluster, type TestCluster} from './helpers/cluster.js';
import {accepted, menuCatalog, smitOn} from './helpers/smit.js';

const U = '/usr/sbin/cluster/utilities';

const on43 = () => {
	const cluster = testCluster();
	cluster.arrange(state => setRelease(state, '4.3'));
	return cluster;
};

/** A 4.3 dialog opened by its fast path (selector picks given), then the fields changed. */
function open43(cluster: TestCluster, fastPath: string, picks: string[] = [], changes: Record<string, string> = {}): DialogModel {
	let model = accepted(openFastPath(menuCatalog('4.3'), fastPath, smitOn(cluster), picks));
	for (const [label, value] of Object.entries(changes)) model = accepted(setField(model, label, value));
	return model;
}

const fields = (model: DialogModel) => model.fields.map(f => [fieldLabel(f.option), f.value]);

describe("4.3's Configure Nodes", () => {
	it('the menu has the three node screens, and Configure Network Modules its three; 5.2 has none of them', () => {
		const menu = (id: string) =>
			menuCatalog('4.3')
				.menus.get(id)!
				.items.map(i => i.text);
		expect(menu('cm_nodes_43')).toEqual(['Add Cluster Nodes', 'Change / Show Cluster Node Name', 'Remove a Cluster Node']);
		expect(menu('cm_nim_43')).toEqual(['Add a Network Module', 'Change / Show a Network Module', 'Remove a Network Module']);
		expect(
			menuCatalog('4.3')
				.menus.get('cm_topology_43')!
				.items.map(i => i.next_id),
		).toEqual(expect.arrayContaining(['cm_nodes_43', 'cm_nim_43']));
		expect(menuCatalog('5.2').menus.get('cm_nodes_43')).toBeUndefined();
		expect(menuCatalog('5.2').dialogs.get('cm_ch_nim_43')).toBeUndefined();
		// Every command the screens run is known on its release, and every screen is reachable.
		expect(checkCatalog(menuCatalog('4.3'), createRegistry(), '4.3')).toEqual([]);
		expect(checkCatalog(menuCatalog('5.2'), createRegistry(), '5.2')).toEqual([]);
	});

	it('Add Cluster Nodes takes several names at once (clnodename -a); the nodes have no communication path', () => {
		const cluster = on43();
		const model = open43(cluster, 'cm_add_node_43', [], {'Node Names': 'node3 node_4'});
		expect(fields(model)).toEqual([['Node Names', 'node3 node_4']]);
		expect(commandLine(model)).toBe(`${U}/clnodename -a 'node3 node_4'`);
		accepted(runDialog(model, smitOn(cluster)));
		expect(cluster.state.configs[cluster.state.nodes.node1!.dcd]!.nodes.slice(2)).toEqual([{name: 'node3'}, {name: 'node_4'}]);
		expect(cluster.ok('clnodename')).toBe('node1\nnode2\nnode3\nnode_4\n');
		expect(cluster.ok('cllsnode -c')).toBe('#node\nnode1\nnode2\nnode3\nnode_4\n');
		expect(cluster.ok('cllsnode -n node3')).toBe('Node node3\n');
		expect(cluster.ok('cllsnode')).toMatch(/^Node node1\n {8}Interfaces to network net_ether_01\n/);
		// Adapters by 4.3's functions, as cllsif names them: the boot interface off the service subnet is a standby.
		expect(cluster.ok('cllsnode -n node1')).toContain(
			'                boot        node1_boot1         192.168.10.11\n                standby     node1_boot2         192.168.11.11\n',
		);
		expect(cluster.ok('cllsnode -n node1')).toContain('                service     node1_tty1_01       /dev/tty1\n');
		const odm = cluster.ok('odmget -q name=node3 HACMPnode');
		expect(odm).toContain('object = "VERBOSE_LOGGING"');
		expect(cluster.ok('odmget HACMPnode')).not.toContain('COMMUNICATION_PATH');
	});

	it('refuses a name HACMP 4.3 does not take (31 characters at most) or one defined, and adds none of the names then', () => {
		const cluster = on43();
		cluster.refused(`${U}/clnodename -a 'node3 3bad'`, 'ERROR: Node name "3bad" is not valid: use up to 31 letters, digits and underscores');
		cluster.refused(`clnodename -a ${'n'.repeat(32)}`, 'use up to 31 letters');
		cluster.ok(`clnodename -a ${'n'.repeat(31)}`);
		cluster.refused('clnodename -a node2', 'ERROR: Node node2 already exists.');
		cluster.refused('clnodename -a "node5 node5"', 'ERROR: Node node5 already exists.');
		// HACMP 5's way, by communication path, is not 4.3's.
		expect(cluster.run('clmodnode -a node6 -p node1_boot1').stderr).toContain('not found');
	});

	it('a node defined before its machine exists fails verification until it is one with adapters', () => {
		const cluster = on43();
		cluster.ok('clnodename -a node3');
		const result = cluster.run('clverify');
		expect(result.code).not.toBe(0);
		expect(result.stdout + result.stderr).toContain('ERROR: Unable to communicate with node node3: no machine answers as that cluster node.');
		expect(result.stdout + result.stderr).toContain('ERROR: Node node3 has no adapters defined.');
	});

	it('Change / Show Cluster Node Name renames a node defined ahead of its machine (clnodename -o -n), with services stopped', () => {
		const cluster = on43();
		cluster.ok('clnodename -a node3');
		const model = open43(cluster, 'cm_ch_node_43_select', ['node3'], {'New Node Name': 'node4'});
		expect(fields(model)).toEqual([
			['Node Name', 'node3'],
			['New Node Name', 'node4'],
		]);
		expect(commandLine(model)).toBe(`${U}/clnodename -o 'node3' -n 'node4'`);
		accepted(runDialog(model, smitOn(cluster)));
		expect(cluster.ok('clnodename')).toBe('node1\nnode2\nnode4\n');
		// A machine of the simulation is named by its node name: said, not hidden.
		cluster.refused('clnodename -o node2 -n db2', 'ERROR: Node node2 is a machine of the simulated cluster');
		cluster.refused('clnodename -o node9 -n db2', 'ERROR: Node node9 is not defined.');
		cluster.refused('clnodename -o node4 -n node1', 'ERROR: Node node1 already exists.');
		// C-SPOC cannot reach node4, which is no machine: start node2 by itself.
		cluster.refused('cl_rc.cluster -N', 'cl_rc.cluster: Unable to communicate with node node4: no machine answers as that cluster node.');
		cluster.ok('rc.cluster -N', 'node2');
		cluster.refused('clnodename -o node4 -n node5', 'ERROR: Cannot change the name of node node4 while cluster services are running on node2;');
	});

	it('a renamed node takes its adapters and resource groups with it', () => {
		const cluster = on43();
		cluster.ok('clnodename -a node3');
		cluster.arrange(state => {
			const config = state.configs[state.nodes.node1!.dcd]!;
			config.resourceGroups.rg_app!.nodes.push('node3');
			config.ipLabels.node1_boot2!.node = 'node3';
		});
		cluster.ok('clnodename -o node3 -n node7');
		const config = cluster.state.configs[cluster.state.nodes.node1!.dcd]!;
		expect(config.resourceGroups.rg_app!.nodes).toEqual(['node1', 'node2', 'node7']);
		expect(config.ipLabels.node1_boot2!.node).toBe('node7');
	});

	it('Remove a Cluster Node asks, runs clrmnode -n; refused while a group names the node or its services run', () => {
		const cluster = on43();
		cluster.ok('clnodename -a node3');
		const model = open43(cluster, 'cm_rm_node_43_select', ['node3']);
		expect(model.dialog.ask).toBe('y');
		expect(commandLine(model)).toBe(`${U}/clrmnode -n 'node3'`);
		accepted(runDialog(model, smitOn(cluster)));
		expect(cluster.ok('clnodename')).toBe('node1\nnode2\n');
		cluster.refused('clrmnode -n node2', 'ERROR: Cannot remove node node2: it participates in resource group rg_app.');
		cluster.ok('clnodename -a node3');
		cluster.arrange(state => void (state.configs[state.nodes.node1!.dcd]!.ipLabels.node1_boot2!.node = 'node3'));
		cluster.ok('clrmnode -n node3');
		// Its adapters go with it.
		expect(cluster.state.configs[cluster.state.nodes.node1!.dcd]!.ipLabels.node1_boot2).toBeUndefined();
		cluster.ok('cl_rc.cluster -N');
		cluster.refused('clrmnode -n node1', 'ERROR: Cannot remove node node1 while cluster services are running on node1');
	});

	it("the node flags are 4.3's: on 5.2 clnodename only lists, and nodes keep their communication paths", () => {
		const cluster = testCluster();
		cluster.refused('clnodename -a node3', 'Not a recognized flag');
		expect(cluster.ok('cllsnode -c')).toBe('#node:comm_path\nnode1:node1_boot1\nnode2:node2_boot1\n');
	});
});

describe("4.3's Configure Network Modules", () => {
	it('Change / Show a Cluster Network Module shows every field of the module, and a custom heartbeat rate changes detection', () => {
		const cluster = on43();
		expect(cluster.ok(`${U}/cllsnim`)).toContain('rs232   RS232 Serial Protocol           Failure Detection Rate: Normal');
		const model = open43(cluster, 'cm_ch_nim_43_select', ['ether']);
		expect(model.dialog.name).toBe('Change / Show a Cluster Network Module');
		expect(fields(model)).toEqual([
			['Network Module Name', 'ether'],
			['Description', 'Ethernet Protocol'],
			['Address Type', 'Address'],
			['Path', '/usr/sbin/cluster/nims/nim_ether'],
			['Parameters', ''],
			['Grace Period', '60'],
			['Failure Detection Rate', 'Normal'],
			['Heartbeat Rate (seconds)', ''],
			['Failure Cycle', ''],
		]);
		const custom = accepted(setField(accepted(setField(model, 'Heartbeat Rate (seconds)', '0.5')), 'Failure Cycle', '4'));
		expect(commandLine(custom)).toBe(`${U}/clchnim -n 'ether' -h '0.5' -c '4'`);
		const run = accepted(runDialog(custom, smitOn(cluster)));
		expect(run.result!.stdout).toBe(
			'Network module ether: failure detection rate Custom; a silent peer is declared down after 4 seconds once the cluster is synchronized.\n',
		);
		expect(cluster.ok('cllsnim -n ether')).toBe(
			[
				'NIM name: ether',
				'Description: Ethernet Protocol',
				'Address Type: Address',
				'Path: /usr/sbin/cluster/nims/nim_ether',
				'Parameters: ',
				'Grace Period: 60',
				'Failure Cycle: 4',
				'Interval between Heartbeats: 0.50',
				'Failure Detection Rate: Custom',
				'Failure Detection Time: 4 seconds',
				'',
			].join('\n'),
		);
		expect(cluster.ok('odmget -q name=ether HACMPnim')).toContain(
			'path = "/usr/sbin/cluster/nims/nim_ether"\n\tpara = ""\n\tgrace = 60\n\thbrate = 500000\n\tcycle = 4\n',
		);
		// Shown again: the custom values, which a rate replaces.
		expect(fields(open43(cluster, 'cm_ch_nim_43_select', ['ether'])).slice(6)).toEqual([
			['Failure Detection Rate', 'Normal'],
			['Heartbeat Rate (seconds)', '0.5'],
			['Failure Cycle', '4'],
		]);
		// Enter on the unchanged dialog sends the name alone: nothing changes.
		expect(cluster.ok(`${U}/clchnim -n 'ether'`)).toContain('failure detection rate Custom; a silent peer is declared down after 4 seconds');
		cluster.ok('clchnim -n ether -f Slow');
		expect(cluster.ok('cllsnim -n ether')).toContain('Failure Detection Rate: Slow\nFailure Detection Time: 48 seconds');
	});

	it('a crash is noticed after the custom detection time once synchronized', () => {
		const cluster = on43();
		cluster.ok('clchnim -n ether -h 1 -c 3 -d "Ethernet, tuned" -g 30');
		cluster.ok('clchnim -n rs232 -h 1 -c 3');
		expect(cluster.ok('cllsnim -n ether')).toContain('Description: Ethernet, tuned\nAddress Type: Address');
		cluster.ok('cldare -t');
		cluster.ok('cl_rc.cluster -N');
		cluster.ok('halt -q');
		// ether and rs232 both 1 s × 3 missed, twice: 6 seconds (20 at the Normal rate).
		cluster.ok('sleep 5', 'node2');
		expect(cluster.ok('clfindres', 'node2')).toMatch(/^rg_app\s+cascading\s+UP\s+node1$/m);
		cluster.ok('sleep 1', 'node2');
		expect(cluster.ok('clfindres', 'node2')).toMatch(/^rg_app\s+cascading\s+DOWN\s+node1\n\s+cascading\s+UP\s+node2$/m);
	});

	it('refuses a half custom rate, a bad number or address type, and an unknown module', () => {
		const cluster = on43();
		cluster.refused('clchnim -n ether -h 1', 'ERROR: A custom failure detection needs both the heartbeat rate (-h) and the failure cycle (-c).');
		cluster.refused('clchnim -n ether -h x -c 3', 'ERROR: Heartbeat rate x is not a positive number.');
		cluster.refused('clchnim -n ether -g 1e', 'ERROR: Grace period 1e is not a positive number.');
		cluster.refused('clchnim -n ether -g 0', 'ERROR: Grace period 0 is not a positive number.');
		// A failure cycle counts heartbeats: 0.4 would have been stored as 0, a peer declared down at once.
		cluster.refused('clchnim -n ether -h 1 -c 0.4', 'ERROR: Failure cycle 0.4 is not a whole number of heartbeats.');
		expect(cluster.ok('cllsnim -n ether')).toContain('Failure Cycle: 10\n');
		cluster.refused('clchnim -n ether -t Serial', 'clchnim');
		// One refusal for a module the configuration does not define, whichever command names it.
		for (const line of ['clchnim -n nim9 -f Fast', 'clrmnim -n nim9', 'cllsnim -n nim9'])
			expect(cluster.refused(line, 'ERROR: Network module nim9 is not defined.').stderr).toBe('ERROR: Network module nim9 is not defined.\n');
	});

	it('Add and Remove a Network Module (claddnim, clrmnim): a module a network uses stays', () => {
		const cluster = on43();
		// SG24-5131 4.2.4's modules: those of the network types, generic IP, SOCC and SLIP; no disk heartbeat (HACMP 5.1).
		expect(
			cluster
				.ok('cllsnim')
				.split('\n')
				.map(l => l.split(' ')[0]),
		).toEqual([...['ether', 'token', 'fddi', 'atm', 'hps', 'rs232', 'tmscsi', 'tmssa', 'IP', 'socc', 'slip'], '']);
		const add = open43(cluster, 'cm_add_nim_43', [], {'Network Module Name': 'gige', Description: 'Gigabit Ethernet', 'Grace Period': '30'});
		expect(commandLine(add)).toBe(`${U}/claddnim -n 'gige' -d 'Gigabit Ethernet' -g '30'`);
		accepted(runDialog(add, smitOn(cluster)));
		expect(cluster.ok('cllsnim')).toContain('gige    Gigabit Ethernet                Failure Detection Rate: Normal');
		expect(cluster.ok('cllsnim -n gige')).toContain('Path: /usr/sbin/cluster/nims/nim_gige\nParameters: \nGrace Period: 30');
		cluster.refused('claddnim -n gige', 'ERROR: Network module gige already exists.');
		const remove = open43(cluster, 'cm_rm_nim_43_select', ['gige']);
		expect(remove.dialog.ask).toBe('y');
		expect(commandLine(remove)).toBe(`${U}/clrmnim -n 'gige'`);
		accepted(runDialog(remove, smitOn(cluster)));
		expect(cluster.ok('cllsnim')).not.toContain('gige');
		cluster.refused('clrmnim -n ether', 'ERROR: Network module ether cannot be removed: network net_ether_01 uses it.');
		cluster.ok('clrmnim -n fddi');
		expect(cluster.ok('cllsnim')).not.toMatch(/^fddi/m);
		cluster.ok('claddnim -n fddi');
		expect(cluster.ok('cllsnim -n fddi')).toContain('Description: FDDI Protocol');
	});

	it("5.2's clchnim is unchanged: the rate only, and claddnim does not exist", () => {
		const cluster = testCluster();
		cluster.refused('clchnim -n ether -h 1 -c 3', 'Not a recognized flag');
		cluster.refused('clchnim -n ether', 'clchnim: give the failure detection rate with -f (Slow, Normal or Fast).');
		expect(cluster.run('claddnim -n slip').stderr).toContain('not found');
		expect(cluster.ok('cllsnim -c -n ether')).toBe('#_rawname:desc:rate\nether:Ethernet Protocol:Normal\n');
	});
});

describe("4.3's cltopinfo flags", () => {
	it("-c, -n and -w print the parts of the whole listing (cllscf's layout), -i the adapters as cllsif lists them", () => {
		const cluster = on43();
		const whole = cluster.ok('cltopinfo');
		const cluster43 = cluster.ok('cltopinfo -c');
		expect(cluster43).toBe(
			'Cluster Description of Cluster prodcluster\nCluster ID: 1\nThere were 2 networks defined : net_ether_01, net_rs232_01\n' +
				'There are 2 nodes in this cluster.\n',
		);
		const nodes = cluster.ok('cltopinfo -n');
		expect(nodes).toMatch(/^\nNODE node1:\n {8}This node has 2 service interface\(s\):\n/);
		expect(nodes).not.toContain('Breakdown');
		const connections = cluster.ok('cltopinfo -w');
		expect(connections).toMatch(/^\nBreakdown of network connections:\n\nConnections to network net_ether_01\n/);
		expect(whole).toBe(cluster43 + nodes + connections);
		expect(cluster.ok('cltopinfo -i')).toBe(cluster.ok('cllsif'));
		expect(cluster.ok('cltopinfo -c -w')).toBe(cluster43 + connections);
	});

	it("5.2's layouts stay", () => {
		const cluster = testCluster();
		expect(cluster.ok('cltopinfo -c')).toMatch(/^Cluster Name: prodcluster\nCluster Connection Authentication Mode: Standard\n/);
		expect(cluster.ok('cltopinfo -w')).toMatch(/^Network net_ether_01\n {8}Type ether, attribute public, IPAT via IP Aliases/);
	});
});

describe('state version 12', () => {
	it("a version 11 state's failure detection rates become its network modules' changes; 4.3's nodes lose their paths", () => {
		const config = (nodes: object[]) => ({nodes, nimRates: {ether: 'Fast'}});
		const data = {version: 11, release: '4.3', configs: {c1: config([{name: 'node1', commPath: 'node1_boot1'}])}} as Record<string, unknown>;
		expect(migrate(data, 11, 12)).toBeUndefined();
		expect(data.configs).toEqual({c1: {nodes: [{name: 'node1'}], nims: {ether: {rate: 'Fast'}}}});
		const on52 = {version: 11, release: '5.2', configs: {c1: config([{name: 'node1', commPath: 'node1_boot1'}])}} as Record<string, unknown>;
		migrate(on52, 11, 12);
		expect(on52.configs).toEqual({c1: {nodes: [{name: 'node1', commPath: 'node1_boot1'}], nims: {ether: {rate: 'Fast'}}}});
	});
});

describe('cllscf', () => {
	it("prints HACMP 4's topology description on 4.3 as cltopinfo does there, and keeps that layout on 5.2 with service IP labels", () => {
		const cluster = on43();
		const described = cluster.ok('cllscf');
		expect(described).toBe(cluster.ok('cltopinfo'));
		expect(described).toMatch(/^Cluster Description of Cluster prodcluster\nCluster ID: 1\n/);
		const es = testCluster();
		const layout = es.ok('/usr/es/sbin/cluster/utilities/cllscf');
		expect(layout).toMatch(/^Cluster Description of Cluster prodcluster\n/);
		expect(layout).toContain('        Service IP Label app_svc:\n                IP address:     10.10.10.100\n');
		expect(es.ok('cltopinfo')).toMatch(/^Cluster Name: prodcluster\n/);
	});
});

describe('cltopinfo and cllscf without a cluster', () => {
	it('refuse, exit 1, where no cluster is defined (after clrmclstr), on 4.3 and 5.2, rather than describe a cluster without a name', () => {
		for (const cluster of [on43(), testCluster()]) {
			cluster.ok('clrmclstr');
			for (const line of ['cltopinfo', 'cltopinfo -n', 'cllscf']) {
				const refused = cluster.refused(line, 'ERROR: No cluster is defined: define the cluster name first (claddclstr -n name).');
				expect(refused.stdout).toBe('');
			}
		}
	});
});

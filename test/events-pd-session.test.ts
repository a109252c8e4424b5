/** Open a SMIT Session on a Node (HACMP 5.2 Problem Determination Tools and C-SPOC) through SMIT's dialog rules, and cl_smit's refusals. */
import {describe, expect, it} from 'vitest';
import {runLine} from '../src/command/shell.js';
import {setRelease} from '../src/cluster/release/apply.js';
import {testCluster} from './helpers/cluster.js';
import {dialogCommand, menuCatalog, selectorList} from './helpers/smit.js';

const CL_SMIT = '/usr/es/sbin/cluster/cspoc/cl_smit';

describe('Open a SMIT Session on a Node', () => {
	it('is the last item of Problem Determination Tools and of C-SPOC (5.2 only): pick a node, the dialog runs cl_smit -n', () => {
		for (const menu of ['cm_problem_determination_menu', 'cl_admin'])
			expect(menuCatalog().menus.get(menu)!.items.at(-1)!.text).toBe('Open a SMIT Session on a Node');
		expect(menuCatalog('4.3').selectors.get('cl_smit_select')).toBeUndefined();
		const cluster = testCluster();
		expect(selectorList(cluster, 'cl_smit_select')).toEqual(['node1', 'node2']);
		expect(dialogCommand(cluster, 'cl_smit_node', {_rawname: 'node2', _cookedname: 'node2'})).toBe(`${CL_SMIT} -n 'node2'`);
	});

	it("on SMIT's terminal cl_smit hands it to a session on the node; without a terminal it says it needs one", () => {
		const cluster = testCluster();
		const opened = runLine(cluster.session, `${CL_SMIT} -n node2`, 'tui-dialog', []);
		expect([opened.code, opened.smitNode, opened.output]).toEqual([0, 'node2', '']);
		const result = cluster.refused(
			`${CL_SMIT} -n node2`,
			'cl_smit: A SMIT session needs a terminal: open it from SMIT or from a shell on a terminal.\n',
		);
		expect(result.code).toBe(1);
	});

	it('refuses a node that is not in the cluster, that is powered off, or whose clcomdES refuses the connection', () => {
		const cluster = testCluster();
		cluster.refused(`${CL_SMIT} -n node9`, 'cl_smit: node9 is not a node of this cluster.\n');
		cluster.refused(CL_SMIT, /-n Node is required/);
		cluster.arrange(state => void delete state.nodes.node2!.files['/usr/es/sbin/cluster/etc/rhosts']);
		cluster.refused(`${CL_SMIT} -n node2`, /^cl_smit: Unable to communicate with node node2: clcomdES on node2 refused the connection from node1\./);
		cluster.ok('hasmit_fault node off node2');
		cluster.refused(`${CL_SMIT} -n node2`, 'cl_smit: Unable to communicate with node node2: it does not answer.\n');
	});

	it('takes the nodes of the configured cluster, as its picker lists them: a machine outside it is no node, a node needs its machine', () => {
		const bare = testCluster('bare');
		expect(bare.ok('clnodename')).toBe('');
		bare.refused(`${CL_SMIT} -n node2`, 'cl_smit: node2 is not a node of this cluster.\n');
		const cluster = testCluster();
		cluster.arrange(state => void state.configs[state.nodes.node1!.dcd]!.nodes.push({name: 'node3'}));
		cluster.refused(`${CL_SMIT} -n node3`, 'cl_smit: Unable to communicate with node node3: no machine answers as that cluster node.\n');
	});

	it('HACMP 4.3 has neither cl_smit nor the automatic error notification utility', () => {
		const cluster = testCluster();
		cluster.arrange(state => setRelease(state, '4.3'));
		cluster.refused(`${CL_SMIT} -n node2`, /not found/);
		cluster.refused('/usr/es/sbin/cluster/diag/cl_errnotify -l', /not found/);
	});
});

/** Learning aids on the screens: F1 over F6's command explains it word by word; F1 on a dialog field says which flag it sets. */
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {KEY} from '../helpers/keys.js';
import {renderProduct as smitty} from '../helpers/ui.js';

afterEach(() => cleanup());

/** The move dialog for rg_app, to node2, with cluster services running on node1. */
async function moveDialog() {
	const app = smitty('cl_rg_move_select', ['cl_rc.cluster -N']);
	await app.settle('rg_app');
	await app.press(KEY.ENTER, 'Select a Destination Node');
	await app.press(KEY.ENTER, 'Move a Resource Group to Another Node');
	return app;
}

describe('F6 then F1: the command explained', () => {
	it('reads the move dialog command flag by flag from clRGmove declaration, and says it changes the cluster', async () => {
		const app = await moveDialog();
		await app.press(KEY.F6, 'clRGmove -m -i');
		await app.press(KEY.F1, 'EXPLAIN COMMAND');
		const frame = app.frame();
		expect(frame).toContain('| /usr/es/sbin/cluster/utilities/clRGmove   ');
		expect(frame).toContain('|     Moves a resource group to another node, or brings it online or       |');
		expect(frame).toMatch(/\| -m +\|\n.*\| {5}moves the group to another node \(-n\) +\|/);
		expect(frame).toMatch(/\| -g rg_app +\|\n.*\| {5}the resource group +\|/);
		expect(frame).toMatch(/\| -n node2 +\|\n.*\| {5}the node to move it to, or to bring it online or offline on +\|/);
		await app.press(KEY.END, 'It can change the simulated cluster.');
		await app.press(KEY.F3, 'SHOW COMMAND STRING');
		await app.press(KEY.F3, /Destination Node +node2/);
		expect(app.runner.lines.some(line => line.includes('clRGmove'))).toBe(false);
	});

	it('reads a C-SPOC line through fix_args to the command it runs', async () => {
		const app = smitty('clstart');
		await app.settle('Start now, on system restart or both');
		await app.press(KEY.F6, 'fix_args nop cl_rc.cluster');
		await app.press(KEY.F1, 'EXPLAIN COMMAND');
		const frame = app.frame();
		expect(frame).toContain('Operation: the C-SPOC operation SMIT names (not used)');
		expect(frame).toContain('is what fix_args runs:');
		expect(frame).toContain('Starts cluster services on the chosen cluster nodes (C-SPOC)');
		await app.press(KEY.END, 'now, without changing /etc/inittab');
		expect(app.frame()).toMatch(/\| -N +\|\n.*\| {5}now, without changing \/etc\/inittab +\|/);
	});
});

describe('F1 on a dialog field', () => {
	it('says which flag a field sets, from its prefix and the declared help', async () => {
		const app = await moveDialog();
		await app.press(KEY.DOWN, /Destination Node/);
		await app.press(KEY.F1, 'This field sets -n nodename:');
		expect(app.frame()).toContain('| The node chosen.   ');
		expect(app.frame()).toMatch(/\| This field sets -n nodename: the node to move it to, or to bring it +\|\n.*\| online or offline on\. +\|/);
	});

	it('lists the flag each value of a ring sends, and the -cspoc option a C-SPOC node field sets', async () => {
		const app = smitty('clstart');
		await app.settle('Start now, on system restart or both');
		await app.press(KEY.F1, 'Each value gives cl_rc.cluster a flag (or none):');
		expect(app.frame()).toContain('now: -N: now, without changing /etc/inittab');
		await app.press(KEY.F3, /Start Cluster Services on these nodes/);
		await app.press(KEY.DOWN, /Start Cluster Services on these nodes/);
		await app.press(KEY.F1, "This field sets -n in cl_rc.cluster's -cspoc option (fix_args turns");
		expect(app.frame()).toMatch(/\| -cspoc-n into it\): the C-SPOC options: -n the nodes to run on \(all +\|/);
	});
});

/** Open a SMIT Session on a Node: the node chosen, SMIT runs there; leaving it comes back to the SMIT it was opened from. */
import {cleanup} from 'ink-testing-library';
import {afterEach, expect, it} from 'vitest';
import {KEY} from '../helpers/keys.js';
import {menuCatalog} from '../helpers/smit.js';
import {renderApp} from '../helpers/ui.js';

afterEach(() => cleanup());

it('Problem Determination Tools: node2 chosen, its SMIT runs commands on node2; F10 returns to this SMIT on node1', async () => {
	const app = renderApp({fastPath: 'cm_problem_determination_menu', catalog: menuCatalog()});
	await app.settle('Problem Determination Tools');
	expect(app.frame()).toMatch(/HACMP Error Notification\n {2}Open a SMIT Session on a Node\n/);
	await app.press(KEY.END, /Open a SMIT/);
	await app.press(KEY.ENTER, /Select a Node[\s\S]*node1[\s\S]*node2/);
	await app.press(KEY.DOWN + KEY.ENTER, /System Management/);
	expect(app.runner.session.node).toBe('node2');
	await app.press(KEY.F9, /node2:\/#/);
	await app.press(`hostname${KEY.ENTER}`, /node2:\/# hostname\nnode2\nnode2:\/#/);
	await app.press(`exit${KEY.ENTER}`, /System Management/);
	await app.press(KEY.F10, /Command: OK/);
	expect(app.store.getState().exit).toBeUndefined();
	expect(app.runner.session.node).toBe('node1');
	await app.press(KEY.F9, /node1:\/#/);
	await app.press(`hostname${KEY.ENTER}`, /node1:\/# hostname\nnode1\nnode1:\/#/);
});

it('from C-SPOC, F3 on the first screen of the session returns too; cl_smit typed at the F9 prompt opens one over the shell', async () => {
	const app = renderApp({fastPath: 'cl_admin', catalog: menuCatalog()});
	await app.settle('Open a SMIT Session on a Node');
	await app.press(KEY.END + KEY.ENTER, /Select a Node/);
	await app.press(KEY.DOWN + KEY.ENTER, /System Management/);
	await app.press(KEY.F3, /Command: OK/);
	expect(app.runner.session.node).toBe('node1');
	await app.press(KEY.F9, /node1:\/#/);
	await app.press(`/usr/es/sbin/cluster/cspoc/cl_smit -n node2${KEY.ENTER}`, /System Management/);
	expect(app.runner.session.node).toBe('node2');
	await app.press(KEY.F10, /node1:\/# \/usr\/es\/sbin\/cluster\/cspoc\/cl_smit -n node2\nnode1:\/#/);
	expect(app.runner.session.node).toBe('node1');
});

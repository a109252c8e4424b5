/** Open a SMIT Session on a Node from `hasmit shell`: cl_smit -n node2 gives the terminal to SMIT on node2; F10 comes back. */
import {afterEach, describe, expect, it} from 'vitest';
import {hasTmux, Journey} from '../helpers/tmux.js';

let journey: Journey | undefined;
afterEach(() => journey?.close());

describe.skipIf(!hasTmux())('hasmit shell', {timeout: 60000}, () => {
	it('cl_smit -n node2 opens SMIT whose F9 shell is on node2; F10 returns to the prompt on node1', async () => {
		const j = (journey = new Journey(['shell']));
		await j.waitFor('node1:/#');
		await j.type('/usr/es/sbin/cluster/cspoc/cl_smit -n node2', 'cl_smit -n node2');
		await j.key('Enter', 'System Management');
		await j.key('F9', 'node2:/#');
		await j.type('exit', /node2:\/# exit/);
		await j.key('Enter', 'System Management');
		await j.key('F10', /cl_smit -n node2\nnode1:\/#$/m);
		await j.type('hostname', 'node1:/# hostname');
		await j.key('Enter', /^node1$/m);
		expect(j.screen()).not.toContain('node2:/#');
	});
});

/** A guided lab in a real terminal (tmux): the lazy-update lab solved through SMIT, its checks ticked as it goes. */
import {afterEach, describe, expect, it} from 'vitest';
import {hasmit} from '../helpers/cli.js';
import {hasTmux, Journey} from '../helpers/tmux.js';

let journey: Journey | undefined;
afterEach(() => journey?.close());

describe.skipIf(!hasTmux())('a guided lab in a terminal', {timeout: 60000}, () => {
	it('hasmit lab lazy-update: SMIT on the lab cluster, the panel line under it, every check ticked once the group moves', async () => {
		const j = (journey = new Journey(['lab', 'lazy-update'], {rows: 40}));
		const first = await j.waitFor('F11=Lab');
		expect(first).toMatch(/^Lab step 1\/1 \[ \]\[ \]\[ \] Check that node2 does not know newlv .* F11=Lab$/m);
		// F11 opens the panel: the goal, the step and its three checks, none ticked.
		const open = await j.key('F11', 'F11=Fold');
		expect(open).toContain("  [ ] node2's ODM knows newlv");
		await j.key('F11', 'F11=Lab');
		// System Management → Communications Applications and Services (sixth) → HACMP for AIX (third) → C-SPOC → RG management → Move.
		await j.keys(['Down', 'Down', 'Down', 'Down', 'Down', 'Enter'], 'HACMP for AIX');
		await j.keys(['Down', 'Down', 'Enter'], 'System Management (C-SPOC)');
		await j.keys(['Down', 'Down', 'Enter'], 'HACMP Resource Group and Application Management');
		await j.keys(['Down', 'Enter'], 'Move a Resource Group to Another Node');
		await j.keys(['Down', 'Down', 'Down', 'Enter'], 'Select a Resource Group');
		await j.keys(['Down', 'Enter'], 'Select a Destination Node');
		await j.keys(['Down', 'Enter'], /Destination Node +node2/);
		const done = await j.key('Enter', 'Lab complete: Lazy update');
		expect(done).toMatch(/Command: OK/);
		const explained = await j.key('F11', 'Lab complete.');
		expect(explained).toContain('cl_activate_vgs compared that timestamp');
		await j.key('F10', 'EXIT=0');
		// The same checks from the command line, all ticked.
		const env = {...process.env, HOME: j.home, HASMIT_STATE: j.state};
		const status = hasmit(['lab', 'lazy-update', '--check'], {env});
		expect(status.code).toBe(0);
		expect(status.stdout).toContain(
			"    [x] node2's ODM knows newlv\n    [x] node2's /etc/filesystems has /newfs\n    [x] hacmp.out on node2 shows the lazy update\n",
		);
	});
});
